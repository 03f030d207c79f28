import { describe, expect, it } from 'vitest';
import type { PayloadVariant, VariantKind } from '../../lib/payload-variants';
import type { BatchCaseOutcome } from '../../sandbox/batch';
import { failureText, groupFailures, tallyKinds } from './robustness-groups';

const variant = (path: string, change: string, kind: VariantKind = 'null'): PayloadVariant => ({
  path,
  field: path,
  change,
  kind,
  edits: [],
});
const outcome = (over: Partial<BatchCaseOutcome>): BatchCaseOutcome => ({
  index: 0,
  status: 'failed',
  durationMs: 3,
  hasResult: false,
  result: null,
  error: null,
  logs: [],
  ...over,
});

describe('failureText', () => {
  it('says nothing of a success', () => {
    expect(failureText(outcome({ status: 'succeeded' }))).toBeNull();
  });

  it('gives the error, with its line in the code', () => {
    const error = {
      code: 'com.liveperson.faas.handler.runtime-exception',
      name: 'TypeError',
      message: "Cannot read properties of null (reading 'ttrType')",
      phase: 'invoke' as const,
      line: 2,
    };
    expect(failureText(outcome({ error }))).toBe(
      "TypeError: Cannot read properties of null (reading 'ttrType') (line 2)",
    );
    const { line: _line, ...rest } = error;
    const nonError = { ...rest, name: 'NonError', message: 'bad' };
    expect(failureText(outcome({ error: nonError }))).toBe('bad');
  });

  it('says how long a timed-out case ran, and cuts long messages', () => {
    expect(failureText(outcome({ status: 'timed-out', durationMs: 5100.4 }))).toBe(
      'Timed out after 5100 ms',
    );
    const long = { code: 'c', name: 'Error', message: 'x'.repeat(1000), phase: 'invoke' as const };
    expect(failureText(outcome({ error: long }))?.length).toBe(301);
  });
});

describe('groupFailures', () => {
  it('groups by path then error, in the order of the variants', () => {
    const variants = [
      variant('ttr', 'removed'),
      variant('ttr', 'null'),
      variant('dialogs', 'null'),
      variant('ttr', 'a string ("text")'),
    ];
    const groups = groupFailures(variants, [
      { variant: 2, error: 'E3' },
      { variant: 1, error: 'E2' },
      { variant: 0, error: 'E1' },
      { variant: 3, error: 'E1' },
    ]);
    expect(groups).toEqual([
      {
        path: 'ttr',
        errors: [
          { error: 'E1', variants: [0, 3] },
          { error: 'E2', variants: [1] },
        ],
      },
      { path: 'dialogs', errors: [{ error: 'E3', variants: [2] }] },
    ]);
  });
});

describe('tallyKinds', () => {
  const variants = [
    variant('ttr', 'removed', 'removed'),
    variant('ttr', 'null', 'null'),
    variant('dialogs', 'null', 'null'),
    variant('dialogs', '1,000 items', 'array-size'),
    variant('closeReason', '"AGENT"', 'known-value'),
  ];

  it('counts every kind tried, in the report order, even when nothing fails', () => {
    expect(tallyKinds(variants, [])).toEqual([
      { kind: 'removed', label: 'Removed fields', tried: 1, failing: 0 },
      { kind: 'null', label: 'Nulls', tried: 2, failing: 0 },
      { kind: 'known-value', label: 'Known values', tried: 1, failing: 0 },
      { kind: 'array-size', label: 'Array sizes', tried: 1, failing: 0 },
    ]);
  });

  it('counts the failures of each kind', () => {
    const failing = tallyKinds(variants, [
      { variant: 1, error: 'E' },
      { variant: 2, error: 'F' },
      { variant: 3, error: 'E' },
    ]).map((t) => [t.label, t.failing]);
    expect(failing).toEqual([
      ['Removed fields', 0],
      ['Nulls', 2],
      ['Known values', 0],
      ['Array sizes', 1],
    ]);
  });
});
