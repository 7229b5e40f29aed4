/**
 * What can go wrong with saved data, as codes: this layer has no words, the interface turns a
 * code into text in its own language. Problems of settings that report are delivered once
 * each to the one listener the app installs; those found before it is installed (settings
 * read while modules load) wait for it.
 */

/** Why a write was refused: storage full, site data blocked, or anything else the browser threw. */
export type WriteFailure = 'quota' | 'denied' | 'failed';

export type StorageProblem =
  /** Unreadable data (not JSON, or not the schema) was moved to `asideKey`; the default is used. */
  | { code: 'corrupt'; key: string; asideKey: string }
  /** Unreadable data could not be moved aside, so it is left in place and not overwritten. */
  | { code: 'corrupt-kept'; key: string; reason: WriteFailure }
  /** The browser refused to read storage at all (site data blocked). */
  | { code: 'read-denied'; key: string }
  /** A write was refused; the value holds in memory. `errorName` is the browser's error name. */
  | { code: WriteFailure; key: string; errorName: string };

type Listener = (problem: StorageProblem) => void;

let listener: Listener | null = null;
const waiting: StorageProblem[] = [];
const reported = new Set<string>();

/** Blocked site data is the browser's setting, not one key's: said once for the page. */
function identity(problem: StorageProblem): string {
  if (problem.code === 'read-denied' || problem.code === 'denied') return problem.code;
  if (problem.code === 'corrupt') return `corrupt ${problem.asideKey}`;
  return `${problem.code} ${problem.key}`;
}

export function reportStorageProblem(problem: StorageProblem) {
  const id = identity(problem);
  if (reported.has(id)) return;
  reported.add(id);
  if (listener) listener(problem);
  else waiting.push(problem);
}

/** After a write that worked, the next refusal of that key is news again. */
export function forgetWriteProblems(key: string) {
  reported.delete(`quota ${key}`);
  reported.delete(`failed ${key}`);
}

/** Installs the one listener (the app's notices); returns the uninstall function. */
export function onStorageProblem(next: Listener): () => void {
  listener = next;
  waiting.splice(0).forEach(next);
  return () => {
    if (listener === next) listener = null;
  };
}

/** For tests: nothing reported yet, nothing waiting. */
export function resetStorageProblems() {
  reported.clear();
  waiting.length = 0;
}
