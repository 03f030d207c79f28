import type { z } from 'zod';
import { specAt, type FieldSpec } from './field-spec';
import { payloadSchema } from './payload-schema';

/** A path into the payload, e.g. `['dialogs', 0, 'dialogId']`. */
export type PayloadPath = (string | number)[];

/** One problem with a payload, on the field it concerns. */
export interface PayloadProblem {
  path: PayloadPath;
  /** A sentence a person understands. */
  message: string;
}

/** Writes a path as JavaScript, e.g. `dialogs[0].dialogId` (empty for the root). */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((s, i) =>
      typeof s === 'number'
        ? `[${s}]`
        : /^[A-Za-z_$][\w$]*$/.test(s)
          ? i
            ? `.${s}`
            : s
          : `[${JSON.stringify(s)}]`,
    )
    .join('');
}

/** The JSON kind of a value, in words. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

const KIND_WORDS: Record<FieldSpec['kind'], string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function messageFor(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const spec = specAt(path);
  if (issue.code === 'invalid_type' && spec) {
    const actual = valueAt(root, path);
    const expected = `${KIND_WORDS[spec.kind]} (documented as ${spec.meta?.docType ?? 'OBJECT'})`;
    if (actual === undefined) return `Missing: the documentation lists this field as ${expected}.`;
    return `Expected ${expected}, but it is ${describeValue(actual)}.`;
  }
  return issue.message;
}

/** Checks a payload against the documented schema; an empty list means it matches. */
export function validatePayload(payload: unknown): PayloadProblem[] {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return [
      {
        path: [],
        message: `The payload must be a JSON object, but it is ${describeValue(payload)}.`,
      },
    ];
  }
  const result = payloadSchema.safeParse(payload);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: messageFor(issue, payload),
  }));
}

/** Paths of fields the documentation does not list (kept, and marked "undocumented"). */
export function undocumentedPaths(
  payload: unknown,
  spec: FieldSpec | undefined = specAt([]),
  path: PayloadPath = [],
): PayloadPath[] {
  if (!spec || payload === null || typeof payload !== 'object') return [];
  if (Array.isArray(payload)) {
    return spec.item
      ? payload.flatMap((v, i) => undocumentedPaths(v, spec.item, [...path, i]))
      : [];
  }
  if (spec.kind !== 'object') return [];
  return Object.entries(payload).flatMap(([key, value]) => {
    const child = spec.children.find((c) => c.key === key);
    return child ? undocumentedPaths(value, child, [...path, key]) : [[...path, key]];
  });
}
