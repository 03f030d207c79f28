/** Validation messages of table rows, from a zod schema of the whole table, by row and field; the environment's per runtime. */
import type { z } from 'zod';
import { rulesOf } from '../../schema/platform';
import { envSchema, type Runtime } from '../../schema/workspace';

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

/** The limits of environment variables in `runtime`, as the settings hint states them. */
export function envLimitsText(runtime: Runtime): string {
  const { envNameChars, envValueChars, envCount } = rulesOf(runtime).limits;
  const name = runtime.toUpperCase();
  const count = envCount === null ? '' : `, at most ${envCount.toLocaleString('en-US')} variables`;
  return `${name}: names at most ${envNameChars.toLocaleString('en-US')} characters, values at most ${envValueChars.toLocaleString('en-US')}${count}`;
}

/** The schema of the environment table in `runtime`: the saved rows, flagged past that runtime's limits. */
export function envSchemaOf(runtime: Runtime): z.ZodType {
  const { envNameChars, envValueChars, envCount } = rulesOf(runtime).limits;
  const name = runtime.toUpperCase();
  return envSchema.superRefine((rows, ctx) => {
    rows.forEach((row, index) => {
      if (row.key.length > envNameChars)
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `${name} takes names of at most ${envNameChars.toLocaleString('en-US')} characters`,
        });
      if (row.value.length > envValueChars)
        ctx.addIssue({
          code: 'custom',
          path: [index, 'value'],
          message: `${name} takes values of at most ${envValueChars.toLocaleString('en-US')} characters`,
        });
      if (envCount !== null && index >= envCount)
        ctx.addIssue({
          code: 'custom',
          path: [index, 'row'],
          message: `${name} takes at most ${envCount.toLocaleString('en-US')} variables`,
        });
    });
  });
}
