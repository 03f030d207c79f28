/** Validation messages of table rows, from a zod schema of the whole table, by row and field. */
import type { z } from 'zod';

/** Problems of a table: `problems[row][field]` is the message for that cell. */
export type RowProblems = Record<number, Record<string, string>>;

/** Runs `schema` on `rows` and files each issue under its row and field; also flags repeated keys. */
export function rowProblems(
  schema: z.ZodType,
  rows: readonly object[],
  repeated = 'this key is used twice',
): RowProblems {
  const problems: RowProblems = {};
  const file = (row: number, field: string, message: string) => {
    problems[row] ??= {};
    problems[row][field] ??= message;
  };
  const parsed = schema.safeParse(rows);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [row, field] = issue.path;
      if (typeof row === 'number')
        file(row, typeof field === 'string' ? field : 'row', issue.message);
    }
  }
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = (row as { key?: unknown }).key;
    if (typeof key !== 'string' || key === '') return;
    if (seen.has(key)) file(index, 'key', repeated);
    else seen.set(key, index);
  });
  return problems;
}
