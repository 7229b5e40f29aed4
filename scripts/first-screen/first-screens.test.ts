import { resolve } from 'node:path';
import { makeLesson } from '@/testing/lesson-fixture';
import { firstScreenCheck, renderFirstScreens, withFirstScreen } from './first-screens';

const ROOT = resolve(__dirname, '../..');
const PAGE = '<html><head>\n  </head><body>\n    <div id="root"></div>\n  </body></html>';

describe('withFirstScreen', () => {
  it("puts the markup in the page's root, marks it and adds the check to the head", () => {
    const { fileName } = firstScreenCheck();
    expect(fileName).toMatch(/^assets\/first-screen-check-[\w-]{8}\.js$/);
    expect(withFirstScreen(PAGE, 'data-first-screen', '<p>$& $1</p>')).toBe(
      `<html><head>\n    <script src="/${fileName}"></script>\n  </head><body>\n    <div id="root" data-first-screen><p>$& $1</p></div>\n  </body></html>`,
    );
  });

  it('refuses a page without an empty root', () => {
    expect(() => withFirstScreen('<div id="root">x</div>', 'data-first-screen', '')).toThrow(
      /no empty/,
    );
  });
});

describe('renderFirstScreens', () => {
  it("renders each page with the app's components in a process of its own", async () => {
    const { attribute, results } = await renderFirstScreens(ROOT, [
      { path: '/lessons/fixture-lesson', text: JSON.stringify(makeLesson()) },
      { path: '/lessons/broken', text: '{' },
    ]);
    expect(attribute).toBe('data-first-screen');
    expect(results[0]).toEqual({ html: expect.stringContaining('Countries are connected.') });
    expect(results[0]).toEqual({ html: expect.stringContaining('<li class="passage"') });
    expect(results[1]).toEqual({ problem: expect.stringMatching(/^Invalid lesson data/) });
  }, 60_000);
});
