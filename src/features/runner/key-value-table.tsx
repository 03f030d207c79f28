import type { z } from 'zod';
import type { KeyValue } from '../../schema/workspace';
import { Button } from '../../ui/button';
import { rowProblems } from './row-problems';

/** Props of a key/value table. */
export interface KeyValueTableProps {
  /** Heading and accessible name of the table. */
  title: string;
  /** Singular noun for a row (`variable`, `secret`). */
  noun: string;
  rows: KeyValue[];
  onChange: (rows: KeyValue[]) => void;
  /** Schema of the whole table, for the validation messages. */
  schema: z.ZodType;
  /** What the table is for, shown under the heading. */
  hint: string;
}

const inputStyle =
  'w-full rounded border bg-white px-1 py-0.5 font-mono text-xs dark:bg-slate-800 aria-[invalid=true]:border-red-500 border-slate-300 dark:border-slate-600';

/** An editable table of key/value rows (environment variables, secrets) with the platform's limits checked. */
export function KeyValueTable({ title, noun, rows, onChange, schema, hint }: KeyValueTableProps) {
  const problems = rowProblems(schema, rows);
  const update = (index: number, change: Partial<KeyValue>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <section aria-label={title} className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold">{title}</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">{hint}</p>
      {rows.map((row, index) => {
        const problem = problems[index];
        const id = `${noun}-${index}`;
        return (
          <div key={index} className="grid grid-cols-[1fr_2fr_auto] items-start gap-1">
            <input
              aria-label={`${noun} ${index + 1} name`}
              value={row.key}
              placeholder="NAME"
              aria-invalid={!!problem?.key}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => update(index, { key: e.target.value })}
              className={inputStyle}
            />
            <input
              aria-label={`${noun} ${index + 1} value`}
              value={row.value}
              placeholder="value"
              aria-invalid={!!problem?.value}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => update(index, { value: e.target.value })}
              className={inputStyle}
            />
            <Button
              variant="ghost"
              aria-label={`Remove ${noun} ${index + 1}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ✕
            </Button>
            {problem && (
              <p id={`${id}-problem`} className="col-span-3 text-xs text-red-700 dark:text-red-300">
                {Object.values(problem).join('; ')}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <Button onClick={() => onChange([...rows, { key: '', value: '' }])}>Add {noun}</Button>
      </div>
    </section>
  );
}
