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

// Each ruby is a box of its own, and a line may break between an opening bracket or quotation
// mark and the box after it, leaving “ at the end of a line. `.ruby-opening` (nowrap) keeps
// them together: round the mark and its ruby where both are in one run of text; where the mark
// ends one element's text and the next element (a key term) begins with a ruby, round the
// mark and that element, and round the ruby inside again (Firefox decides the break by the
// ruby's parent; Chromium, as the spec says, by the nearest parent of both).
const OPENING_MARKS = '“‘《「『（〈【〔([';

/** How many opening marks end text[from, to). */
function openingMarksAtEnd(text: string, from: number, to: number): number {
  let n = 0;
  while (to - n > from && OPENING_MARKS.includes(text[to - n - 1]!)) n++;
  return n;
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
  // Opening marks waiting for the ruby after them: those before `from`, in another element.
  let opening = from > 0 && openingMarksAtEnd(text, 0, from) ? null : '';
  for (const piece of ruby) {
    if (piece.end <= from || piece.start >= to) continue;
    if (piece.pinyin && piece.start >= from && piece.end <= to) {
      const node = (
        <ruby key={piece.start}>
          {piece.text}
          <rt>{piece.pinyin}</rt>
        </ruby>
      );
      nodes.push(
        opening === '' ? (
          node
        ) : (
          <span key={piece.start} className="ruby-opening">
            {opening}
            {node}
          </span>
        ),
      );
      opening = '';
      continue;
    }
    if (opening) nodes.push(opening);
    const plain = text.slice(Math.max(from, piece.start), Math.min(to, piece.end));
    opening = plain.slice(plain.length - openingMarksAtEnd(plain, 0, plain.length));
    if (plain.length > opening.length) nodes.push(plain.slice(0, plain.length - opening.length));
  }
  if (opening) nodes.push(opening);
  return nodes;
}

/**
 * `pieces` drawn in order, with pinyin on an opening mark that ends one piece kept on the line
 * of the piece after it (a key term): the mark is drawn as a piece of its own, and the two in
 * one `.ruby-opening`.
 */
export function keepOpeningsWithNext<P extends { start: number; end: number }>(
  text: string,
  pieces: readonly P[],
  ruby: readonly RubyPiece[] | null,
  draw: (piece: P) => ReactNode,
): ReactNode[] {
  if (!ruby) return pieces.map(draw);
  const nodes: ReactNode[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    const marks = next ? openingMarksAtEnd(text, piece.start, piece.end) : 0;
    if (!next || !marks) {
      nodes.push(draw(piece));
      continue;
    }
    const at = piece.end - marks;
    if (at > piece.start) nodes.push(draw({ ...piece, end: at }));
    nodes.push(
      <span key={`o${at}`} className="ruby-opening">
        {draw({ ...piece, start: at })}
        {draw(next)}
      </span>,
    );
    i++;
  }
  return nodes;
}
