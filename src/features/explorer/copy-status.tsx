import { useEffect, useRef } from 'react';
import { Button } from '../../ui/button';
import type { CopyStatus } from './use-path-copy';

/** Confirms a copied path, or offers it selected in a box when the clipboard refused. */
export function CopyStatusView({
  status,
  onDismiss,
}: {
  status: CopyStatus;
  onDismiss: () => void;
}) {
  const boxRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (status && !status.copied) boxRef.current?.select();
  }, [status]);
  return (
    <div aria-live="polite" className="text-xs">
      {status?.copied && (
        <p className="text-emerald-700 dark:text-emerald-400">
          Copied <code className="font-mono">{status.text}</code>
        </p>
      )}
      {status && !status.copied && (
        <div className="flex flex-col gap-1 text-amber-800 dark:text-amber-300">
          <p>The clipboard is not available here: copy the path from this box (Ctrl+C).</p>
          <div className="flex gap-1">
            <input
              ref={boxRef}
              readOnly
              aria-label="Path to copy"
              value={status.text}
              onFocus={(e) => e.target.select()}
              className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 font-mono text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            />
            <Button onClick={onDismiss}>Close</Button>
          </div>
        </div>
      )}
    </div>
  );
}
