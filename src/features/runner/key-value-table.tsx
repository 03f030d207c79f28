import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { KeyValue } from '../../schema/workspace';
import { Button } from '../../ui/button';
import { rowProblems } from './row-problems';

/** Props of a key/value table. */
export interface KeyValueTableProps<R extends KeyValue> {
  /** Heading and accessible name of the table. */
  title: string;
  /** Singular noun for a row (`variable`, `secret`). */
  noun: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  /** Schema of the whole table, for the validation messages. */
  schema: z.ZodType;
  /** What the table is for, shown under the heading. */
  hint: ReactNode;
  /** A third cell per row (the secret's type), given the row, its index and a way to change it. */
  extraCell?: (row: R, index: number, update: (change: Partial<R>) => void) => ReactNode;
}

const inputStyle =
  'w-full rounded border bg-white px-1 py-0.5 font-mono text-xs dark:bg-slate-800 aria-[invalid=true]:border-red-500 border-slate-300 dark:border-slate-600';

/** An editable table of key/value rows (environment variables, secrets) with the platform's limits checked. */
export function KeyValueTable<R extends KeyValue>({
  title,
  noun,
  rows,
  onChange,
  schema,
  hint,
  extraCell,
}: KeyValueTableProps<R>) {
  const problems = rowProblems(schema, rows);
  const update = (index: number, change: Partial<R>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const columns = extraCell ? 'grid-cols-[1fr_2fr_auto_auto]' : 'grid-cols-[1fr_2fr_auto]';
  return (
    <section aria-label={title} className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold">{title}</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">{hint}</p>
      {rows.map((row, index) => {
        const problem = problems[index];
        const id = `${noun}-${index}`;
        return (
          <div key={index} className={`grid ${columns} items-start gap-1`}>
            <input
              aria-label={`${noun} ${index + 1} name`}
              value={row.key}
              placeholder="NAME"
              aria-invalid={!!problem?.key}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => update(index, { key: e.target.value } as Partial<R>)}
              className={inputStyle}
            />
            <input
              aria-label={`${noun} ${index + 1} value`}
              value={row.value}
              placeholder="value"
              aria-invalid={!!problem?.value}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => update(index, { value: e.target.value } as Partial<R>)}
              className={inputStyle}
            />
            {extraCell?.(row, index, (change) => update(index, change))}
            <Button
              variant="ghost"
              aria-label={`Remove ${noun} ${index + 1}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ✕
            </Button>
            {problem && (
              <p
                id={`${id}-problem`}
                className="col-span-full text-xs text-red-700 dark:text-red-300"
              >
                {Object.values(problem).join('; ')}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <Button onClick={() => onChange([...rows, { key: '', value: '' } as R])}>Add {noun}</Button>
      </div>
    </section>
  );
}
