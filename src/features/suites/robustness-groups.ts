// Groups the variants a function fails on by the field changed and the error it gave, in the
// payload's documented order, and counts what was tried by kind of change, for the robustness report.
import { VARIANT_KINDS, type PayloadVariant, type VariantKind } from '../../lib/payload-variants';
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

/** How many variants of one kind were tried, and how many of them failed. */
export interface KindTally {
  kind: VariantKind;
  /** The kind in words, as the report lists it: `Removed fields`, `Wrong types`… */
  label: string;
  tried: number;
  failing: number;
}

const KIND_LABELS: Record<VariantKind, string> = {
  removed: 'Removed fields',
  null: 'Nulls',
  empty: 'Empty values',
  'wrong-type': 'Wrong types',
  'known-value': 'Known values',
  'long-string': 'Long strings',
  'non-ascii': 'Non-ASCII text',
  'array-size': 'Array sizes',
};

/** What was tried, by kind of change in the report's order (kinds with no variant left out). */
export function tallyKinds(
  variants: readonly PayloadVariant[],
  failures: readonly VariantFailure[],
): KindTally[] {
  const tallies = new Map(
    VARIANT_KINDS.map((kind) => [kind, { kind, label: KIND_LABELS[kind], tried: 0, failing: 0 }]),
  );
  for (const variant of variants) tallies.get(variant.kind)!.tried += 1;
  for (const { variant } of failures) {
    const kind = variants[variant]?.kind;
    if (kind) tallies.get(kind)!.failing += 1;
  }
  return [...tallies.values()].filter((t) => t.tried > 0);
}
