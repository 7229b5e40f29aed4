import { type ReactNode, useMemo } from 'react';
import { useT } from '@/i18n/ui-language';
import { lazyModule } from '@/lib/lazy/lazy-module';
import { usePlaybackStore } from '@/stores/playback-store';
import { LoadFailure } from '@/ui/load-failure';
import { useLazyModule } from '@/ui/use-lazy-module';

// The pinyin dictionary is larger than the rest of the app: it loads when pinyin is first
// turned on, never at first paint.
const pinyinModule = lazyModule(() => import('@/domain/pinyin'));

/** Where pinyin would be, if its code could not be loaded: one message with a retry. */
export function PinyinLoadFailure() {
  const t = useT();
  const wanted = usePlaybackStore((s) => s.pinyin && s.language !== 'en');
  const { status, retry } = useLazyModule(pinyinModule, wanted);
  if (!wanted || status !== 'failed') return null;
  return <LoadFailure message={t('load.pinyin')} onRetry={retry} />;
}

export interface RubyPiece {
  start: number;
  end: number;
  text: string;
  pinyin?: string;
}

/** Pinyin for the whole passage at once (readings depend on context), with text offsets. */
export function useRuby(text: string, enabled: boolean): readonly RubyPiece[] | null {
  const pinyin = useLazyModule(pinyinModule, enabled).module;
  return useMemo(() => {
    if (!pinyin) return null;
    let offset = 0;
    return pinyin.toRubySegments(text).map((segment) => {
      const piece = { ...segment, start: offset, end: offset + segment.text.length };
      offset = piece.end;
      return piece;
    });
  }, [text, pinyin]);
}

/** The text of [from, to) with a <ruby> over each Han character when pinyin is on. */
export function rubyText(
  text: string,
  from: number,
  to: number,
  ruby: readonly RubyPiece[] | null,
): ReactNode {
  if (!ruby) return text.slice(from, to);
  const nodes: ReactNode[] = [];
  for (const piece of ruby) {
    if (piece.end <= from || piece.start >= to) continue;
    if (piece.pinyin && piece.start >= from && piece.end <= to)
      nodes.push(
        <ruby key={piece.start}>
          {piece.text}
          <rt>{piece.pinyin}</rt>
        </ruby>,
      );
    else nodes.push(text.slice(Math.max(from, piece.start), Math.min(to, piece.end)));
  }
  return nodes;
}
