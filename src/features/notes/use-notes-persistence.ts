import { useLayoutEffect } from 'react';
import { subscribeNotes } from './notes-sync';

/**
 * Keeps a lesson's notes loaded, written when the page is hidden or left, and in step with
 * other tabs, for as long as the component is mounted. A layout effect so that stored notes
 * are read before the first paint: rows never flash "Add note" before showing their note.
 */
export function useNotesPersistence(lessonId: string) {
  useLayoutEffect(() => subscribeNotes(lessonId), [lessonId]);
}
