/** The workspace's breakpoints: line, condition and logpoint message fields, remove, and each condition's error. */
import type { Breakpoint } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { Button } from '../../ui/button';
import type { BreakpointView } from './breakpoint-hits';

const FIELD =
  'w-full rounded border border-slate-300 bg-white px-1 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800';

/** A breakpoint with `field` set to `text`, or without it when the text is empty. */
function withField(b: Breakpoint, field: 'condition' | 'log', text: string): Breakpoint {
  const { [field]: _old, ...rest } = b;
  return text ? { ...rest, [field]: text } : rest;
}

/** The Breakpoints list. */
export function BreakpointsList({ view }: { view: BreakpointView | null }) {
  const breakpoints = useStore((s) => s.breakpoints);
  const setBreakpoints = useStore((s) => s.setBreakpoints);
  if (!breakpoints.length)
    return (
      <p className="text-xs text-slate-600 dark:text-slate-300">
        No breakpoints: click the editor's gutter or press F9 on a line.
      </p>
    );
  const replace = (line: number, next: Breakpoint | null) =>
    setBreakpoints(breakpoints.flatMap((b) => (b.line === line ? (next ? [next] : []) : [b])));
  return (
    <ul aria-label="Breakpoints" className="space-y-2 text-xs">
      {[...breakpoints]
        .sort((a, b) => a.line - b.line)
        .map((b) => {
          const error = view?.errors.get(b.line);
          const errorId = `breakpoint-error-${b.line}`;
          return (
            <li key={b.line} className="space-y-1">
              <div className="flex items-center gap-2">
                <span className="font-semibold">Line {b.line}</span>
                <Button
                  variant="ghost"
                  aria-label={`Remove the breakpoint on line ${b.line}`}
                  onClick={() => replace(b.line, null)}
                >
                  Remove
                </Button>
              </div>
              <label className="block">
                Condition
                <input
                  className={FIELD}
                  value={b.condition ?? ''}
                  placeholder="e.g. total > 10"
                  aria-label={`Condition of line ${b.line}`}
                  aria-invalid={error !== undefined && !b.log}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(e) => replace(b.line, withField(b, 'condition', e.target.value))}
                />
              </label>
              <label className="block">
                Log message
                <input
                  className={FIELD}
                  value={b.log ?? ''}
                  placeholder="e.g. total is {total}"
                  aria-label={`Log message of line ${b.line}`}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(e) => replace(b.line, withField(b, 'log', e.target.value))}
                />
              </label>
              {error && (
                <p id={errorId} className="text-red-700 dark:text-red-300">
                  {error}
                </p>
              )}
            </li>
          );
        })}
    </ul>
  );
}
