import { type ReactNode, useState } from 'react';
import { ONE_COLUMN, useMediaQuery } from './use-media-query';

/**
 * Tools that fit a wide screen's bar but would crowd a phone's: in the one-column layout they
 * hide behind a "More" disclosure (the button says whether they are shown) and, when shown,
 * wrap into the bar after it; on wide screens they are simply there.
 */
export function MoreTools({ label, children }: { label: string; children: ReactNode }) {
  const narrow = useMediaQuery(ONE_COLUMN);
  const [open, setOpen] = useState(false);
  if (!narrow) return children;
  return (
    <>
      <button
        type="button"
        className="button toggle more-tools"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open && children}
    </>
  );
}
