// The sheet is display:none on screen (sheet.css); jsdom loads no CSS, so presence is checked.

import { render, screen, within } from '@testing-library/react';
import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import { DiscussionSheet } from './discussion-sheet';

const lesson = parseLesson(lessonData);
const PAGE = 'https://tandem.example/lessons/digital-china-12';
const passage = (id: string) => lesson.passages.find((p) => p.id === id)!;
const definition = (footnote: number) => lesson.terms.find((t) => t.footnote === footnote)!;

/** p07 (03:23) has footnoted terms 4 and 5; p16 (06:54) has 7. Chosen out of time order. */
function renderSheet() {
  render(
    <DiscussionSheet
      lesson={lesson}
      passageIds={['p16', 'p07', 'not-a-passage']}
      notesByPassage={new Map([['p16', ['Ask: who writes the rules?', '  ']]])}
      pageUrl={`${PAGE}?t=90#t=1,2`}
    />,
  );
  const sheet = screen.getByRole('article', { name: lesson.title.en });
  const sections = within(sheet).getAllByRole('region');
  return { sheet, sections };
}

describe('DiscussionSheet', () => {
  it('renders outside the app root, as the print-only sheet', () => {
    const { container } = render(
      <DiscussionSheet lesson={lesson} passageIds={['p07']} pageUrl={PAGE} />,
    );
    const sheet = document.querySelector('body > .print-sheet');
    expect(sheet).not.toBeNull();
    expect(container).not.toContainElement(sheet as HTMLElement);
  });

  it('heads the sheet with the title in both languages and the series', () => {
    const { sheet } = renderSheet();
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent(lesson.title.en);
    expect(within(sheet).getByText(lesson.title.zh)).toHaveAttribute('lang', 'zh-Hans');
    expect(sheet).toHaveTextContent(
      'Digital China Construction Series · 数字中国建设系列 · Lesson 12 of 13',
    );
  });

  it('shows the chosen passages in time order with times, links and both languages', () => {
    const { sections } = renderSheet();
    expect(sections).toHaveLength(2);
    const [first, second] = sections;
    expect(within(first!).getByRole('heading', { level: 2 })).toHaveTextContent('03:23–03:35');
    expect(within(second!).getByRole('heading', { level: 2 })).toHaveTextContent('06:54–07:19');

    const link = within(first!).getByRole('link');
    expect(link).toHaveTextContent(`${PAGE}#t=03:23,03:35`);
    expect(link).toHaveAttribute('href', `${PAGE}#t=03:23,03:35`);

    const zh = within(first!).getByText(passage('p07').zh);
    const en = within(first!).getByText(passage('p07').en);
    expect(zh).toHaveAttribute('lang', 'zh-Hans');
    expect(en).toHaveAttribute('lang', 'en');
    expect(zh.compareDocumentPosition(en) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('defines only the footnoted terms that occur in each passage', () => {
    const { sections } = renderSheet();
    const [first, second] = sections;
    for (const n of [4, 5]) expect(first).toHaveTextContent(definition(n).definition!);
    for (const n of [1, 2, 3, 6, 7]) expect(first).not.toHaveTextContent(definition(n).definition!);
    expect(second).toHaveTextContent(definition(7).definition!);
    for (const n of [1, 2, 3, 4, 5, 6])
      expect(second).not.toHaveTextContent(definition(n).definition!);
  });

  it('prints the teacher’s notes under their passage only, skipping blank ones', () => {
    const { sections } = renderSheet();
    const [first, second] = sections;
    expect(within(first!).queryByRole('heading', { name: 'Teacher’s notes' })).toBeNull();
    expect(within(second!).getByRole('heading', { name: 'Teacher’s notes' })).toBeInTheDocument();
    expect(within(second!).getByText('Ask: who writes the rules?')).toBeInTheDocument();
    expect(second!.querySelectorAll('.print-sheet-notes p')).toHaveLength(1);
  });

  it('renders notes as text, never as markup', () => {
    render(
      <DiscussionSheet
        lesson={lesson}
        passageIds={['p07']}
        notesByPassage={new Map([['p07', ['<img src=x onerror=alert(1)>']]])}
        pageUrl={PAGE}
      />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('.print-sheet img')).toBeNull();
  });
});
