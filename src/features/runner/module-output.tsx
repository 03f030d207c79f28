import type { ModuleOutputLine } from '../../sandbox/protocol';

/** Module-level console output (Node's console printed it, outside the logs), stderr lines marked. */
export function ModuleOutputBlock({
  lines,
  dropped = 0,
  label,
}: {
  lines: readonly ModuleOutputLine[];
  dropped?: number | undefined;
  label: string;
}) {
  if (lines.length === 0) return null;
  return (
    <section aria-label={label} className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold">{label}</h3>
      <pre className="overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-900">
        {lines.map((line, index) => (
          <div
            key={index}
            className={line.stream === 'stderr' ? 'text-red-800 dark:text-red-300' : undefined}
            title={line.stream}
          >
            {line.text}
          </div>
        ))}
      </pre>
      {dropped > 0 && (
        <p className="text-xs text-amber-700 dark:text-amber-300">
          {dropped.toLocaleString('en')} more lines were printed (only the first{' '}
          {lines.length.toLocaleString('en')} are kept).
        </p>
      )}
    </section>
  );
}
