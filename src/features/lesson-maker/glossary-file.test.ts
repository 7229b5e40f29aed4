import { GlossaryError, readGlossary } from './glossary-file';

describe('glossary file', () => {
  it('reads CSV rows after a header, quoted fields with commas, quotes and line breaks', () => {
    const csv = [
      'Chinese,English,Definition',
      '数字经济,digital economy,"An economy built on data, networks and ""platforms""."',
      '"丝路电商",Silk Road e-commerce,"Trade online',
      'along the Belt and Road."',
      '',
    ].join('\r\n');
    const terms = readGlossary('terms.csv', csv);
    expect(terms.map((t) => [t.zh, t.en, t.definition])).toEqual([
      ['数字经济', 'digital economy', 'An economy built on data, networks and "platforms".'],
      ['丝路电商', 'Silk Road e-commerce', 'Trade online\nalong the Belt and Road.'],
    ]);
    expect(new Set(terms.map((t) => t.id)).size).toBe(2);
  });

  it('reads TSV without a header; a definition is optional', () => {
    const terms = readGlossary('g.tsv', '数据\tdata\n算力\tcomputing power\tWhat chips compute.\n');
    expect(terms.map((t) => t.definition)).toEqual([null, 'What chips compute.']);
  });

  it('names the line of a row without an English term', () => {
    expect(() => readGlossary('g.csv', '数据,data\n\n算力,\n')).toThrow(
      new GlossaryError('g.csv', 3),
    );
  });
});
