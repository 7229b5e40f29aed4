import { type ReactNode, type Ref, useId } from 'react';
import './side-panel.css';

interface SidePanelProps {
  title: string;
  /** The close button's name, e.g. "Close glossary". */
  closeLabel: string;
  onClose: () => void;
  /** Extra class for the panel's own styles. */
  className?: string;
  closeRef?: Ref<HTMLButtonElement>;
  children: ReactNode;
  /** Drawn after the body, outside its scrolling (e.g. the sheet that only prints). */
  after?: ReactNode;
}

/** The one shell of a side panel: a region named by its heading, a close button, a body. */
export function SidePanel({
  title,
  closeLabel,
  onClose,
  className,
  closeRef,
  children,
  after,
}: SidePanelProps) {
  const headingId = useId();
  return (
    <section
      className={className ? `side-panel ${className}` : 'side-panel'}
      aria-labelledby={headingId}
    >
      <header className="side-panel-header">
        <h2 id={headingId}>{title}</h2>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {closeLabel}
        </button>
      </header>
      <div className="side-panel-body">{children}</div>
      {after}
    </section>
  );
}
