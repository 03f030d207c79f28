/**
 * The text of the probes the transform inserts: calls on the recorder (`__sfpRec`, the module
 * scope's parameter of a Debug run) and the constants holding each function's frame id.
 */
import { RECORDER_PARAM } from '../protocol';

/** The constant holding the frame id of the function at nesting depth `depth` (0: the module). */
export function frameVar(depth: number): string {
  return `__sfpF${depth}`;
}

/** Enters function `fn` lexically inside the frame of depth `parentDepth` (-1: none). */
export function enterCall(depth: number, fn: number, parentDepth: number): string {
  const parent = parentDepth < 0 ? '-1' : frameVar(parentDepth);
  return `const ${frameVar(depth)} = ${RECORDER_PARAM}.e(${fn}, ${parent});`;
}

/** Leaves the frame of depth `depth`. */
export function leaveCall(depth: number): string {
  return `${RECORDER_PARAM}.l(${frameVar(depth)});`;
}

/** A step at `point` in the frame of depth `depth`. */
export function stepCall(point: number, depth: number): string {
  return `${RECORDER_PARAM}.s(${point}, ${frameVar(depth)});`;
}

/** A write of variable `name` at `site`, owned by the frame of depth `ownerDepth`. */
export function writeCall(site: number, ownerDepth: number, name: string): string {
  return `${RECORDER_PARAM}.v(${site}, ${frameVar(ownerDepth)}, ${name});`;
}
