import type { Middleware } from '@floating-ui/react';

const overlap = (top: number, bottom: number, otherTop: number, otherBottom: number) =>
  Math.max(0, Math.min(bottom, otherBottom) - Math.max(top, otherTop));

/**
 * Floating UI middleware: puts the popover on the side of its term (above or below) that covers
 * less of the line being spoken, when that side has room. It runs before `flip`, so staying on
 * screen still wins. A term inside the active line cannot avoid it and is left alone.
 */
export function avoidActiveLine(getActiveLine: () => Element | null, gap: number): Middleware {
  return {
    name: 'avoidActiveLine',
    fn({ placement, rects, elements, middlewareData }) {
      if (middlewareData.avoidActiveLine) return {};
      const active = getActiveLine();
      const reference = elements.reference;
      if (!active || !(reference instanceof Element) || active.contains(reference))
        return { data: { checked: true } };
      const term = reference.getBoundingClientRect();
      const line = active.getBoundingClientRect();
      const height = rects.floating.height + gap;
      const below = overlap(term.bottom, term.bottom + height, line.top, line.bottom);
      const above = overlap(term.top - height, term.top, line.top, line.bottom);
      const side = placement.split('-')[0];
      const align = placement.split('-')[1];
      const next =
        side === 'bottom' && above < below && term.top - height >= 0
          ? 'top'
          : side === 'top' && below < above && term.bottom + height <= window.innerHeight
            ? 'bottom'
            : null;
      if (!next) return { data: { checked: true } };
      return {
        data: { checked: true },
        reset: { placement: align ? (`${next}-${align}` as typeof placement) : next },
      };
    },
  };
}
