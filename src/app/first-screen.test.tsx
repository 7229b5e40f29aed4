import { makeLesson } from '@/testing/lesson-fixture';
import { renderFirstScreen } from './first-screen';

function firstScreenOf(text: string, path = '/lessons/fixture-lesson') {
  const result = renderFirstScreen(text, path);
  if (!('html' in result)) throw new Error(`no first screen: ${result.problem}`);
  // The markup as a page's HTML holds it, parsed as the browser parses a page.
  const page = new DOMParser().parseFromString(`<div id="root">${result.html}</div>`, 'text/html');
  return document.importNode(page.getElementById('root')!, true);
}

describe('renderFirstScreen', () => {
  it("renders the lesson's page as a first visit sees it: heading, player, every row in order", () => {
    const root = firstScreenOf(JSON.stringify(makeLesson()));
    expect(root.querySelector('h1')).toHaveTextContent('A Lesson');
    expect(root.querySelector('.player-start')).toHaveAccessibleName('Play the lesson video');
    const rows = [...root.querySelectorAll('li.passage')];
    expect(rows.map((row) => row.querySelector('.passage-zh')?.textContent)).toEqual([
      '数字治理生态。',
      '数据显示增长。',
      '各国相互联系。',
    ]);
    expect(rows.map((row) => row.getAttribute('aria-posinset'))).toEqual(['1', '2', '3']);
    expect(rows[0]).toHaveTextContent('Digital governance first.');
    // Nothing is current before the first passage (00:25), and the tools are the app's.
    expect(root.querySelector('[aria-current="true"]')).toBeNull();
    expect(rows[0]!.querySelector('.passage-actions')).toHaveTextContent('Add note');
  });

  it("keeps the lesson's text as text", () => {
    const lesson = makeLesson();
    lesson.passages[1]!.en = '<img src=x onerror="alert(1)"> & $& more';
    const root = firstScreenOf(JSON.stringify(lesson));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('li.passage')[1]).toHaveTextContent(
      '<img src=x onerror="alert(1)"> & $& more',
    );
  });

  it('renders a long lesson as far as a window shows, with the size of the whole', () => {
    const passages = Array.from({ length: 2_000 }, (_, i) => ({
      id: `p${i}`,
      start: 3 + i * 3,
      end: 6 + i * 3,
      en: `Passage ${i + 1}.`,
      zh: `第${i + 1}段。`,
    }));
    const root = firstScreenOf(JSON.stringify(makeLesson({ passages, duration: 6_003 })));
    const rows = [...root.querySelectorAll('li.passage')];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]).toHaveAttribute('aria-setsize', '2000');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    // No style attribute, which the page's policy would refuse.
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('says why there is none for a lesson the app would refuse', () => {
    expect(renderFirstScreen('{"id":', '/lessons/x')).toEqual({
      problem: expect.stringMatching(/^Invalid lesson data/),
    });
    const result = renderFirstScreen(JSON.stringify({ ...makeLesson(), passages: [] }), '/x');
    expect(result).toEqual({ problem: expect.any(String) });
  });
});
