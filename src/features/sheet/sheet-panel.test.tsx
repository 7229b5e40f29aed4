import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import SheetPanel from './sheet-panel';
import { toggleSheetPassage } from './sheet-store';

const lesson = parseLesson(lessonData);

function renderPanel() {
  render(<SheetPanel lesson={lesson} onClose={() => undefined} pageUrl="https://t.example/l" />);
  const panel = screen.getByRole('region', { name: 'Discussion sheet' });
  const items = () => within(panel).queryAllByRole('listitem');
  return { panel, items };
}

describe('SheetPanel', () => {
  it('hints how to add passages while the sheet is empty, and cannot print it', () => {
    const { panel } = renderPanel();
    expect(within(panel).getByText(/Add passages with “Add to sheet”/)).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Print sheet' })).toBeDisabled();
  });

  it('lists chosen passages in time order with their time and first words', () => {
    toggleSheetPassage(lesson.id, 'p16');
    toggleSheetPassage(lesson.id, 'p07');
    const { items } = renderPanel();
    expect(items()).toHaveLength(2);
    expect(items()[0]).toHaveTextContent(/^03:23积极营造紧密合作、互利共赢的…/);
    expect(items()[0]).toHaveTextContent('To actively foster a closely cooperative and mutually…');
    expect(items()[1]).toHaveTextContent(/^06:54/);
  });

  it('removes a passage, keeps focus in the list, and forgets it in storage', async () => {
    toggleSheetPassage(lesson.id, 'p07');
    toggleSheetPassage(lesson.id, 'p16');
    const { panel, items } = renderPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Remove 03:23' }));
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent(/^06:54/);
    expect(within(panel).getByRole('button', { name: 'Remove 06:54' })).toHaveFocus();
    expect(JSON.parse(localStorage.getItem(`tandem:v1:sheet:${lesson.id}`)!)).toEqual(['p16']);
    await userEvent.click(within(panel).getByRole('button', { name: 'Remove 06:54' }));
    expect(within(panel).getByText(/Add passages with “Add to sheet”/)).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Close discussion sheet' })).toHaveFocus();
  });

  it('prints the sheet it has mounted', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    toggleSheetPassage(lesson.id, 'p07');
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Print sheet' }));
    expect(print).toHaveBeenCalledOnce();
    const sheet = document.querySelector('body > .print-sheet')!;
    expect(within(sheet as HTMLElement).getByRole('link')).toHaveTextContent(
      'https://t.example/l#t=03:23,03:35',
    );
  });

  it('passes the teacher’s notes to the printed sheet', () => {
    toggleSheetPassage(lesson.id, 'p07');
    render(
      <SheetPanel
        lesson={lesson}
        onClose={() => undefined}
        notesByPassage={new Map([['p07', ['Compare with lesson 11.']]])}
      />,
    );
    const sheet = document.querySelector('body > .print-sheet') as HTMLElement;
    expect(within(sheet).getByText('Compare with lesson 11.')).toBeInTheDocument();
    expect(within(sheet).getByRole('link')).toHaveTextContent(/#t=03:23,03:35$/);
  });

  it('closes', async () => {
    const onClose = vi.fn();
    render(<SheetPanel lesson={lesson} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close discussion sheet' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
