import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';

/** Props of a text input with a list of known values. */
export interface ComboboxProps {
  value: string;
  /** Called with the text as the user types. */
  onChange: (text: string) => void;
  /** Known values offered in the list; any other text is allowed too. */
  options: readonly string[];
  /** Accessible name. */
  label: string;
  /** Called when the user picks a value from the list. */
  onPick?: (option: string) => void;
  /** Keys the list does not use (Enter and Escape while the list is closed, for example). */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
  ref?: Ref<HTMLInputElement>;
  className?: string;
}

/** A combobox: free text, with the known values listed below to pick from. */
export function Combobox({
  value,
  onChange,
  options,
  label,
  onPick,
  onKeyDown,
  onBlur,
  invalid,
  describedBy,
  ref,
  className = '',
}: ComboboxProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(-1);
  const needle = value.trim().toLowerCase();
  const shown =
    !needle || options.includes(value)
      ? options
      : options.filter((o) => o.toLowerCase().includes(needle));
  const listed = open && shown.length > 0;
  // The list sits in the top layer, anchored to the input, so scrolling panes never clip it.
  const listRef = useRef<HTMLUListElement>(null);
  const anchor = `--combobox-${id.replace(/[^\w-]/g, '')}`;
  useEffect(() => {
    const list = listRef.current;
    if (!list?.showPopover) return;
    if (listed && !list.matches(':popover-open')) list.showPopover();
    if (!listed && list.matches(':popover-open')) list.hidePopover();
  }, [listed]);
  const pick = (option: string) => {
    setOpen(false);
    setHighlight(-1);
    onChange(option);
    onPick?.(option);
  };
  const handleKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const from = highlight === -1 ? shown.indexOf(value) : highlight;
      setOpen(true);
      setHighlight(Math.max(0, Math.min(shown.length - 1, from + step)));
      return;
    }
    if (listed && e.key === 'Enter' && shown[highlight] !== undefined) {
      e.preventDefault();
      e.stopPropagation();
      pick(shown[highlight]);
      return;
    }
    if (listed && e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      return;
    }
    onKeyDown?.(e);
  };
  return (
    <div className={`relative min-w-0 ${className}`}>
      <input
        ref={ref}
        role="combobox"
        aria-label={label}
        aria-expanded={listed}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={listed && highlight >= 0 ? `${id}-${highlight}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setHighlight(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onKeyDown={handleKey}
        style={{ anchorName: anchor }}
        className="w-full rounded border border-sky-500 bg-white px-1 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100"
      />
      <ul
        ref={listRef}
        popover="manual"
        id={`${id}-list`}
        role="listbox"
        aria-label={`Known values of ${label}`}
        style={{
          positionAnchor: anchor,
          inset: 'anchor(bottom) auto auto anchor(left)',
          margin: '2px 0',
          minWidth: 'anchor-size(width)',
          positionTryFallbacks: 'flip-block',
        }}
        className="max-h-48 overflow-auto rounded border border-slate-300 bg-white py-0.5 text-xs shadow-lg dark:border-slate-600 dark:bg-slate-800"
      >
        {shown.map((option, i) => (
          <li
            key={option}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === highlight}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(option)}
            className={`cursor-pointer px-2 py-0.5 font-mono ${
              i === highlight ? 'bg-sky-100 dark:bg-sky-900' : ''
            } ${option === value ? 'font-semibold' : ''}`}
          >
            {option}
          </li>
        ))}
      </ul>
    </div>
  );
}
