import { keepOtherSections, ms, replaceSection, table, times, verdict } from './markdown';

describe('table', () => {
  it('writes a header, an alignment rule and one line per row', () => {
    expect(
      table(
        ['Who', 'p95 (ms)'],
        [
          ['ours', 12.5],
          ['peer', 240],
        ],
      ),
    ).toBe(['| Who | p95 (ms) |', '|:---|---:|', '| ours | 12.5 |', '| peer | 240 |'].join('\n'));
  });

  it('escapes pipes and newlines so a cell cannot break the table', () => {
    expect(table(['a'], [['x | y\nz']], ['left'])).toContain('| x \\| y z |');
  });

  it('follows explicit alignment and fills empty cells', () => {
    expect(table(['a', 'b'], [['', '1']], ['right', 'left'])).toBe(
      ['| a | b |', '|---:|:---|', '|   | 1 |'].join('\n'),
    );
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => table(['a', 'b'], [['only one']])).toThrow(/1 cells/);
  });
});

describe('formats', () => {
  it('prints milliseconds to one decimal and a dash for missing figures', () => {
    expect(ms(16.666)).toBe('16.7');
    expect(ms(3, 0)).toBe('3');
    expect(ms(Number.NaN)).toBe('–');
  });

  it('prints ratios and verdicts', () => {
    expect(times(12.34)).toBe('12.3×');
    expect(times(Number.POSITIVE_INFINITY)).toBe('–');
    expect(verdict(true)).toBe('met');
    expect(verdict(false)).toBe('**MISSED**');
  });
});

describe('replaceSection', () => {
  const doc = [
    '# B',
    '',
    '## 1. One',
    '',
    'one',
    '',
    '## 4. Lighthouse',
    '',
    'old',
    '',
    '## 5. After',
    '',
    'after',
    '',
  ].join('\n');

  it('replaces the section with the same heading up to the next one', () => {
    expect(replaceSection(doc, '## 4. Lighthouse\n\nnew\n')).toBe(
      [
        '# B',
        '',
        '## 1. One',
        '',
        'one',
        '',
        '## 4. Lighthouse',
        '',
        'new',
        '',
        '## 5. After',
        '',
        'after',
        '',
      ].join('\n'),
    );
  });

  it('replaces a last section to the end of the document', () => {
    const last = ['# B', '', '## 4. Lighthouse', '', 'old', 'older', ''].join('\n');
    expect(replaceSection(last, '## 4. Lighthouse\n\nnew')).toBe(
      '# B\n\n## 4. Lighthouse\n\nnew\n',
    );
  });

  it('appends a section the document does not have yet', () => {
    expect(replaceSection('# B\n\n## 1. One\n\none\n', '## 4. Lighthouse\n\nnew')).toBe(
      '# B\n\n## 1. One\n\none\n\n## 4. Lighthouse\n\nnew\n',
    );
  });

  it('refuses a section without a heading', () => {
    expect(() => replaceSection(doc, 'no heading')).toThrow(/not a section heading/);
  });
});

describe('keepOtherSections', () => {
  it('keeps the hand-written sections a new report lacks, after it, and drops the replaced ones', () => {
    const existing = [
      '# B',
      '',
      '## 1. One',
      '',
      'old one',
      '',
      '## 6. By hand',
      '',
      'kept',
      '',
    ].join('\n');
    const report = ['# B', '', '## 1. One', '', 'new one', ''].join('\n');
    expect(keepOtherSections(existing, report)).toBe(
      ['# B', '', '## 1. One', '', 'new one', '', '## 6. By hand', '', 'kept', ''].join('\n'),
    );
  });

  it('returns the report unchanged when it has every section', () => {
    const report = ['# B', '', '## 1. One', '', 'new', ''].join('\n');
    expect(keepOtherSections('# B\n\n## 1. One\n\nold\n', report)).toBe(report);
  });
});
