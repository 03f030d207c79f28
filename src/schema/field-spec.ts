import { z } from 'zod';
import { metaOf, type FieldMeta } from './field-meta';
import { payloadSchema } from './payload-schema';

/** The JSON kind of a field. */
export type FieldKind = 'string' | 'number' | 'boolean' | 'object' | 'array';

/** One documented field, derived from the zod schema. */
export interface FieldSpec {
  /** Path with `[]` for array items, e.g. `dialogs[].dialogId`; empty for the payload itself. */
  path: string;
  /** The key in its parent object (`[]` for an array's item). */
  key: string;
  /** JSON kind. */
  kind: FieldKind;
  /** Documentation (absent only for the root). */
  meta: FieldMeta | undefined;
  /** Whether the field may be absent. */
  optional: boolean;
  /** The field's schema, unwrapped from `optional`. */
  schema: z.ZodType;
  /** Object fields, in documented order. */
  children: FieldSpec[];
  /** Array item. */
  item: FieldSpec | undefined;
}

const joinPath = (parent: string, key: string) =>
  key === '[]' ? `${parent}[]` : parent ? `${parent}.${key}` : key;

function kindOf(schema: z.ZodType): FieldKind {
  if (schema instanceof z.ZodString) return 'string';
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodArray) return 'array';
  if (schema instanceof z.ZodObject) return 'object';
  throw new Error(`unsupported payload schema type ${schema.def.type}`);
}

function build(raw: z.ZodType, key: string, path: string): FieldSpec {
  const optional = raw instanceof z.ZodOptional;
  const schema = optional ? (raw.unwrap() as z.ZodType) : raw;
  const kind = kindOf(schema);
  const spec: FieldSpec = {
    path,
    key,
    kind,
    meta: metaOf(schema),
    optional,
    schema,
    children: [],
    item: undefined,
  };
  if (schema instanceof z.ZodObject) {
    spec.children = Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, s]) =>
      build(s, k, joinPath(path, k)),
    );
  } else if (schema instanceof z.ZodArray) {
    spec.item = build(schema.element as z.ZodType, '[]', joinPath(path, '[]'));
  }
  return spec;
}

/** The documented payload as a tree of field specs. */
export const payloadSpec: FieldSpec = build(payloadSchema, '', '');

function flatten(spec: FieldSpec, out: FieldSpec[]): FieldSpec[] {
  for (const child of spec.item ? [spec.item] : spec.children) {
    out.push(child);
    flatten(child, out);
  }
  return out;
}

/** Every documented field below the root, depth first in documented order. */
export const allFieldSpecs: readonly FieldSpec[] = flatten(payloadSpec, []);

/** The spec for a concrete path such as `['dialogs', 0, 'dialogId']`, if documented. */
export function specAt(path: readonly (string | number)[]): FieldSpec | undefined {
  let spec: FieldSpec | undefined = payloadSpec;
  for (const segment of path) {
    if (!spec) return undefined;
    spec = typeof segment === 'number' ? spec.item : spec.children.find((c) => c.key === segment);
  }
  return spec;
}

/** The documented example of a field: its own, else built from its children's. */
export function exampleOf(spec: FieldSpec): unknown {
  const own = spec.meta?.examples?.[0];
  if (own !== undefined) return structuredClone(own);
  if (spec.kind === 'object') {
    return Object.fromEntries(
      spec.children.map((c) => [c.key, exampleOf(c)]).filter(([, v]) => v !== undefined),
    );
  }
  if (spec.kind === 'array') return [];
  return undefined;
}
