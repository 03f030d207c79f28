import type { KeyboardEvent, Ref } from 'react';

/** Props of an on/off switch. */
export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Accessible name. */
  label: string;
  tabIndex?: number;
  ref?: Ref<HTMLButtonElement>;
  onKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onBlur?: () => void;
}

/** A toggle with role switch, showing its state as a sliding knob. */
export function Switch({
  checked,
  onChange,
  label,
  tabIndex,
  ref,
  onKeyDown,
  onBlur,
}: SwitchProps) {
  return (
    <button
      ref={ref}
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      tabIndex={tabIndex}
      onClick={(e) => {
        e.stopPropagation();
        onChange(!checked);
      }}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      className={`relative inline-flex h-4 w-7 shrink-0 items-center rounded-full transition-colors ${
        checked ? 'bg-sky-700 dark:bg-sky-500' : 'bg-slate-500'
      }`}
    >
      <span
        className={`inline-block h-3 w-3 rounded-full bg-white transition-transform ${
          checked ? 'translate-x-3.5' : 'translate-x-0.5'
        }`}
      />
    </button>
  );
}
