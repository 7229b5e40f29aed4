import { memo, type ReactNode, useCallback } from 'react';
import type { Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { useIsActivePassage } from '@/stores/active-passage';
import type { LanguageMode } from '@/stores/playback-store';
import { formatClock } from '@/utils/time';
import type { TextLanguage } from './hide-translation';
import { TranslationCover } from './translation-cover';

interface PassageRowProps {
  passage: Passage;
  index: number;
  /** How many passages the lesson has: with long lessons only some rows are in the document. */
  setSize: number;
  /** Told when the row enters and leaves the document, to measure it and find it by index. */
  onMount: (index: number, element: HTMLElement | null) => void;
  language: LanguageMode;
  /** Pinyin over the Chinese, chosen once for the whole transcript. */
  pinyin: boolean;
  /** The language covered until the reader asks (hide translation), if any. */
  cover?: TextLanguage;
  /** Whether this passage's covered text is the one uncovered. */
  revealed?: boolean;
  onReveal?: (index: number) => void;
  onSeek: (passage: Passage) => void;
  renderText?: PassageTextRenderer;
  renderActions?: PassageActionsRenderer;
}

/** Lets the app add per-passage tools (links, notes, sheet) under the text. */
export type PassageActionsRenderer = (passage: Passage, index: number) => ReactNode;

/** Lets the app decorate passage text (key terms) without this feature knowing how. */
export type PassageTextRenderer = (
  passageIndex: number,
  language: 'en' | 'zh',
  text: string,
  /** Handed down so that decorations need no store subscription of their own per row. */
  state: { pinyin: boolean },
) => ReactNode;

const plainText: PassageTextRenderer = (_index, _language, text) => text;

/**
 * One passage in both languages. The row's element is all that knows whether it is the active
 * passage (a subscription to its own index), and its content is a memoised child that does not:
 * a passage change re-renders two `li`s, not their text (the spoken sentence marks itself, see
 * the app's passage text).
 */
export const PassageRow = memo(function PassageRow({
  passage,
  index,
  setSize,
  onMount,
  language,
  onSeek,
  ...content
}: PassageRowProps) {
  const active = useIsActivePassage(index);
  // Stable, so that a re-render (becoming current) does not measure the row again.
  const ref = useCallback(
    (element: HTMLElement | null) => {
      onMount(index, element);
      return () => onMount(index, null);
    },
    [index, onMount],
  );

  const handleClick = (event: React.MouseEvent) => {
    // A click that ends a text selection is for copying, not for seeking.
    if (!window.getSelection()?.isCollapsed) return;
    if ((event.target as HTMLElement).closest('button, a, input, textarea, [role="button"]'))
      return;
    onSeek(passage);
  };

  return (
    // The row's click is a mouse shortcut; the time button is its keyboard equivalent.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <li
      ref={ref}
      className="passage"
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-language={language}
      aria-current={active ? 'true' : undefined}
      onClick={handleClick}
    >
      <RowContent
        passage={passage}
        index={index}
        language={language}
        onSeek={onSeek}
        {...content}
      />
    </li>
  );
});

type RowContentProps = Omit<PassageRowProps, 'setSize' | 'onMount'>;

/** What the row shows: its time, its text in the languages shown, its tools. */
const RowContent = memo(function RowContent({
  passage,
  index,
  language,
  pinyin,
  cover,
  revealed = false,
  onReveal,
  onSeek,
  renderText = plainText,
  renderActions,
}: RowContentProps) {
  const coverable = (language: TextLanguage, text: ReactNode) =>
    cover === language ? (
      <TranslationCover revealed={revealed} onReveal={() => onReveal?.(index)}>
        {text}
      </TranslationCover>
    ) : (
      text
    );

  return (
    <>
      <RowTime passage={passage} onSeek={onSeek} />
      <div className="passage-text">
        {language !== 'en' &&
          coverable(
            'zh',
            <p lang="zh-Hans" className="passage-zh">
              {renderText(index, 'zh', passage.zh, { pinyin })}
            </p>,
          )}
        {language !== 'zh' &&
          coverable(
            'en',
            <p lang="en" className="passage-en">
              {renderText(index, 'en', passage.en, { pinyin: false })}
            </p>,
          )}
        {renderActions && <RowActions passage={passage} index={index} render={renderActions} />}
      </div>
    </>
  );
});

/** The passage's time, a button that plays from it; memoised like the tools below. */
const RowTime = memo(function RowTime({
  passage,
  onSeek,
}: {
  passage: Passage;
  onSeek: (passage: Passage) => void;
}) {
  const t = useT();
  const time = formatClock(passage.start);
  return (
    <button
      type="button"
      className="passage-time"
      aria-label={t('transcript.playFrom', { time })}
      onClick={() => onSeek(passage)}
    >
      <span aria-hidden="true" className="passage-time-icon">
        ▶
      </span>
      {time}
    </button>
  );
});

/** The row's tools; memoised, so a row becoming current does not render them again. */
const RowActions = memo(function RowActions({
  passage,
  index,
  render,
}: {
  passage: Passage;
  index: number;
  render: PassageActionsRenderer;
}) {
  return <div className="passage-actions">{render(passage, index)}</div>;
});
