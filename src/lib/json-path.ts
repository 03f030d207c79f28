// Reading and writing JSON values at a path, immutably: every change returns new containers
// along the path and shares everything else.

/** A path into JSON: object keys and array indexes, e.g. `['dialogs', 0, 'dialogId']`. */
export type JsonPath = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  value !== null && typeof value === 'object';

/** The value at a path, or undefined when a step is missing. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const step of path) {
    if (!isContainer(value)) return undefined;
    if (Array.isArray(value)) {
      if (typeof step !== 'number') return undefined;
      value = value[step];
    } else {
      if (!hasOwn(value, step)) return undefined;
      value = value[step];
    }
  }
  return value;
}

function withChild(container: Container, step: string | number, child: unknown): Container {
  if (Array.isArray(container) && typeof step === 'number') {
    const copy = container.slice();
    copy[step] = child;
    return copy;
  }
  return { ...(container as Record<string, unknown>), [step]: child };
}

function update(root: unknown, path: JsonPath, at: (value: unknown) => unknown): unknown {
  if (path.length === 0) return at(root);
  const [step, ...rest] = path as [string | number, ...(string | number)[]];
  const container: Container = isContainer(root) ? root : typeof step === 'number' ? [] : {};
  const current = getAt(container, [step]);
  const next = update(current, rest, at);
  return next === current && hasOwn(container, step) ? container : withChild(container, step, next);
}

/** A copy of root with value at path; missing containers along the path are created. */
export function setAt<T>(root: T, path: JsonPath, value: unknown): T {
  return update(root, path, () => value) as T;
}

/** A copy of root without the value at path (array items are spliced out); root itself when absent. */
export function removeAt<T>(root: T, path: JsonPath): T {
  if (path.length === 0) return root;
  const parentPath = path.slice(0, -1);
  const step = path[path.length - 1]!;
  const parent = getAt(root, parentPath);
  if (!isContainer(parent)) return root;
  if (Array.isArray(parent)) {
    if (typeof step !== 'number' || step < 0 || step >= parent.length) return root;
    return setAt(root, parentPath, parent.toSpliced(step, 1));
  }
  if (!hasOwn(parent, step)) return root;
  const { [step]: _removed, ...rest } = parent;
  return setAt(root, parentPath, rest);
}

/** A copy of root with value inserted into the array the path ends in, at its last step (clamped). */
export function insertAt<T>(root: T, path: JsonPath, value: unknown): T {
  const step = path[path.length - 1];
  if (typeof step !== 'number') throw new Error('insertAt needs a path ending in an array index');
  const parentPath = path.slice(0, -1);
  const parent = getAt(root, parentPath);
  const array = Array.isArray(parent) ? parent : [];
  const index = Math.max(0, Math.min(step, array.length));
  return setAt(root, parentPath, array.toSpliced(index, 0, value));
}
import { hasOwn } from './intrinsics';
