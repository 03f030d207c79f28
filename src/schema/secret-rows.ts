// A secret row of a workspace: its key, its value's text and its type (text or JSON), checked
// against each runtime's rules, and the stored form CLI files and `#json=` links write.
import { z } from 'zod';
import { rulesOf } from './platform';
import type { Runtime } from './workspace';

/** A secret's type, as the platform's secret store types it: text (code reads a string) or JSON (code reads the parsed value). */
export const SECRET_TYPES = ['text', 'json'] as const;
/** A secret's type. */
export type SecretType = (typeof SECRET_TYPES)[number];

/**
 * A secret row as kept: `value` is the text typed, JSON text for a JSON secret. A row without a
 * type is text (saves and links made before JSON secrets).
 */
export const secretRowSchema = z.object({
  key: z.string(),
  value: z.string(),
  type: z.enum(SECRET_TYPES).exactOptional(),
});
/** A secret row. */
export type SecretRow = z.infer<typeof secretRowSchema>;

/** The value function code reads for a row: the text, or the parsed JSON (throws a SyntaxError when it does not parse). */
export function secretValueOf(row: SecretRow): unknown {
  return row.type === 'json' ? JSON.parse(row.value) : row.value;
}

/** The characters runtime `runtime` counts of a secret value: V1 its length, V2 its JSON text (`secretValueChars`). */
export function secretValueChars(value: unknown, runtime: Runtime): number {
  if (runtime === 'v1' && typeof value === 'string') return value.length;
  return (JSON.stringify(value) ?? '').length;
}

/** Why a secret row's value cannot be stored on any of `runtimes`, or null when it can on one. */
function secretValueProblem(row: SecretRow, runtimes: readonly Runtime[]): string | null {
  let value: unknown;
  try {
    value = secretValueOf(row);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (runtimes.some((r) => secretValueChars(value, r) <= rulesOf(r).limits.secretValueChars))
    return null;
  const limit = (r: Runtime) => rulesOf(r).limits.secretValueChars.toLocaleString('en-US');
  return runtimes.length === 1 && runtimes[0] === 'v1'
    ? `values are at most ${limit('v1')} characters`
    : `values are at most ${limit('v2')} characters as JSON text`;
}

/** A secret as CLI files and `#json=` links write it: a value that is not a string is a JSON secret. */
const storedSecretToRow = (entry: unknown) => {
  if (entry === null || typeof entry !== 'object') return entry;
  const { value, type } = entry as { value?: unknown; type?: unknown };
  if (typeof value === 'string' || value === undefined || type !== undefined) return entry;
  return { ...entry, value: JSON.stringify(value), type: 'json' };
};

/**
 * Secret rows valid for one of `runtimes`: key of [A-Za-z0-9_-] up to 100 characters, a JSON
 * secret's text parses, the value within the runtime's limit. Accepts the stored form too.
 */
export function secretsSchemaFor(runtimes: readonly Runtime[]) {
  const { limits, secretKeyChars } = rulesOf(runtimes[0] ?? 'v1');
  return z.array(
    z.preprocess(
      storedSecretToRow,
      secretRowSchema
        .extend({
          key: z
            .string()
            .min(1, 'a secret needs a key')
            .max(limits.secretKeyChars, `keys are at most ${limits.secretKeyChars} characters`)
            .regex(new RegExp(`^[${secretKeyChars}]+$`), 'keys use only letters, digits, _ and -'),
        })
        .superRefine((row, ctx) => {
          const problem = secretValueProblem(row, runtimes);
          if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
        }),
    ),
  );
}

/** The secrets as CLI files and `#json=` links write them: a JSON secret's value is its parsed JSON (kept as typed when it does not parse). */
export function storedSecrets(
  rows: readonly SecretRow[],
): { key: string; value: unknown; type?: 'json' }[] {
  return rows.map((row) => {
    if (row.type !== 'json') return { key: row.key, value: row.value };
    try {
      const value: unknown = JSON.parse(row.value);
      return { key: row.key, value };
    } catch {
      return { key: row.key, value: row.value, type: 'json' as const };
    }
  });
}
