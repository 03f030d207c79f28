/**
 * Moving through a recording: pure functions from a step to the step a debugger command leads to.
 * A step that has none to go to stays at the recording's end (forward) or start (backward).
 */
import type { Recording } from './recording';

/** The part of a recording moving needs. */
export type Steps = Pick<Recording, 'count' | 'stepFrames' | 'depths' | 'frameFn' | 'frameCaller'>;

const lastStep = (r: Steps) => Math.max(0, r.count - 1);

/** The next step, whatever frame it is in. */
export function stepInto(r: Steps, n: number): number {
  return Math.min(n + 1, lastStep(r));
}

/** The next step in the same frame, or in a shallower one (the frame returned). */
export function stepOver(r: Steps, n: number): number {
  const frame = r.stepFrames[n];
  const depth = r.depths[n]!;
  for (let i = n + 1; i < r.count; i++)
    if (r.stepFrames[i] === frame || r.depths[i]! < depth) return i;
  return lastStep(r);
}

/** The next step in a shallower frame (after the current function returns). */
export function stepOut(r: Steps, n: number): number {
  const depth = r.depths[n]!;
  for (let i = n + 1; i < r.count; i++) if (r.depths[i]! < depth) return i;
  return lastStep(r);
}

/** The previous step in the same frame, or in a shallower one. */
export function stepBack(r: Steps, n: number): number {
  const frame = r.stepFrames[n];
  const depth = r.depths[n]!;
  for (let i = n - 1; i >= 0; i--) if (r.stepFrames[i] === frame || r.depths[i]! < depth) return i;
  return 0;
}

/** Whether step `step` hits a breakpoint (on its line, with its condition true). */
export type BreakpointHit = (step: number) => boolean;

/** The next step that hits a breakpoint, else the last step. */
export function continueTo(r: Steps, n: number, hit: BreakpointHit): number {
  for (let i = n + 1; i < r.count; i++) if (hit(i)) return i;
  return lastStep(r);
}

/** The previous step that hits a breakpoint, else step 0. */
export function reverseContinue(r: Steps, n: number, hit: BreakpointHit): number {
  for (let i = n - 1; i >= 0; i--) if (hit(i)) return i;
  return 0;
}

/** The first step inside lambda (a frame the runtime called, not the module's), else 0. */
export function firstLambdaStep(r: Steps): number {
  for (let i = 0; i < r.count; i++) {
    const frame = r.stepFrames[i]!;
    if (r.frameCaller[frame] === -1 && r.frameFn[frame] !== 0) return i;
  }
  return 0;
}
