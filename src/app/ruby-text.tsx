import { type ReactNode, useEffect, useMemo, useState } from 'react';

type PinyinModule = typeof import('@/features/pinyin/pinyin');
// The pinyin dictionary is larger than the rest of the app: it loads when pinyin is first
// turned on, never at first paint.
let pinyinModule: PinyinModule | null = null;
let loading: Promise<PinyinModule> | null = null;
const loadPinyin = () =>
  (loading ??= import('@/features/pinyin/pinyin').then((module) => (pinyinModule = module)));

function usePinyinModule(enabled: boolean): PinyinModule | null {
  const [module, setModule] = useState(pinyinModule);
  useEffect(() => {
    if (enabled && !module) void loadPinyin().then(setModule);
  }, [enabled, module]);
  return enabled ? module : null;
}

export interface RubyPiece {
  start: number;
  end: number;
  text: string;
  pinyin?: string;
}

/** Pinyin for the whole passage at once (readings depend on context), with text offsets. */
export function useRuby(text: string, enabled: boolean): readonly RubyPiece[] | null {
  const pinyin = usePinyinModule(enabled);
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
