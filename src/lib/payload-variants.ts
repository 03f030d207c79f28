// Payload variants for the robustness check: every documented field removed, null, empty, of
// the wrong type, set to each of its known values; long and non-ASCII strings; empty and long
// arrays. Derived from the schema, applied to the user's own payload.
import { exampleOf, payloadSpec, type FieldSpec } from '../schema/field-spec';
import { formatPath } from '../schema/validate-payload';
import type { PayloadEdit } from './payload-edit';

/** The kinds of change, in the order the robustness report lists them. */
export const VARIANT_KINDS = [
  'removed',
  'null',
  'empty',
  'wrong-type',
  'known-value',
  'long-string',
  'non-ascii',
  'array-size',
] as const;
/** A kind of change: what the report counts the variants by. */
export type VariantKind = (typeof VARIANT_KINDS)[number];

/** One variant: a payload with one field changed. */
export interface PayloadVariant {
  /** The changed field as JavaScript, e.g. `dialogs[0].dialogId`: what the report groups by. */
  path: string;
  /** The documented field, `[]` for array items, e.g. `dialogs[].dialogId`. */
  field: string;
  /** What was done to the field, in words: `removed`, `null`, `"AGENT"`... */
  change: string;
  kind: VariantKind;
  /** The edits that make the variant from the base payload. */
  edits: PayloadEdit[];
}

/** Sizes of the long values, and how many items of each array get their fields varied. */
export const VARIANT_LIMITS = { longString: 10_000, longArray: 1_000, itemsPerArray: 5 };

/** The text of the non-ASCII variants: accents, CJK, right-to-left script and an emoji. */
export const NON_ASCII_TEXT = 'Ünïcødé – 日本語 – مرحبا – 🙂';

type Step = string | number;
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const count = (n: number) => n.toLocaleString('en');

/** A value of the field's kind, for items and containers the base payload lacks. */
function sampleOf(spec: FieldSpec): unknown {
  const example = exampleOf(spec);
  if (example !== undefined) return example;
  if (spec.kind === 'string') return spec.meta?.suggestions?.[0] ?? 'text';
  return spec.kind === 'number' ? 1 : spec.kind === 'boolean' ? true : undefined;
}

function emptyOf(spec: FieldSpec): [string, unknown] {
  switch (spec.kind) {
    case 'string':
      return ['empty string', ''];
    case 'number':
      return ['0', 0];
    case 'boolean':
      return ['false', false];
    case 'object':
      return ['empty object', {}];
    case 'array':
      return ['empty array', []];
  }
}

function wrongTypeOf(spec: FieldSpec, value: unknown): [string, unknown] {
  switch (spec.kind) {
    case 'string':
      return ['a number (42)', 42];
    case 'number': {
      const text = String(typeof value === 'number' ? value : 1);
      return [`a string ("${text}")`, text];
    }
    case 'boolean': {
      const text = String(value === false ? false : true);
      return [`a string ("${text}")`, text];
    }
    case 'object':
      return ['a string ("text")', 'text'];
    case 'array':
      return ['an object ({})', {}];
  }
}

function fieldVariants(
  spec: FieldSpec,
  path: Step[],
  value: unknown,
  present: boolean,
  setup: PayloadEdit[],
): PayloadVariant[] {
  const out: PayloadVariant[] = [];
  const text = formatPath(path);
  const add = (kind: VariantKind, change: string, edit: PayloadEdit) =>
    out.push({ path: text, field: spec.path, change, kind, edits: [...setup, edit] });
  const set = (kind: VariantKind, [change, next]: [string, unknown]) => {
    if (present && Object.is(next, value)) return;
    add(kind, change, { op: 'set', path, value: next });
  };
  if (present && typeof path[path.length - 1] === 'string')
    add('removed', 'removed', { op: 'remove', path });
  set('null', ['null', null]);
  const empty = emptyOf(spec);
  if (!(present && JSON.stringify(value) === JSON.stringify(empty[1])))
    set(spec.kind === 'array' ? 'array-size' : 'empty', empty);
  set('wrong-type', wrongTypeOf(spec, value));
  if (spec.kind === 'string') {
    const long = 'x'.repeat(VARIANT_LIMITS.longString);
    set('long-string', [`${count(VARIANT_LIMITS.longString)} characters`, long]);
    set('non-ascii', ['non-ASCII text', NON_ASCII_TEXT]);
    for (const known of spec.meta?.suggestions ?? [])
      set('known-value', [JSON.stringify(known), known]);
  }
  if (spec.kind === 'array' && spec.item) {
    const item = Array.isArray(value) && value.length > 0 ? value[0] : sampleOf(spec.item);
    add('array-size', `${count(VARIANT_LIMITS.longArray)} items`, {
      op: 'fill',
      path,
      item,
      count: VARIANT_LIMITS.longArray,
    });
  }
  return out;
}

function walk(
  spec: FieldSpec,
  path: Step[],
  value: unknown,
  present: boolean,
  setup: PayloadEdit[],
  out: PayloadVariant[],
): void {
  if (path.length > 0) out.push(...fieldVariants(spec, path, value, present, setup));
  if (spec.kind === 'object') {
    // Children of an object the payload lacks are varied inside the documented example.
    const container = isObject(value) ? value : (sampleOf(spec) as Record<string, unknown>);
    const inner = isObject(value)
      ? setup
      : [...setup, { op: 'set' as const, path, value: container }];
    for (const child of spec.children) {
      const has = Object.hasOwn(container, child.key);
      walk(child, [...path, child.key], container[child.key], has, inner, out);
    }
  } else if (spec.kind === 'array' && spec.item) {
    const items = Array.isArray(value) ? value.slice(0, VARIANT_LIMITS.itemsPerArray) : [];
    if (items.length > 0) {
      items.forEach((item, i) => walk(spec.item!, [...path, i], item, true, setup, out));
    } else {
      const item = sampleOf(spec.item);
      const inner = [...setup, { op: 'set' as const, path, value: [item] }];
      walk(spec.item, [...path, 0], item, true, inner, out);
    }
  }
}

/** The variants of `base` (the user's payload), in documented field order. */
export function payloadVariants(base: Record<string, unknown>): PayloadVariant[] {
  const out: PayloadVariant[] = [];
  walk(payloadSpec, [], base, true, [], out);
  return out;
}
