import { Fragment, memo, type ReactNode, type RefObject, useEffect, useMemo, useRef } from 'react';
import type { Passage, Term } from '@/domain/lesson-schema';
import { sentenceTimes, type TimedSentence } from '@/domain/sentences';
import { useActiveSearchHit, useSearchHits } from '@/features/search/search-store';
import type { TermMatch } from '@/domain/term-matcher';
import { TermMark } from '@/features/terms/term-mark';
import { wordPieces } from '@/features/words/word-pieces';
import { useWordLayer, type WordLayer, WordText } from '@/features/words/word-text';
import type { TranscriptHandle } from '@/features/transcript/transcript-handle';
import { selectHighlightedTerm, useTermStore } from '@/stores/term-store';
import { type Span, splitBySpans } from '@/utils/segments';
import { setCurrentSentence } from './active-line';
import { keepOpeningsWithNext, rubyText, useRuby } from './ruby-text';
import { useIsCurrentSentence } from './use-current-sentence';
import './passage-text.css';

interface PassageTextProps {
  lessonId: string;
  passage: Passage;
  passageIndex: number;
  language: 'en' | 'zh';
  pinyin: boolean;
  termMatches: readonly TermMatch[];
  terms: ReadonlyMap<string, Term>;
  transcript: RefObject<TranscriptHandle | null>;
  getActiveLine: () => Element | null;
}

type TextProps = Omit<PassageTextProps, 'language'>;

/** English has no words to look up: its text watches no word file. */
const NO_WORDS: WordLayer = { words: null, current: -1, idBase: '' };

/**
 * A passage's Chinese as the reader sees it: the decorated text (see useDecoratedText), whose
 * words open their dictionary cards once the word file is there.
 */
export function ChinesePassageText(props: TextProps) {
  const { lessonId, passage, passageIndex } = props;
  const layer = useWordLayer(lessonId, passage, passageIndex);
  const content = useDecoratedText({ ...props, language: 'zh' }, layer);
  return (
    <WordText lessonId={lessonId} passage={passage} passageIndex={passageIndex} layer={layer}>
      {content}
    </WordText>
  );
}

/** A passage's English as the reader sees it (see useDecoratedText). */
export function EnglishPassageText(props: TextProps) {
  return useDecoratedText({ ...props, language: 'en' }, NO_WORDS);
}

/**
 * A passage's text, where the features meet: sentences (the one being spoken is marked), key
 * terms that open their definitions, the Chinese words that open their dictionary cards, search
 * matches as <mark>, and pinyin over the Chinese. All of it React text nodes. It re-renders only
 * for its own passage.
 */
function useDecoratedText(
  {
    passage,
    passageIndex,
    language,
    pinyin,
    termMatches,
    terms,
    transcript,
    getActiveLine,
  }: PassageTextProps,
  layer: WordLayer,
): ReactNode {
  const text = passage[language];
  const lit = useTermStore(selectHighlightedTerm(passageIndex));
  const ruby = useRuby(text, pinyin);
  const times = sentenceTimes(passage);
  const hits = useHitSpans(passageIndex, language);
  const { words, current: readingWord, idBase } = layer;
  const activeRef = useRef<HTMLElement>(null);
  const activeHit = hits.find((h) => h.value);
  useEffect(() => {
    if (activeHit && activeRef.current) transcript.current?.reveal(activeRef.current);
  }, [activeHit, transcript]);

  const sentences = language === 'zh' ? times.zh : times.en;
  // Each sentence's content, built once per change of what it shows: becoming the current
  // passage or moving to the next sentence only marks a sentence, and renders none again.
  const pieces = useMemo(() => {
    const wordLayer = { words, current: readingWord, idBase };
    const marked = (from: number, to: number): ReactNode[] =>
      splitBySpans(from, to, hits).map((piece) => {
        const content = rubyText(text, piece.start, piece.end, ruby);
        if (piece.value === undefined) return <Fragment key={piece.start}>{content}</Fragment>;
        return (
          <mark
            key={piece.start}
            ref={piece.value ? activeRef : undefined}
            data-active={piece.value || undefined}
          >
            {content}
          </mark>
        );
      });

    const withTerms = (from: number, to: number): ReactNode[] =>
      keepOpeningsWithNext(
        text,
        splitBySpans(
          from,
          to,
          termMatches.map((m) => ({ ...m, value: m })),
        ),
        ruby,
        (piece) => {
          const term = piece.value && terms.get(piece.value.termId);
          // Outside key terms, the Chinese is divided into words; a term stays whole.
          if (!term)
            return (
              <Fragment key={piece.start}>
                {language === 'zh'
                  ? wordPieces(words, piece.start, piece.end, marked, wordLayer)
                  : marked(piece.start, piece.end)}
              </Fragment>
            );
          const key = `${passageIndex}-${language}-${piece.start}`;
          return (
            <TermMark
              key={key}
              occurrenceKey={key}
              term={term}
              passageIndex={passageIndex}
              paired={lit === term.id}
              getActiveLine={getActiveLine}
            >
              {marked(piece.start, piece.end)}
            </TermMark>
          );
        },
      );
    return sentences
      ? sentences.map((sentence) => withTerms(sentence.start, sentence.end))
      : [withTerms(0, text.length)];
  }, [
    sentences,
    text,
    hits,
    ruby,
    termMatches,
    terms,
    language,
    words,
    readingWord,
    idBase,
    passageIndex,
    lit,
    getActiveLine,
  ]);

  return sentences
    ? sentences.map((sentence, i) => (
        <Sentence key={sentence.start} passageIndex={passageIndex} times={times.zh} index={i}>
          {pieces[i]}
        </Sentence>
      ))
    : pieces[0];
}

/**
 * One sentence; it renders again only when it becomes or stops being the one spoken (see
 * useIsCurrentSentence), so a passage change renders no passage's text again.
 */
const Sentence = memo(function Sentence({
  passageIndex,
  times,
  index,
  children,
}: {
  passageIndex: number;
  times: readonly TimedSentence[];
  index: number;
  children: ReactNode;
}) {
  const current = useIsCurrentSentence(passageIndex, times, index);
  return (
    <span
      className="sentence"
      data-current={current ? 'true' : undefined}
      ref={current ? setCurrentSentence : undefined}
    >
      {children}
    </span>
  );
});

/** This passage's search hits in one language; `value` says whether it is the current hit. */
function useHitSpans(passageIndex: number, language: 'en' | 'zh'): Span<boolean>[] {
  const allHits = useSearchHits(passageIndex);
  const activeHit = useActiveSearchHit(passageIndex);
  return useMemo(
    () =>
      allHits
        .filter((hit) => hit.language === language)
        .map((hit) => ({ start: hit.start, end: hit.end, value: hit === activeHit })),
    [allHits, activeHit, language],
  );
}
