import type { ReactNode } from 'react';

interface ToggleButtonProps {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
  disabled?: boolean;
  children: ReactNode;
}

/** A button that stays pressed while its setting is on (aria-pressed), drawn as one. */
export function ToggleButton({ pressed, onPressedChange, disabled, children }: ToggleButtonProps) {
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={() => onPressedChange(!pressed)}
    >
      {children}
    </button>
  );
}
