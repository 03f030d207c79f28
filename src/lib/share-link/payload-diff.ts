// Structural difference of a payload from a base payload: new values of the base's leaves (by
// their depth-first number), and operations for what was added, removed or reshaped.
import { ShareLinkError } from './bits';

/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** `[path]` removes an object key or cuts an array to `index` items; `[path, value]` sets one. */
export type PayloadOp = [JsonPath] | [JsonPath, unknown];

/** A payload as a difference from a base. */
export interface PayloadDiff {
  /** `[leaf number, new value]`, leaf numbers increasing. */
  edits: [number, unknown][];
  /** Applied after the edits, in order. */
  ops: PayloadOp[];
}

type Json = Record<string, unknown> | unknown[];

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isContainer = (v: unknown): v is Json => v !== null && typeof v === 'object';
const isBranch = (v: unknown): v is Json => isContainer(v) && Object.keys(v).length > 0;
const sameLeaf = (base: unknown, value: unknown) =>
  isContainer(base)
    ? isContainer(value) &&
      Array.isArray(base) === Array.isArray(value) &&
      !Object.keys(value).length
    : base === value;

/** The leaves (primitives and empty containers) of a JSON value, depth first. */
export function leafValues(value: unknown, out: unknown[] = []): unknown[] {
  if (!isBranch(value)) out.push(value);
  else for (const child of Object.values(value)) leafValues(child, out);
  return out;
}

/** Whether applying key removals and additions to `base` gives `value`'s key order. */
function keepsKeyOrder(base: Record<string, unknown>, value: Record<string, unknown>): boolean {
  const kept = Object.keys(base).filter((k) => Object.hasOwn(value, k));
  const added = Object.keys(value).filter((k) => !Object.hasOwn(base, k));
  return [...kept, ...added].join('\u0000') === Object.keys(value).join('\u0000');
}

/** The difference of `value` from `base`; `applyPayloadDiff(base, diff)` gives `value` back. */
export function diffPayload(
  base: Record<string, unknown>,
  value: Record<string, unknown>,
): PayloadDiff {
  const diff: PayloadDiff = { edits: [], ops: [] };
  let leaf = 0;
  const walk = (b: unknown, v: unknown, path: JsonPath): void => {
    if (!isBranch(b)) {
      if (!sameLeaf(b, v)) diff.edits.push([leaf, v]);
      leaf += 1;
    } else if (isObject(b) && isObject(v) && keepsKeyOrder(b, v)) {
      for (const [key, child] of Object.entries(b)) {
        if (Object.hasOwn(v, key)) {
          walk(child, v[key], [...path, key]);
        } else {
          diff.ops.push([[...path, key]]);
          leaf += leafValues(child).length;
        }
      }
      for (const key of Object.keys(v)) {
        if (!Object.hasOwn(b, key)) diff.ops.push([[...path, key], v[key]]);
      }
    } else if (Array.isArray(b) && Array.isArray(v)) {
      b.forEach((child, i) => {
        if (i < v.length) walk(child, v[i], [...path, i]);
        else leaf += leafValues(child).length;
      });
      if (v.length < b.length) diff.ops.push([[...path, v.length]]);
      for (let i = b.length; i < v.length; i += 1) diff.ops.push([[...path, i], v[i]]);
    } else {
      diff.ops.push([path, v]);
      leaf += leafValues(b).length;
    }
  };
  walk(base, value, []);
  return diff;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The slots (holder and key) of every leaf below `holder[key]`, numbered depth first. */
function leafSlots(holder: Json, key: string | number, out: [Json, string | number][] = []) {
  const value = (holder as Record<string | number, unknown>)[key];
  if (!isBranch(value)) out.push([holder, key]);
  else for (const k of Object.keys(value)) leafSlots(value, Array.isArray(value) ? +k : k, out);
  return out;
}

function fail(why: string): never {
  throw new ShareLinkError(`the link does not fit its base payload (${why})`);
}

const isIndex = (step: unknown): step is number =>
  Number.isSafeInteger(step) && (step as number) >= 0;

/** The value at an untrusted path, which must exist. */
function navigate(payload: unknown, path: unknown[]): unknown {
  let here = payload;
  for (const step of path) {
    const fits = Array.isArray(here)
      ? isIndex(step) && step < here.length
      : isObject(here) && typeof step === 'string' && Object.hasOwn(here, step);
    if (!fits) fail(`no place for ${JSON.stringify(step)}`);
    here = (here as Record<string | number, unknown>)[step as string | number];
  }
  return here;
}

/** Applies one untrusted operation to `root.payload`. */
function applyOp(root: { payload: unknown }, op: unknown): void {
  if (!Array.isArray(op) || op.length < 1 || op.length > 2 || !Array.isArray(op[0])) {
    fail('an operation is malformed');
  }
  const [path, ...value] = op as [unknown[], ...unknown[]];
  const named = path.find((step) => typeof step === 'string' && FORBIDDEN.has(step));
  if (named !== undefined) fail(`it names "${String(named)}"`);
  if (!path.length) {
    if (!value.length) fail('it removes the payload');
    root.payload = value[0];
    return;
  }
  const container = navigate(root.payload, path.slice(0, -1));
  const step = path[path.length - 1];
  if (Array.isArray(container) && isIndex(step) && step <= container.length) {
    if (value.length) container[step] = value[0];
    else container.length = step;
  } else if (isObject(container) && typeof step === 'string') {
    if (value.length) container[step] = value[0];
    else if (Object.hasOwn(container, step)) delete container[step];
    else fail(`it removes a missing "${step}"`);
  } else {
    fail(`no place for ${JSON.stringify(step)}`);
  }
}

/** Rebuilds a payload from its base and a difference; untrusted input: throws a ShareLinkError. */
export function applyPayloadDiff(
  base: Record<string, unknown>,
  diff: { edits: readonly [number, unknown][]; ops: readonly unknown[] },
): unknown {
  const root = { payload: structuredClone(base) as unknown };
  const slots = leafSlots(root as unknown as Json, 'payload');
  for (const [index, value] of diff.edits) {
    const slot = slots[index];
    if (!slot) fail(`it has no leaf ${index}`);
    (slot[0] as Record<string | number, unknown>)[slot[1]] = value;
  }
  for (const op of diff.ops) applyOp(root, op);
  return root.payload;
}
