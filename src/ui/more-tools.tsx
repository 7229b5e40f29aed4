import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';

/**
 * Tools that fit a wide screen's bar but would crowd a phone's: in the one-column layout they
 * hide behind a "More" disclosure (the button says whether they are shown) and, when shown,
 * wrap into the bar after it; on wide screens they are simply there and the button is not. The
 * style sheet decides (controls.css), so a page drawn before the app runs (a lesson's first
 * screen) is laid out as the app will lay it out. Escape, from the button or a tool it shows,
 * hides them again and puts focus back on the button.
 */
export function MoreTools({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing || !open) return;
    // A card a tool opens in a portal of its own answers its own Escape: React bubbles the key
    // here through the portal, though the card is not inside the list.
    if (!event.currentTarget.contains(event.target as Node)) return;
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button toggle more-tools"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={handleKeyDown}
      >
        {label}
      </button>
      {/* Keys pressed on the tools inside reach the list as they bubble: the list itself takes
          no focus and answers nothing but Escape. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className="more-tools-list" data-open={open || undefined} onKeyDown={handleKeyDown}>
        {children}
      </div>
    </>
  );
}
