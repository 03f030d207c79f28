import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/** Props of a pane divider. */
export interface ResizeHandleProps {
  /** What the divider resizes, for its accessible name. */
  label: string;
  orientation: 'vertical' | 'horizontal';
  value: number;
  min: number;
  max: number;
  /** Called with the new size in pixels. */
  onResize: (size: number) => void;
  /** +1 when dragging right/down grows the pane, -1 when it shrinks it. */
  direction?: 1 | -1;
}

/** A draggable, keyboard-operable divider between two panes. */
export function ResizeHandle({
  label,
  orientation,
  value,
  min,
  max,
  onResize,
  direction = 1,
}: ResizeHandleProps) {
  const start = useRef<{ pointer: number; size: number } | null>(null);
  const axis = (e: PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY);
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 50 : 10;
    const grow =
      orientation === 'vertical' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
    if (e.key === grow[0]) onResize(clamp(value + step * direction));
    else if (e.key === grow[1]) onResize(clamp(value - step * direction));
    else return;
    e.preventDefault();
  };
  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { pointer: axis(e), size: value };
      }}
      onPointerMove={(e) => {
        if (start.current)
          onResize(clamp(start.current.size + (axis(e) - start.current.pointer) * direction));
      }}
      onPointerUp={() => (start.current = null)}
      className={`shrink-0 bg-slate-200 hover:bg-sky-400 focus-visible:bg-sky-500 dark:bg-slate-700 ${
        orientation === 'vertical' ? 'w-1.5 cursor-col-resize' : 'h-1.5 cursor-row-resize'
      }`}
    />
  );
}
