import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findHardCodedText } from '@/testing/find-hard-coded-text';

/** Text that may be written into a component, each with the reason it is not translated. */
const ALLOWED: Record<string, string> = {
  Tandem: 'the product’s name, the same in every language',
  EN: 'a transcript-language chip, named in its own language; its accessible name is translated',
  中: 'a transcript-language chip, named in its own language; its accessible name is translated',
};

const SRC = path.resolve(__dirname, '..');
/** Components, and the modules that show page notices. */
const components = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
  .filter((file) => !file.startsWith(`testing${path.sep}`))
  .sort();

const scan = (file: string) => findHardCodedText(file, readFileSync(path.join(SRC, file), 'utf8'));

describe('interface text', () => {
  it('reads the components under src/', () => {
    expect(components).toContain(path.join('app', 'app.tsx'));
    expect(components.length).toBeGreaterThan(30);
  });

  it('comes from the dictionaries: no component writes readable text of its own', () => {
    const found = components.flatMap(scan).filter(({ text }) => !Object.hasOwn(ALLOWED, text));
    expect(found.map(({ file, line, text }) => `${file}:${line} “${text}”`)).toEqual([]);
  });

  it('allows only text that is still there', () => {
    const texts = new Set(components.flatMap(scan).map(({ text }) => text));
    expect(Object.keys(ALLOWED).filter((text) => !texts.has(text))).toEqual([]);
  });
});

describe('findHardCodedText', () => {
  const find = (source: string) => findHardCodedText('x.tsx', source).map(({ text }) => text);

  it('finds text in JSX, in rendered expressions and in attributes people read', () => {
    const source = `
      export const A = ({ on, n }) => (
        <section aria-label="Lesson video" title={on ? 'Playing' : t('x')}>
          <h1>Nothing here yet</h1>
          {on && 'Loop is on'}
          {\`Passage \${n}\`}
          <img alt="播放" src="a.png" />
          <input placeholder={'Search'} />
        </section>
      );
      showNotice(copied ? 'Link copied.' : translate('link.copyRefused', { link }));`;
    expect(find(source)).toEqual([
      'Lesson video',
      'Playing',
      'Nothing here yet',
      'Loop is on',
      'Passage',
      '播放',
      'Search',
      'Link copied.',
    ]);
  });

  it('leaves translated text, values, symbols and attributes nobody reads', () => {
    const source = `
      export const B = ({ count, time }) => (
        <p className="lesson-card" lang="en" data-kind="note" aria-label={t('note.box', { time })}>
          {t('app.tagline')} ·{' '}
          {count > 1 && \` ×\${count}\`} ← 04:31 {time}
        </p>
      );`;
    expect(find(source)).toEqual([]);
  });
});
