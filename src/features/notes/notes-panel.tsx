import { type ChangeEvent, useMemo, useState } from 'react';
import type { Lesson, Passage } from '@/domain/lesson-schema';
import { type Translate, useT } from '@/i18n/ui-language';
import { seekToPassage } from '@/stores/playback-store';
import { formatClock } from '@/utils/time';
import { type DownloadFile, downloadFile, readFileText } from './file-io';
import { describeImportRefusal, describeNotesProblem } from './notes-messages';
import type { Note } from './notes-schema';
import { type ImportResult, importNotes, useNotesStore } from './notes-store';
import { firstWords, notesToJson, notesToMarkdown, sortNotes } from './notes-transfer';
import { useNotesPersistence } from './use-notes-persistence';
import './notes.css';
import { SidePanel } from '@/ui/side-panel';

const NO_NOTES: Note[] = [];
/** Far above any real notes file; refuses a video picked by mistake before reading it. */
const MAX_IMPORT_BYTES = 5_000_000;

/** Worded at render, so a switch of language rewords it. */
type Outcome = { ok: boolean; text: (t: Translate) => string };

function describeImport({ added, kept }: ImportResult, t: Translate): string {
  const notes = t(added === 1 ? 'notes.countOne' : 'notes.countOther', { count: added });
  if (kept === 0) return t('notes.imported', { notes });
  const already = t(kept === 1 ? 'notes.keptOne' : 'notes.keptOther', { count: kept });
  return t('notes.importedKept', { notes, kept: already });
}

async function importFile(file: File, lesson: Lesson): Promise<Outcome> {
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, text: (t) => t('notes.fileTooLarge', { name: file.name }) };
  let text: string;
  try {
    text = await readFileText(file);
  } catch {
    return { ok: false, text: (t) => t('notes.fileUnreadable', { name: file.name }) };
  }
  const result = importNotes(
    text,
    lesson.passages.map((p) => p.id),
  );
  const { error } = result;
  return error
    ? { ok: false, text: (t) => describeImportRefusal(error, t) }
    : { ok: true, text: (t) => describeImport(result, t) };
}

interface NotesPanelProps {
  lesson: Lesson;
  onClose: () => void;
  /** How a file is saved; the browser download by default. */
  download?: DownloadFile;
}

/** All of the lesson's notes by passage time, each a seek; export and import. */
export default function NotesPanel({ lesson, onClose, download = downloadFile }: NotesPanelProps) {
  useNotesPersistence(lesson.id);
  const t = useT();
  const notes = useNotesStore((s) => (s.lessonId === lesson.id ? s.notes : NO_NOTES));
  const notice = useNotesStore((s) => s.notice);
  const error = useNotesStore((s) => s.error);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const sorted = useMemo(() => sortNotes(notes, lesson.passages), [notes, lesson.passages]);
  const passages = useMemo(() => new Map(lesson.passages.map((p) => [p.id, p])), [lesson]);

  const handleImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, is a change.
    input.value = '';
    if (file) setOutcome(await importFile(file, lesson));
  };

  return (
    <SidePanel
      title={t('panel.notes')}
      closeLabel={t('notes.close')}
      onClose={onClose}
      className="notes-panel"
    >
      <div className="notes-tools">
        <button
          type="button"
          className="button"
          onClick={() =>
            download(`${lesson.id}-notes.json`, notesToJson(lesson.id, sorted), 'application/json')
          }
        >
          {t('notes.exportJson')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            download(
              `${lesson.id}-notes.md`,
              notesToMarkdown(lesson, notes),
              'text/markdown;charset=utf-8',
            )
          }
        >
          {t('notes.exportMarkdown')}
        </button>
        <label className="button notes-import">
          {t('notes.import')}
          {/* ".json" too: some systems give JSON files no MIME type, which greys them out. */}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={handleImport}
          />
        </label>
      </div>
      <div className="notes-messages">
        {notice && (
          <p className="notice" role="status">
            {describeNotesProblem(notice, t)}
          </p>
        )}
        {error && (
          <p className="notice" role="alert">
            {describeNotesProblem(error, t)}
          </p>
        )}
        {outcome && !outcome.ok && (
          <p className="notice" role="alert">
            {outcome.text(t)}
          </p>
        )}
      </div>
      {/* Present from the start: a live region must exist before its text changes. */}
      <p className="notes-result" role="status">
        {outcome?.ok ? outcome.text(t) : ''}
      </p>
      {sorted.length === 0 ? (
        <p className="notes-empty">{t('notes.empty')}</p>
      ) : (
        <ol className="notes-list">
          {sorted.map((note) => (
            <NotesEntry key={note.id} note={note} passage={passages.get(note.passageId)} />
          ))}
        </ol>
      )}
    </SidePanel>
  );
}

function NotesEntry({ note, passage }: { note: Note; passage: Passage | undefined }) {
  const time = passage && formatClock(passage.start);
  const t = useT();
  return (
    <li className="notes-entry">
      {passage ? (
        <button
          type="button"
          className="chip"
          aria-label={t('common.goTo', { time: time ?? '' })}
          onClick={() => seekToPassage(passage.start)}
        >
          {time}
        </button>
      ) : (
        <span className="notes-passage">—</span>
      )}
      <div>
        <p className="notes-passage" lang={passage ? 'zh-Hans' : undefined}>
          {passage ? firstWords(passage.zh, 'zh') : t('notes.passageGone')}
        </p>
        <p className="note-text">{note.text}</p>
      </div>
    </li>
  );
}
