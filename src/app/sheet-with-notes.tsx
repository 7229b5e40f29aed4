import { useMemo } from 'react';
import type { Lesson } from '@/domain/lesson-schema';
import { useNotesStore } from '@/features/notes/notes-store';
import SheetPanel from '@/features/sheet/sheet-panel';

/** The discussion sheet with the teacher's notes under their passages. */
export default function SheetWithNotes({
  lesson,
  onClose,
}: {
  lesson: Lesson;
  onClose: () => void;
}) {
  const notes = useNotesStore((s) => s.notes);
  const notesByPassage = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const note of notes)
      map.set(note.passageId, [...(map.get(note.passageId) ?? []), note.text]);
    return map;
  }, [notes]);
  return <SheetPanel lesson={lesson} onClose={onClose} notesByPassage={notesByPassage} />;
}
