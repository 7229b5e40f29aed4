import { autoUpdate, flip, type Middleware, offset, shift, useFloating } from '@floating-ui/react';
import { ONE_COLUMN, useMediaQuery } from './use-media-query';

/** Between a card and the text it belongs to (px). */
export const CARD_GAP = 6;

interface FloatingCardOptions {
  /** The element the card belongs to; the card is not shown without one. */
  anchor: HTMLElement | null;
  /** Called when the card asks to close (Escape, a press outside, a hover ending). */
  onClose: () => void;
  /** A placement rule of the card's own, applied before flipping and shifting on screen. */
  prefer?: Middleware;
}

/**
 * The placement shared by the term popover and the word card: below and at the start of the
 * text it belongs to, flipped and shifted to stay on screen, following it as the page moves.
 * With the video above the transcript (one column), a card beside its text could cover the
 * picture: `sheet` says to show it at the foot of the window instead (floating-card.css).
 */
export function useFloatingCard({ anchor, onClose, prefer }: FloatingCardOptions) {
  const sheet = useMediaQuery(ONE_COLUMN);
  const floating = useFloating({
    open: true,
    onOpenChange: (next) => {
      if (!next) onClose();
    },
    elements: { reference: anchor },
    placement: 'bottom-start',
    middleware: [
      offset(CARD_GAP),
      ...(prefer ? [prefer] : []),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
    ],
    whileElementsMounted: autoUpdate,
  });
  return { ...floating, sheet };
}
