import { type RefObject, useCallback, useMemo } from 'react';
import type { Lesson, Passage } from '@/domain/lesson-schema';
import { CopyPassageLinkButtons } from '@/features/links/copy-link-button';
import { NoteEditor } from '@/features/notes/note-editor';
import { AddToSheetButton } from '@/features/sheet/add-to-sheet-button';
import { getPassageTerms } from '@/domain/term-matcher';
import type {
  PassageActionsRenderer,
  PassageTextRenderer,
} from '@/features/transcript/passage-row';
import type { TranscriptHandle } from '@/features/transcript/transcript-handle';
import { activeLineGetter } from './active-line';
import { ChinesePassageText, EnglishPassageText } from './passage-text';

/**
 * What each transcript row shows beyond its plain text: the decorated text and the per-passage
 * tools. Both are stable per lesson so the rows stay memoised; term matching runs once.
 */
export function usePassageRenderers(
  lesson: Lesson,
  transcript: RefObject<TranscriptHandle | null>,
) {
  const getActiveLine = useMemo(() => activeLineGetter(transcript), [transcript]);
  const terms = useMemo(() => new Map(lesson.terms.map((t) => [t.id, t])), [lesson.terms]);

  const renderText: PassageTextRenderer = useCallback(
    (passageIndex, language, _text, { pinyin }) => {
      const Text = language === 'zh' ? ChinesePassageText : EnglishPassageText;
      return (
        <Text
          lessonId={lesson.id}
          pinyin={pinyin}
          passage={lesson.passages[passageIndex]!}
          passageIndex={passageIndex}
          termMatches={getPassageTerms(lesson, passageIndex)[language]}
          terms={terms}
          transcript={transcript}
          getActiveLine={getActiveLine}
        />
      );
    },
    [lesson, terms, transcript, getActiveLine],
  );

  const renderActions: PassageActionsRenderer = useCallback(
    (passage: Passage) => (
      <>
        <CopyPassageLinkButtons start={passage.start} end={passage.end} />
        <AddToSheetButton lessonId={lesson.id} passage={passage} />
        <NoteEditor lessonId={lesson.id} passage={passage} />
      </>
    ),
    [lesson.id],
  );

  return { renderText, renderActions };
}
