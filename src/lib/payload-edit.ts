// Edits that turn a payload into a variant of it. Kept as data, so that a thousand variants
// travel as one base payload and a few small changes each, applied only where they run.
import { structuredCopy } from './intrinsics';
import { removeAt, setAt, type JsonPath } from './json-path';

/** One change to a payload: set a value, remove a field, or fill an array with copies of an item. */
export type PayloadEdit =
  | { op: 'set'; path: JsonPath; value: unknown }
  | { op: 'remove'; path: JsonPath }
  | { op: 'fill'; path: JsonPath; item: unknown; count: number };

/** A copy of `base` with the edits applied in order; `base` itself is left as it was. */
export function applyPayloadEdits<T>(base: T, edits: readonly PayloadEdit[]): T {
  let out = base;
  for (const edit of edits) {
    if (edit.op === 'remove') out = removeAt(out, edit.path);
    else if (edit.op === 'set') out = setAt(out, edit.path, edit.value);
    else {
      const items = Array.from({ length: edit.count }, () => structuredCopy(edit.item));
      out = setAt(out, edit.path, items);
    }
  }
  return out;
}
