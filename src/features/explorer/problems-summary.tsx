import { useRef } from 'react';
import type { RowProblem } from './problem-index';

const SHOWN = 50;

/** Props of the problem count. */
export interface ProblemsSummaryProps {
  problems: RowProblem[];
  /** Why the JSON view's text does not parse (the payload keeps its last valid version meanwhile). */
  parseError?: string | null;
  /** Shows the field a problem concerns in the tree. */
  onReveal: (problem: RowProblem) => void;
}

/** How many problems the payload has, opening to the list of them; or that its JSON does not parse. */
export function ProblemsSummary({ problems, parseError, onReveal }: ProblemsSummaryProps) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  if (parseError) {
    return (
      <p title={parseError} className="text-xs font-semibold text-red-700 dark:text-red-400">
        JSON does not parse
      </p>
    );
  }
  if (problems.length === 0) {
    return <p className="text-xs text-emerald-700 dark:text-emerald-400">No problems</p>;
  }
  const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
  return (
    <details ref={detailsRef} className="relative text-xs">
      <summary className="cursor-pointer font-semibold text-red-700 dark:text-red-400">
        {count}
      </summary>
      <ul
        aria-label="Problems"
        className="absolute top-full left-0 z-30 mt-1 max-h-72 w-80 overflow-auto rounded border border-slate-300 bg-white p-1 shadow-lg dark:border-slate-600 dark:bg-slate-800"
      >
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>
            <button
              type="button"
              onClick={() => {
                detailsRef.current?.removeAttribute('open');
                onReveal(problem);
              }}
              className="w-full rounded px-1 py-0.5 text-left hover:bg-slate-100 dark:hover:bg-slate-700"
            >
              <code className="font-mono font-semibold">{problem.id || 'payload'}</code>{' '}
              {problem.message}
            </button>
          </li>
        ))}
        {problems.length > SHOWN && (
          <li className="px-1 text-slate-500">and {problems.length - SHOWN} more</li>
        )}
      </ul>
    </details>
  );
}
