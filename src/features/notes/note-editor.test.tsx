import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeLesson } from '@/testing/lesson-fixture';
import { forgetPageMemory } from '@/testing/page-memory';
import { NoteEditor } from './note-editor';
import { LESSON_ID, makeNote, storedTexts, storeNotes } from './notes-fixtures';

const passage = makeLesson().passages[0]!; // starts at 00:25

function renderEditor() {
  return render(<NoteEditor lessonId={LESSON_ID} passage={passage} />);
}

describe('NoteEditor', () => {
  it('adds a note: a box named for the passage time, then the note with Edit and Delete', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add note for 00:25' }));
    const box = screen.getByRole('textbox', { name: 'Note for 00:25' });
    expect(box).toHaveFocus();
    // An empty box says what it is for, to the eye as well.
    expect(box).toHaveAttribute('placeholder', 'Your note on this passage, kept on this device');
    await user.type(box, 'Stress 生态 here');
    await user.click(screen.getByRole('button', { name: 'Done with note for 00:25' }));

    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText('Stress 生态 here')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit note for 00:25' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Delete note for 00:25' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /add note/i })).not.toBeInTheDocument();
    expect(storedTexts()).toEqual(['Stress 生态 here']); // Done saves at once
  });

  it('saves as the teacher types, so the note is there after a reload', async () => {
    const user = userEvent.setup();
    const { unmount } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add note for 00:25' }));
    await user.type(screen.getByRole('textbox', { name: 'Note for 00:25' }), 'Typed only');
    await waitFor(() => expect(storedTexts()).toEqual(['Typed only']));
    act(forgetPageMemory); // the page's memory is gone: only what was written remains
    unmount();
    renderEditor();
    expect(screen.getByText('Typed only')).toBeInTheDocument();
  });

  it('edits a note (Escape closes) and deletes it', async () => {
    storeNotes([makeNote({ text: '<b>as typed</b>' })]);
    const user = userEvent.setup();
    renderEditor();
    expect(screen.getByText('<b>as typed</b>')).toBeInTheDocument(); // text, never markup
    await user.click(screen.getByRole('button', { name: 'Edit note for 00:25' }));
    const box = screen.getByRole('textbox', { name: 'Note for 00:25' });
    expect(box).toHaveValue('<b>as typed</b>');
    await user.clear(box);
    await user.type(box, 'Rewritten{Escape}');
    expect(screen.getByText('Rewritten')).toBeInTheDocument();
    expect(storedTexts()).toEqual(['Rewritten']);

    await user.click(screen.getByRole('button', { name: 'Delete note for 00:25' }));
    expect(screen.queryByText('Rewritten')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add note for 00:25' })).toBeInTheDocument();
    expect(storedTexts()).toEqual([]);
  });

  it('stays open when Escape only cancels a pinyin composition', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add note for 00:25' }));
    const box = screen.getByRole('textbox', { name: 'Note for 00:25' });
    fireEvent.keyDown(box, { key: 'Escape', isComposing: true });
    expect(box).toBeInTheDocument();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).not.toBeInTheDocument();
  });

  it('keeps the text in the box, with the reason, when storage is full', async () => {
    const FULL =
      'Storage is full: this note is not saved yet. Free some space or export your notes.';
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add note for 00:25' }));
    const box = screen.getByRole('textbox', { name: 'Note for 00:25' });
    await user.type(box, 'Do not lose me');
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(box).toHaveAccessibleDescription(FULL);

    await user.click(screen.getByRole('button', { name: 'Done with note for 00:25' }));
    expect(box).toBeInTheDocument(); // not closed over unsaved text
    expect(box).toHaveValue('Do not lose me');

    setItem.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Done with note for 00:25' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(storedTexts()).toEqual(['Do not lose me']);
  });

  it('names each note when a passage has two', () => {
    storeNotes([makeNote({ id: 'a', text: 'One' }), makeNote({ id: 'b', text: 'Two' })]);
    renderEditor();
    expect(screen.getByRole('button', { name: 'Edit note 1 of 2 for 00:25' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Delete note 2 of 2 for 00:25' }),
    ).toBeInTheDocument();
  });

  it('keeps its clicks from the transcript row, which seeks on click', async () => {
    const onRowClick = vi.fn();
    const user = userEvent.setup();
    render(
      <ul>
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
        <li onClick={onRowClick}>
          <NoteEditor lessonId={LESSON_ID} passage={passage} />
        </li>
      </ul>,
    );
    const row = screen.getByRole('listitem');
    await user.click(within(row).getByRole('button', { name: 'Add note for 00:25' }));
    await user.type(within(row).getByRole('textbox'), 'x');
    await user.click(within(row).getByRole('button', { name: /done/i }));
    await user.click(within(row).getByText('x'));
    expect(onRowClick).not.toHaveBeenCalled();
  });
});
