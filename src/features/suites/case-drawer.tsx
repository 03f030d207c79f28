import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../ui/button';

/** Props of the case editor's pane. */
export interface CaseDrawerProps {
  /** Changes when another case opens in the pane: focus moves to its first field again. */
  focusKey: string;
  onClose: () => void;
  children: ReactNode;
}

const FIELDS = 'input, select, textarea, button';

/**
 * The pane the case editor opens in (dialog `Edit test case`): the full height below the run
 * toolbar, beside the tests panel (whose width the main area gives as `--tests-width`), so the
 * cases stay in sight. Focus moves into it and back where it was when it closes; Esc closes it.
 */
export function CaseDrawer({ focusKey, onClose, children }: CaseDrawerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>(`form :is(${FIELDS})`)?.focus();
  }, [focusKey]);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
      style={{ right: 'min(var(--tests-width, 0px), calc(100% - 20rem))' }}
      className="absolute inset-y-0 left-0 z-30 flex flex-col border-r border-slate-300 bg-white shadow-xl dark:border-slate-700 dark:bg-slate-950"
    >
      <div className="flex items-center gap-2 border-b border-slate-200 px-2 py-1.5 dark:border-slate-800">
        <h3 id={titleId} className="text-sm font-semibold">
          Edit test case
        </h3>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          Every change is saved as you type.
        </span>
        <Button variant="ghost" className="ml-auto" aria-label="Close" onClick={onClose}>
          ×
        </Button>
      </div>
      <div className="min-h-0 flex-1 overflow-auto">{children}</div>
    </div>
  );
}
