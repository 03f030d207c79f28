/** The call stack at the current step: each function with its line; a click moves to that frame's step. */
import { useCallStack, useDebugSession } from './debug-session';

/** The Call stack list. */
export function CallStack() {
  const stack = useCallStack();
  const moveTo = useDebugSession((s) => s.moveTo);
  return (
    <ol aria-label="Call stack" className="space-y-0.5 text-xs">
      {stack.map((entry, i) => (
        <li key={entry.frame}>
          <button
            type="button"
            aria-current={i === 0 ? 'step' : undefined}
            onClick={() => moveTo(entry.step)}
            className={`w-full rounded px-1 text-left font-mono hover:bg-slate-200 dark:hover:bg-slate-700 ${
              i === 0 ? 'font-semibold' : ''
            }`}
          >
            {entry.name}{' '}
            <span className="text-slate-600 dark:text-slate-300">line {entry.line}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
