/**
 * Keeps the open lesson's notes saved and in step with other tabs while anyone subscribes:
 * written when the page is hidden or left (mobile browsers may discard a hidden page without
 * any unload event), and merged with what another tab saves as soon as it saves it.
 */
import { watchStoredNotes } from './notes-storage';
import { flushNotes, loadNotes, useNotesStore } from './notes-store';

let subscribers = 0;
let watched: { lessonId: string; stop: () => void } | null = null;

/** Follows another tab's changes to the open lesson's notes, one lesson at a time. */
function watchLesson(lessonId: string | null) {
  if (watched?.lessonId === lessonId) return;
  watched?.stop();
  watched = null;
  if (lessonId === null) return;
  const stop = watchStoredNotes(lessonId, (stored) => {
    if (useNotesStore.getState().lessonId === lessonId) loadNotes(lessonId, stored);
  });
  watched = { lessonId, stop };
}

function handleVisibility() {
  if (document.visibilityState === 'hidden') flushNotes();
}

let stopFollowingLesson = () => {};

/**
 * Loads a lesson's notes and keeps them saved and in step with other tabs while anyone
 * subscribes. Counted, so every editor and the panel may subscribe; the last one out writes.
 */
export function subscribeNotes(lessonId: string): () => void {
  if (subscribers === 0 || useNotesStore.getState().lessonId !== lessonId) loadNotes(lessonId);
  if (subscribers++ === 0) {
    window.addEventListener('pagehide', flushNotes);
    document.addEventListener('visibilitychange', handleVisibility);
    watchLesson(useNotesStore.getState().lessonId);
    stopFollowingLesson = useNotesStore.subscribe((state, previous) => {
      if (state.lessonId !== previous.lessonId) watchLesson(state.lessonId);
    });
  }
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    if (--subscribers > 0) return;
    flushNotes();
    window.removeEventListener('pagehide', flushNotes);
    document.removeEventListener('visibilitychange', handleVisibility);
    stopFollowingLesson();
    watchLesson(null);
  };
}
