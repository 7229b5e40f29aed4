/**
 * The passages a teacher has chosen for the discussion sheet, per lesson, kept in
 * localStorage (`tandem:sheet:v1:<lessonId>`, a JSON array of passage ids).
 *
 * Rules: a lesson's choice is read from storage on first use and then lives in the store;
 * every toggle writes it back. Missing, corrupted or blocked storage reads as an empty sheet:
 * a selection is cheap to redo and never worth an error. Ids are kept in the order chosen;
 * views sort by the lesson's time. Ids the lesson no longer has are ignored by the views.
 */
import * as z from 'zod/mini';
import { create } from 'zustand';

export const sheetKey = (lessonId: string) => `tandem:sheet:v1:${lessonId}`;

const storedSheetSchema = z.array(z.string().check(z.minLength(1)));

type PassageIds = readonly string[];

interface SheetState {
  byLesson: Readonly<Record<string, PassageIds>>;
}

export const useSheetStore = create<SheetState>()(() => ({ byLesson: {} }));

const EMPTY: PassageIds = [];

/** Lessons read from storage but not yet toggled; kept so selectors return a stable array. */
const loaded = new Map<string, PassageIds>();

// Even reading `window.localStorage` throws (SecurityError) when site data is blocked.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readStored(lessonId: string): PassageIds {
  try {
    const raw = storage()?.getItem(sheetKey(lessonId));
    if (!raw) return EMPTY;
    const parsed = storedSheetSchema.safeParse(JSON.parse(raw));
    return parsed.success ? [...new Set(parsed.data)] : EMPTY;
  } catch {
    return EMPTY; // unparseable JSON
  }
}

function writeStored(lessonId: string, ids: PassageIds) {
  try {
    const store = storage();
    if (ids.length === 0) store?.removeItem(sheetKey(lessonId));
    else store?.setItem(sheetKey(lessonId), JSON.stringify(ids));
  } catch {
    // Full or blocked storage: the choice still holds for this visit.
  }
}

function sheetOf(state: SheetState, lessonId: string): PassageIds {
  const current = state.byLesson[lessonId];
  if (current) return current;
  let stored = loaded.get(lessonId);
  if (!stored) {
    stored = readStored(lessonId);
    loaded.set(lessonId, stored);
  }
  return stored;
}

export function getSheetPassages(lessonId: string): PassageIds {
  return sheetOf(useSheetStore.getState(), lessonId);
}

export function isInSheet(lessonId: string, passageId: string): boolean {
  return getSheetPassages(lessonId).includes(passageId);
}

export function toggleSheetPassage(lessonId: string, passageId: string) {
  const current = getSheetPassages(lessonId);
  const next = current.includes(passageId)
    ? current.filter((id) => id !== passageId)
    : [...current, passageId];
  useSheetStore.setState((state) => ({ byLesson: { ...state.byLesson, [lessonId]: next } }));
  writeStored(lessonId, next);
}

/** The chosen passage ids of a lesson, in the order chosen. */
export function useSheetPassages(lessonId: string): PassageIds {
  return useSheetStore((state) => sheetOf(state, lessonId));
}

/** A boolean per passage, so toggling one re-renders only its own row. */
export function useIsInSheet(lessonId: string, passageId: string): boolean {
  return useSheetStore((state) => sheetOf(state, lessonId).includes(passageId));
}

/** For tests: forget every lesson's choice in memory (storage is left alone). */
export function resetSheetStore() {
  loaded.clear();
  useSheetStore.setState({ byLesson: {} });
}
