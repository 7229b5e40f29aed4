/** A labelled range of a text, UTF-16 offsets, end exclusive. */
export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

export interface Piece<T> {
  start: number;
  end: number;
  /** The span this piece lies in, or undefined for text between spans. */
  value?: T;
}

/**
 * Cuts [from, to) into consecutive pieces at the edges of `spans` (sorted, non-overlapping),
 * clipping spans that reach outside the range. The pieces cover the range with no gaps.
 */
export function splitBySpans<T>(from: number, to: number, spans: readonly Span<T>[]): Piece<T>[] {
  const pieces: Piece<T>[] = [];
  let cursor = from;
  for (const span of spans) {
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (end <= start) continue;
    if (start > cursor) pieces.push({ start: cursor, end: start });
    pieces.push({ start, end, value: span.value });
    cursor = end;
  }
  if (cursor < to) pieces.push({ start: cursor, end: to });
  return pieces;
}
