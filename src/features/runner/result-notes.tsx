import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { useRunState } from './run-state';
import { staleText, takeSnapshot } from './stale-result';

/** Why the last Run was refused, while the reason holds (the payload's JSON still does not parse). */
export function useRefusal(): string | null {
  const refused = useRunState((s) => s.refused);
  const broken = useStore((s) => s.payloadDraftError !== null);
  return broken ? refused : null;
}

/** `Out of date: …` under the status while the shown result no longer matches the workspace. */
export function StaleNote() {
  const ranWith = useRunState((s) => s.ranWith);
  const running = useRunState((s) => s.running);
  const now = useStore(useShallow(takeSnapshot));
  const text = useMemo(
    () => (ranWith && !running ? staleText(ranWith, now) : null),
    [ranWith, running, now],
  );
  if (!text) return null;
  return (
    <p
      role="note"
      className="mx-2 mb-1 rounded border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {text} Run again to bring it up to date.
    </p>
  );
}
