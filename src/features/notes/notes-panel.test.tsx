import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUiLanguage } from '@/i18n/ui-language';
import { attachPlayer, PASSAGE_SEEK_INSET } from '@/stores/playback-store';
import { createFakePlayer } from '@/testing/fake-player';
import { makeLesson } from '@/testing/lesson-fixture';
import type { DownloadFile } from './file-io';
import { LESSON_ID, makeNote, notesFile, storeNotes } from './notes-fixtures';
import NotesPanel from './notes-panel';
import { notesKey } from './notes-storage';

const lesson = makeLesson();

function renderPanel(props: Partial<Parameters<typeof NotesPanel>[0]> = {}) {
  return render(<NotesPanel lesson={lesson} onClose={() => undefined} {...props} />);
}

function listedTexts() {
  const panel = screen.getByRole('region', { name: 'Notes' });
  return within(panel)
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.note-text')!.textContent);
}

const jsonFile = (text: string) => new File([text], 'notes.json', { type: 'application/json' });

beforeEach(() => {
  // Written in another order than the passages'.
  storeNotes([
    makeNote({ id: 'c', passageId: 'p03', text: 'Third passage' }),
    makeNote({ id: 'a', passageId: 'p01', text: 'First passage' }),
    makeNote({ id: 'b', passageId: 'p02', text: 'Second passage' }),
  ]);
});

describe('NotesPanel', () => {
  it('lists the notes by passage time, each time a seek', async () => {
    const player = createFakePlayer();
    attachPlayer(player.commands);
    renderPanel();
    expect(listedTexts()).toEqual(['First passage', 'Second passage', 'Third passage']);
    await userEvent.click(screen.getByRole('button', { name: 'Go to 00:57' }));
    expect(player.calls).toEqual([`seek ${57 + PASSAGE_SEEK_INSET}`]);
  });

  it('shows notes another tab writes', () => {
    renderPanel();
    const key = notesKey(LESSON_ID);
    act(() => {
      localStorage.setItem(key, notesFile([makeNote({ text: 'From the other tab' })]));
      window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
    });
    expect(listedTexts()).toEqual(['From the other tab']);
  });

  it('exports JSON and Markdown files', async () => {
    const download = vi.fn<DownloadFile>();
    renderPanel({ download });
    await userEvent.click(screen.getByRole('button', { name: 'Export notes (JSON)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export notes (Markdown)' }));
    const [jsonName, json, jsonType] = download.mock.calls[0]!;
    const [mdName, markdown, mdType] = download.mock.calls[1]!;
    expect([jsonName, jsonType]).toEqual(['fixture-lesson-notes.json', 'application/json']);
    expect(JSON.parse(json).notes.map((n: { id: string }) => n.id)).toEqual(['a', 'b', 'c']);
    expect([mdName, mdType]).toEqual(['fixture-lesson-notes.md', 'text/markdown;charset=utf-8']);
    expect(markdown).toMatch(/^# Notes: A Lesson\n/);
    expect(markdown).toContain(
      '### 00:57 · 数据显示增长。 · Data shows growth.\n\nSecond passage\n',
    );
  });

  it('imports a file, keeping both notes on a conflict and one of identical notes', async () => {
    renderPanel();
    const file = jsonFile(
      notesFile([
        makeNote({ id: 'a', passageId: 'p01', text: 'First passage' }),
        makeNote({ id: 'x', passageId: 'p01', text: 'Imported on the first' }),
      ]),
    );
    await userEvent.upload(screen.getByLabelText('Import notes…'), file);
    expect(await screen.findByText('Imported 1 note; 1 note was already here.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(listedTexts()).toEqual([
      'First passage',
      'Imported on the first',
      'Second passage',
      'Third passage',
    ]);
  });

  it('refuses a bad file with the reason and keeps every note', async () => {
    renderPanel();
    await userEvent.upload(screen.getByLabelText('Import notes…'), jsonFile('{"version":2}'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file cannot be imported: it is notes version 2; this app reads version 1. Nothing was changed.',
    );
    expect(listedTexts()).toEqual(['First passage', 'Second passage', 'Third passage']);
    act(() => setUiLanguage('zh'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '无法导入此文件：它是第 2 版笔记；本应用读取第 1 版。未做任何更改。',
    );
  });

  it('tells that unreadable saved notes were kept as a backup', () => {
    localStorage.setItem(notesKey(LESSON_ID), '{"version":1,"notes":[{"id":');
    renderPanel();
    expect(
      screen.getByText(
        /^Saved notes could not be read; they were kept aside as a backup \(tandem:v1:notes:fixture-lesson:backup:.+\)\.$/,
      ),
    ).toHaveAttribute('role', 'status');
    expect(
      screen.getByText('No notes yet. Add one from a passage in the transcript.'),
    ).toBeInTheDocument();
  });

  it('closes', async () => {
    const onClose = vi.fn();
    renderPanel({ onClose });
    await userEvent.click(screen.getByRole('button', { name: 'Close notes' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
