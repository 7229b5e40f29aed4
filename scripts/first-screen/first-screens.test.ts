import { resolve } from 'node:path';
import { makeLesson } from '@/testing/lesson-fixture';
import { firstScreenCheck, renderFirstScreens, withFirstScreen } from './first-screens';

const ROOT = resolve(__dirname, '../..');
const PAGE = '<html><head>\n  </head><body>\n    <div id="root"></div>\n  </body></html>';
const FITS = { same: { 'tandem:v1:x': '</script><b>' }, perLesson: [], thisLesson: [], unseen: [] };

describe('withFirstScreen', () => {
  it("puts the markup in the page's root, marks it and adds the check and its data to the head", () => {
    const { fileName } = firstScreenCheck();
    expect(fileName).toMatch(/^assets\/first-screen-check-[\w-]{8}\.js$/);
    const data =
      '{"same":{"tandem:v1:x":"\\u003c/script>\\u003cb>"},"perLesson":[],"thisLesson":[],"unseen":[]}';
    expect(withFirstScreen(PAGE, 'data-first-screen', '<p>$& $1</p>', FITS)).toBe(
      `<html><head>\n    <script type="application/json" id="first-screen-fits">${data}</script>\n    <script src="/${fileName}"></script>\n  </head><body>\n    <div id="root" data-first-screen><p>$& $1</p></div>\n  </body></html>`,
    );
  });

  it('refuses a page without an empty root', () => {
    expect(() => withFirstScreen('<div id="root">x</div>', 'data-first-screen', '', FITS)).toThrow(
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
    expect(results[0]).toMatchObject({ html: expect.stringContaining('Countries are connected.') });
    expect(results[0]).toMatchObject({ html: expect.stringContaining('<li class="passage"') });
    expect(results[0]).toMatchObject({
      fits: {
        same: {
          'tandem:v1:ui-language': 'en',
          'tandem:v1:preferences': {
            language: 'both',
            captions: true,
            rate: 1,
            pinyin: false,
            hideTranslation: false,
          },
        },
        perLesson: ['tandem:v1:notes:', 'tandem:v1:sheet:'],
        thisLesson: ['tandem:v1:notes:fixture-lesson', 'tandem:v1:sheet:fixture-lesson'],
        unseen: ['tandem:v1:saved-words', 'tandem:v1:shortcuts', 'tandem:v1:pause-on-lookup'],
      },
    });
    expect(results[1]).toEqual({ problem: expect.stringMatching(/^Invalid lesson data/) });
  }, 60_000);
});
