// Walking a payload beside its documented spec: children, ids and how each value is shown.
import type { FieldSpec } from '../../schema/field-spec';
import { payloadSpec } from '../../schema/field-spec';

/** The JSON kind of a value in the tree; `missing` for a documented required field that is absent. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array' | 'missing';

/** Visits a child: its key, its value (undefined when missing) and its documented spec. */
export type ChildVisitor = (
  key: string | number,
  value: unknown,
  spec: FieldSpec | undefined,
) => void;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A child's id: its path as JavaScript, the same text as `formatPath` gives. */
export function childId(parentId: string, key: string | number): string {
  if (typeof key === 'number') return `${parentId}[${key}]`;
  if (IDENTIFIER.test(key)) return parentId ? `${parentId}.${key}` : key;
  return `${parentId}[${JSON.stringify(key)}]`;
}

/** Ids of a path's ancestors, outermost first (the path's own id last). */
export function idsAlong(path: readonly (string | number)[]): string[] {
  const ids: string[] = [];
  let id = '';
  for (const step of path) ids.push((id = childId(id, step)));
  return ids;
}

/** The JSON kind of a value. */
export function kindOf(value: unknown): ValueKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object'
    ? type
    : 'null';
}

const childMaps = new WeakMap<FieldSpec, Map<string, FieldSpec>>();

function childMap(spec: FieldSpec): Map<string, FieldSpec> {
  let map = childMaps.get(spec);
  if (!map) childMaps.set(spec, (map = new Map(spec.children.map((c) => [c.key, c]))));
  return map;
}

/** The root spec the tree walks with. */
export const rootSpec: FieldSpec = payloadSpec;

/** Calls visit for each child of a container, then for each documented required field it lacks. */
export function forEachChild(
  value: unknown,
  spec: FieldSpec | undefined,
  visit: ChildVisitor,
): void {
  if (Array.isArray(value)) {
    const item = spec?.kind === 'array' ? spec.item : undefined;
    for (let i = 0; i < value.length; i += 1) visit(i, value[i], item);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const known = spec?.kind === 'object' ? childMap(spec) : undefined;
  for (const key of Object.keys(record)) visit(key, record[key], known?.get(key));
  if (!known) return;
  for (const child of spec!.children) {
    if (!child.optional && !Object.hasOwn(record, child.key)) visit(child.key, undefined, child);
  }
}

/** Number of children a container shows (0 for other values). */
export function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return value !== null && typeof value === 'object' ? Object.keys(value).length : 0;
}

/** A readable UTC date for epoch milliseconds, or null when the number is no date. */
export function readableTimestamp(ms: unknown): string | null {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', ' UTC');
}

/** A value as one line of text: strings as they are, containers as their size. */
export function valueText(value: unknown): string {
  switch (kindOf(value)) {
    case 'missing':
      return 'missing';
    case 'array': {
      const n = (value as unknown[]).length;
      return `${n} ${n === 1 ? 'item' : 'items'}`;
    }
    case 'object': {
      const n = sizeOf(value);
      return `${n} ${n === 1 ? 'field' : 'fields'}`;
    }
    default:
      return String(value);
  }
}

/** A field's path as code the function can use, e.g. `input.payload.dialogs[0].dialogId`. */
export function pathExpression(id: string): string {
  return id === ''
    ? 'input.payload'
    : id.startsWith('[')
      ? `input.payload${id}`
      : `input.payload.${id}`;
}
