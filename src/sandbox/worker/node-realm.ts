/**
 * The worker's realm as the run's Node version has it: a V1 run removes the globals and built-in
 * methods Node 14 lacks (the runtime record's `missingFeatures`), once and for good, and V1
 * errors are worded as Node 14 words them. The harness captured what it uses before (intrinsics.ts).
 */
import {
  apply,
  execPattern,
  indexOfText,
  ownDescriptor,
  prototypeOf,
  sliceText,
} from '../../lib/intrinsics';
import { rulesOf, type MissingFeature } from '../../schema/platform';
import type { RunError, RunRequest } from '../protocol';

type Runtime = RunRequest['runtime'];

const { defineProperty, deleteProperty } = Reflect;
const stringSplit = String.prototype.split;

/** The runtime the realm was trimmed for (null: it has every feature of the browser's engine). */
let trimmedFor: Runtime | null = null;
/** What trimming removed, to put it back (restoreRealm). */
let removed: { holder: object; key: string; descriptor: PropertyDescriptor }[] = [];

function deleteFrom(holder: object, key: string): void {
  // A global may live on the global object's prototypes (a worker's `performance`, `crypto`).
  for (
    let at: object | null = holder;
    at !== null && at !== Object.prototype;
    at = prototypeOf(at)
  ) {
    const descriptor = ownDescriptor(at, key);
    if (descriptor && deleteProperty(at, key))
      removed[removed.length] = { holder: at, key, descriptor };
  }
}

/** Removes `features` (globals and built-in methods; syntax is checked at compile) from `realm`. */
export function removeFeatures(realm: object, features: readonly MissingFeature[]): void {
  // Methods first: their holders (String.prototype, Object) are reached through the globals.
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!;
    if (feature.kind !== 'method') continue;
    const path = apply(stringSplit, feature.name, ['.']) as string[];
    let holder: unknown = realm;
    for (let step = 0; step < path.length - 1; step++)
      holder = (holder as Record<string, unknown> | undefined)?.[path[step]!];
    if (holder !== null && (typeof holder === 'object' || typeof holder === 'function'))
      deleteFrom(holder, path[path.length - 1]!);
  }
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!;
    if (feature.kind === 'global') deleteFrom(realm, feature.name);
  }
}

/**
 * Readies this worker's realm for a run of `runtime` (not the warm-up): the first run of a
 * runtime that lacks features removes them. Returns null, or why the run cannot run in this realm.
 */
export function prepareRealm(runtime: Runtime): string | null {
  if (trimmedFor === runtime) return null;
  if (trimmedFor !== null) {
    return `This sandbox was set up as Node ${rulesOf(trimmedFor).nodeVersion} for a ${trimmedFor.toUpperCase()} run and cannot run ${runtime.toUpperCase()} code (Node ${rulesOf(runtime).nodeVersion}). Run again: a new sandbox starts.`;
  }
  const missing = rulesOf(runtime).missingFeatures;
  if (missing.length === 0) return null;
  removeFeatures(globalThis, missing);
  trimmedFor = runtime;
  return null;
}

/**
 * Puts back what trimming removed and forgets the trim. Only for tests: under Node they share
 * their realm with the test runner, which needs these features; a worker stays trimmed.
 */
export function restoreRealm(): void {
  for (let i = removed.length - 1; i >= 0; i--) {
    const { holder, key, descriptor } = removed[i]!;
    defineProperty(holder, key, descriptor);
  }
  removed = [];
  trimmedFor = null;
}

/** Whether `runtime`'s Node words errors as Node 14 does (before V8 9.3, Node 16). */
function oldWording(runtime: Runtime): boolean {
  return +(apply(stringSplit, rulesOf(runtime).nodeVersion, ['.']) as string[])[0]! < 16;
}

const PROPERTY_ACCESS =
  /^Cannot (read|set) properties of (undefined|null) \((?:reading|setting) (.*)\)$/;
const AWAIT_OUTSIDE =
  /^await is only valid in async functions and the top level bodies of modules$/;

/**
 * `message` as `runtime`'s Node words it: Node 14 says "Cannot read property 'foo' of undefined"
 * where newer engines say "Cannot read properties of undefined (reading 'foo')".
 */
export function nodeMessage(message: string, runtime: Runtime): string {
  if (!oldWording(runtime)) return message;
  const access = execPattern(PROPERTY_ACCESS, message);
  if (access) return `Cannot ${access[1]!} property ${access[3]!} of ${access[2]!}`;
  if (execPattern(AWAIT_OUTSIDE, message)) return 'await is only valid in async function';
  return message;
}

/** `error` with its message (and its stack's first line) as `runtime`'s Node words it. */
export function inNodeWords(error: RunError, runtime: Runtime): RunError {
  const message = nodeMessage(error.message, runtime);
  if (message === error.message) return error;
  const head = `${error.name}: ${error.message}`;
  const stack = error.stack;
  return stack !== undefined && indexOfText(stack, head) === 0
    ? { ...error, message, stack: `${error.name}: ${message}${sliceText(stack, head.length)}` }
    : { ...error, message };
}
