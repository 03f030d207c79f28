// Groups the variants a function fails on by the field changed and the error it gave, in the
// payload's documented order, for the robustness report.
import type { PayloadVariant } from '../../lib/payload-variants';
import type { BatchCaseOutcome } from '../../sandbox/batch';
import { errorText } from './case-run';

/** A variant the function failed on. */
export interface VariantFailure {
  /** Index into the check's variants. */
  variant: number;
  /** The failure in words, which the report groups by. */
  error: string;
}

/** The failing variants of one field path, by error. */
export interface FailureGroup {
  path: string;
  errors: { error: string; variants: number[] }[];
}

const MAX_ERROR_CHARS = 300;

/** How a case failed, in words; null when it succeeded. */
export function failureText(outcome: BatchCaseOutcome): string | null {
  if (outcome.status === 'succeeded') return null;
  if (outcome.status === 'timed-out') return `Timed out after ${Math.round(outcome.durationMs)} ms`;
  const { error } = outcome;
  const text = error ? `${errorText(error)}${error.line ? ` (line ${error.line})` : ''}` : 'Failed';
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}…` : text;
}

/** The failures grouped by field path, then by error, both in the order they first appear. */
export function groupFailures(
  variants: readonly PayloadVariant[],
  failures: readonly VariantFailure[],
): FailureGroup[] {
  const byPath = new Map<string, Map<string, number[]>>();
  for (const { variant, error } of [...failures].sort((a, b) => a.variant - b.variant)) {
    const path = variants[variant]?.path;
    if (path === undefined) continue;
    let errors = byPath.get(path);
    if (!errors) byPath.set(path, (errors = new Map()));
    const list = errors.get(error);
    if (list) list.push(variant);
    else errors.set(error, [variant]);
  }
  return [...byPath].map(([path, errors]) => ({
    path,
    errors: [...errors].map(([error, list]) => ({ error, variants: list })),
  }));
}
