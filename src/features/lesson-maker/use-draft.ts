import { useEffect, useState } from 'react';
import { type Draft, type DraftInput, makeDraft } from './lesson-draft';

export type DraftState =
  | { status: 'empty' }
  | { status: 'reading' }
  | { status: 'ready'; draft: Draft }
  | { status: 'failed'; error: unknown };

type Outcome = { status: 'ready'; draft: Draft } | { status: 'failed'; error: unknown };

/** The draft of the current inputs, made again on every change; a stale result is dropped. */
export function useDraft(input: DraftInput | null): DraftState {
  const [done, setDone] = useState<{ input: DraftInput; outcome: Outcome } | null>(null);
  useEffect(() => {
    if (!input) return;
    let current = true;
    makeDraft(input).then(
      (draft) => current && setDone({ input, outcome: { status: 'ready', draft } }),
      (error: unknown) => current && setDone({ input, outcome: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [input]);
  if (!input) return { status: 'empty' };
  return done?.input === input ? done.outcome : { status: 'reading' };
}
