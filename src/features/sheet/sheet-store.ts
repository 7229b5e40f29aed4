/**
 * The passages a teacher has chosen for the discussion sheet, per lesson, saved through the
 * storage module (`tandem:v1:sheet:<lessonId>`, a JSON array of passage ids).
 *
 * Rules: a lesson's choice is read from storage on first use and then lives in the store;
 * every toggle writes it back, and a choice made in another tab replaces it. Missing,
 * corrupted or blocked storage reads as an empty sheet (the storage module tells the reader).
 * Ids are kept in the order chosen; views sort by the lesson's time. Ids the lesson no longer
 * has are ignored by the views.
 */
import * as z from 'zod/mini';
import { create } from 'zustand';
import { defineSetting, type Setting } from '@/lib/storage/define-setting';

const storedSheetSchema = z.array(z.string().check(z.minLength(1)));

type PassageIds = readonly string[];

interface SheetState {
  byLesson: Readonly<Record<string, PassageIds>>;
}

export const useSheetStore = create<SheetState>()(() => ({ byLesson: {} }));

const EMPTY: PassageIds = [];

/** Lessons read from storage but not yet toggled; kept so selectors return a stable array. */
const loaded = new Map<string, PassageIds>();

const settings = new Map<string, Setting<PassageIds>>();

function sheetSetting(lessonId: string): Setting<PassageIds> {
  let setting = settings.get(lessonId);
  if (setting) return setting;
  setting = defineSetting<PassageIds>({
    name: `sheet:${lessonId}`,
    version: 1,
    schema: storedSheetSchema,
    fallback: EMPTY,
    legacy: [{ key: `tandem:sheet:v1:${lessonId}` }],
  });
  setting.subscribe(({ value }) =>
    useSheetStore.setState((state) => ({
      byLesson: { ...state.byLesson, [lessonId]: withoutDuplicates(value) },
    })),
  );
  settings.set(lessonId, setting);
  return setting;
}

/** Where lesson `lessonId`'s sheet is kept. */
export const sheetKey = (lessonId: string) => sheetSetting(lessonId).key;

const withoutDuplicates = (ids: PassageIds): PassageIds =>
  ids.length === 0 ? EMPTY : [...new Set(ids)];

function sheetOf(state: SheetState, lessonId: string): PassageIds {
  const current = state.byLesson[lessonId];
  if (current) return current;
  let stored = loaded.get(lessonId);
  if (!stored) {
    stored = withoutDuplicates(sheetSetting(lessonId).read());
    loaded.set(lessonId, stored);
  }
  return stored;
}

export function getSheetPassages(lessonId: string): PassageIds {
  return sheetOf(useSheetStore.getState(), lessonId);
}

export function toggleSheetPassage(lessonId: string, passageId: string) {
  const current = getSheetPassages(lessonId);
  const next = current.includes(passageId)
    ? current.filter((id) => id !== passageId)
    : [...current, passageId];
  useSheetStore.setState((state) => ({ byLesson: { ...state.byLesson, [lessonId]: next } }));
  // A refused write is reported by the storage module; the choice holds for this visit.
  if (next.length === 0) sheetSetting(lessonId).remove();
  else sheetSetting(lessonId).write(next);
}

/** The chosen passage ids of a lesson, in the order chosen. */
export function useSheetPassages(lessonId: string): PassageIds {
  return useSheetStore((state) => sheetOf(state, lessonId));
}

/** A boolean per passage, so toggling one re-renders only its own row. */
export function useIsInSheet(lessonId: string, passageId: string): boolean {
  return useSheetStore((state) => sheetOf(state, lessonId).includes(passageId));
}

/**
 * For tests: forgets the choices read from storage, kept beside the store; the store itself is
 * reset with every other store, and storage is left alone.
 * @internal
 */
export function resetSheetModuleState() {
  loaded.clear();
}
