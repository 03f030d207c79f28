// Changes the explorer makes to a payload: each returns a new payload, never touching the old one.
import { exampleOf, specAt } from '../../schema/field-spec';
import { examplePayload } from '../../schema/example-payload';
import { getAt, insertAt, removeAt, setAt, type JsonPath } from '../../lib/json-path';

/** A payload as the store holds it. */
export type Payload = Record<string, unknown>;

/** The payload with one field set to a value. */
export function editField(payload: Payload, path: JsonPath, value: unknown): Payload {
  return setAt(payload, path, value);
}

/** The documented example for a path: the default payload's value there, else the field's example. */
export function exampleAt(path: JsonPath): unknown {
  const fromPayload = getAt(examplePayload(), path);
  if (fromPayload !== undefined) return fromPayload;
  const spec = specAt(path);
  return spec ? exampleOf(spec) : undefined;
}

/** Whether a field has a documented example to reset to. */
export function canReset(path: JsonPath): boolean {
  return exampleAt(path) !== undefined;
}

/** The payload with one field back at its documented example (unchanged when it has none). */
export function resetField(payload: Payload, path: JsonPath): Payload {
  const example = exampleAt(path);
  return example === undefined ? payload : setAt(payload, path, example);
}

/** Whether a field may be removed: array items, undocumented fields and optional ones. */
export function canRemove(path: JsonPath): boolean {
  if (typeof path[path.length - 1] === 'number') return true;
  const spec = specAt(path);
  return !spec || spec.optional;
}

/** The payload without a field (an array item is spliced out). */
export function removeField(payload: Payload, path: JsonPath): Payload {
  return removeAt(payload, path);
}

/** The documented example of a new item for the array at a path, if the array is documented. */
export function newItemFor(arrayPath: JsonPath): unknown {
  const item = specAt(arrayPath)?.item;
  return item ? exampleOf(item) : undefined;
}

/** The payload with a new item, built from the schema's example, appended to an array. */
export function addArrayItem(payload: Payload, arrayPath: JsonPath): Payload {
  const item = newItemFor(arrayPath);
  if (item === undefined) return payload;
  const array = getAt(payload, arrayPath);
  const length = Array.isArray(array) ? array.length : 0;
  return insertAt(payload, [...arrayPath, length], item);
}
