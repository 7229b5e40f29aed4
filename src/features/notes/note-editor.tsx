import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type { Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { formatClock } from '@/utils/time';
import { describeNotesProblem } from './notes-messages';
import { newNoteId, type Note } from './notes-schema';
import type { NotesProblem } from './notes-storage';
import { deleteNote, flushNotes, setNoteText, useNotesStore } from './notes-store';
import { useNotesPersistence } from './use-notes-persistence';
import './notes.css';

const NO_NOTES: Note[] = [];

interface NoteEditorProps {
  lessonId: string;
  passage: Passage;
}

/**
 * The teacher's notes on one passage, inside its transcript row: "Add note", or each note
 * with Edit and Delete. Self-contained: it loads and saves the lesson's notes itself.
 */
export function NoteEditor({ lessonId, passage }: NoteEditorProps) {
  // Until the lesson's notes are opened (a layout effect, so before the first paint; never in a
  // page rendered at build time), the passage shows as having none.
  useNotesPersistence(lessonId);
  const notes = useNotesStore(
    useShallow((s) =>
      s.lessonId === lessonId ? s.notes.filter((n) => n.passageId === passage.id) : NO_NOTES,
    ),
  );
  const error = useNotesStore((s) => s.error);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const refocusId = useRef<string | null>(null);
  const time = formatClock(passage.start);
  const t = useT();

  // Closing the box would drop keyboard focus on the page; it returns to this passage's note.
  useEffect(() => {
    const id = refocusId.current;
    if (editingId !== null || id === null) return;
    refocusId.current = null;
    const views = [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-note-id]') ?? [])];
    const view = views.find((v) => v.dataset.noteId === id);
    (view ?? rootRef.current)?.querySelector('button')?.focus();
  }, [editingId]);

  const handleDone = () => {
    // The box stays open while the text is not saved: the error shows beside it.
    if (!flushNotes().ok) return;
    refocusId.current = editingId;
    setEditingId(null);
  };
  const handleDelete = (id: string) => setDeleteFailed(!deleteNote(id).ok);
  const name = (verb: 'edit' | 'delete', index: number) =>
    notes.length > 1
      ? t(`note.${verb}NthLabel`, { position: index + 1, count: notes.length, time })
      : t(`note.${verb}Label`, { time });
  const box = (id: string, text: string) => (
    <NoteBox
      key={id}
      time={time}
      text={text}
      error={error}
      onChange={(next) => setNoteText(passage.id, next, id)}
      onDone={handleDone}
    />
  );
  const view = (note: Note, index: number) => (
    <div key={note.id} className="note-view" data-note-id={note.id}>
      <p className="note-text">{note.text}</p>
      <div className="note-actions">
        <button
          type="button"
          className="note-action"
          aria-label={name('edit', index)}
          onClick={() => setEditingId(note.id)}
        >
          {t('note.edit')}
        </button>
        <button
          type="button"
          className="note-action"
          aria-label={name('delete', index)}
          onClick={() => handleDelete(note.id)}
        >
          {t('note.delete')}
        </button>
      </div>
    </div>
  );
  // One keyed list, so the box keeps its element (and focus) when blank text deletes its
  // note and the next key recreates it.
  const items = notes.map((note, index) =>
    note.id === editingId ? box(note.id, note.text) : view(note, index),
  );
  if (editingId !== null && !notes.some((n) => n.id === editingId)) items.push(box(editingId, ''));

  return (
    // The row seeks on click; a click on a note is for the note.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div ref={rootRef} className="note" onClick={(event) => event.stopPropagation()}>
      {items}
      {editingId === null && notes.length === 0 && (
        <button
          type="button"
          className="note-action"
          aria-label={t('note.addLabel', { time })}
          onClick={() => setEditingId(newNoteId())}
        >
          {t('note.add')}
        </button>
      )}
      {deleteFailed && editingId === null && error && (
        <p className="notice" role="alert">
          {describeNotesProblem(error, t)}
        </p>
      )}
    </div>
  );
}

interface NoteBoxProps {
  time: string;
  text: string;
  error: NotesProblem | null;
  onChange: (text: string) => void;
  onDone: () => void;
}

function NoteBox({ time, text, error, onChange, onDone }: NoteBoxProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const errorId = useId();
  const t = useT();

  useEffect(() => {
    const box = ref.current;
    box?.focus();
    // Caret after the text: opening a note is usually to add to it.
    box?.setSelectionRange(box.value.length, box.value.length);
  }, []);

  return (
    <div className="note-box">
      <textarea
        ref={ref}
        className="note-input"
        aria-label={t('note.box', { time })}
        placeholder={t('note.placeholder')}
        aria-describedby={error ? errorId : undefined}
        rows={3}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Escape during pinyin input cancels the composition; it must not close the box.
          if (event.key === 'Escape' && !event.nativeEvent.isComposing) onDone();
        }}
      />
      {error && (
        <p id={errorId} className="notice" role="alert">
          {describeNotesProblem(error, t)}
        </p>
      )}
      <button
        type="button"
        className="button note-done"
        aria-label={t('note.doneLabel', { time })}
        onClick={onDone}
      >
        {t('note.done')}
      </button>
    </div>
  );
}
