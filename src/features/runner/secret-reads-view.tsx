import type { SecretRead } from '../../sandbox/protocol';
import { secretSourceText } from './secret-texts';

/** The Result's "Secrets read" list: each SecretClient read of the run, its key and where it came from (never its value). */
export function SecretReadsView({ reads }: { reads: readonly SecretRead[] }) {
  if (reads.length === 0) return null;
  return (
    <section aria-label="Secrets read">
      <h3 className="text-xs font-semibold">Secrets read</h3>
      <ol className="list-decimal pl-5 text-xs">
        {reads.map((read, index) => (
          <li key={index}>
            <code>{read.key}</code> {secretSourceText(read.from)}
          </li>
        ))}
      </ol>
    </section>
  );
}
