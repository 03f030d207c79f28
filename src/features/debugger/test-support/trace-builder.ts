/**
 * Builders of synthetic ProgramMaps, traces and outcomes for the debugger's tests, and one sample
 * program (a module, `add`, and `lambda` calling it in a loop) recorded as the recorder would.
 */
import type { Tagged } from '../../../lib/safe-serialise';
import type { ProgramMap, ScopeKind, SlotKind } from '../../../sandbox/recorder/program-map';
import {
  emptyTrace,
  type RunOutcome,
  type RunTrace,
  type TraceEventKind,
  type TraceLimits,
} from '../../../sandbox/protocol';
import { runOutcome } from '../../../sandbox/test-support/run-outcome';
import { buildRecording, type Recording } from '../recording';

/** Builds a ProgramMap: scope 0 and function 0 are the module's. */
export class MapBuilder {
  readonly map: ProgramMap = {
    points: [],
    scopes: [{ kind: 'module', parent: -1, fn: 0, slots: [] }],
    slots: [],
    functions: [{ name: '(module)', line: 1, column: 0, scope: 0, parent: -1 }],
    sites: [],
  };
  /** A scope inside `parent`, owned by function `fn`. */
  scope(kind: ScopeKind, parent: number, fn: number): number {
    return this.map.scopes.push({ kind, parent, fn, slots: [] }) - 1;
  }
  /** A function written in `parent` (a function id) with its scope inside `parentScope`. */
  fn(
    name: string,
    line: number,
    parent: number,
    parentScope: number,
  ): { fn: number; scope: number } {
    const fn = this.map.functions.length;
    const scope = this.scope('function', parentScope, fn);
    this.map.functions.push({ name, line, column: 0, scope, parent });
    return { fn, scope };
  }
  slot(scope: number, name: string, kind: SlotKind): number {
    const id = this.map.slots.push({ name, scope, kind }) - 1;
    this.map.scopes[scope]!.slots.push(id);
    return id;
  }
  point(line: number, scope: number): number {
    return this.map.points.push({ line, column: 2, endLine: line, scope }) - 1;
  }
  site(slot: number, line: number, column = 2): number {
    return this.map.sites.push({ slot, line, column }) - 1;
  }
}

/** Builds a RunTrace step by step; writes and events land at the latest step. */
export class TraceBuilder {
  readonly trace = emptyTrace();
  private stepCount = 0;
  /** Enters function `fn`: returns the frame id. */
  enter(fn: number, parent: number, caller: number, depth: number): number {
    this.trace.frames.push(fn, parent, caller, depth);
    return this.trace.frames.length / 4 - 1;
  }
  step(point: number, frame: number): number {
    this.trace.steps.push(point, frame);
    return this.stepCount++;
  }
  write(site: number, frame: number, value: Tagged): void {
    this.trace.writes.push({ step: this.stepCount - 1, site, frame, value });
  }
  event(kind: TraceEventKind, ref: number): void {
    this.trace.events.push({ step: this.stepCount - 1, kind, ref });
  }
  end(cut: 'steps' | 'bytes' | null = null, totalSteps = this.stepCount): RunTrace {
    this.trace.end = { totalSteps, cut };
    return this.trace;
  }
}

/** A tagged number. */
export const num = (v: number): Tagged => ({ t: 'number', v });
/** A tagged string. */
export const str = (v: string): Tagged => ({ t: 'string', v });

/** A succeeded outcome of the recording `trace`, returning 11 (fields overridable). */
export function outcomeOf(trace: RunTrace, fields: Partial<RunOutcome> = {}): RunOutcome {
  return runOutcome({ durationMs: 5, hasResult: true, result: num(11), trace, ...fields });
}

/** Limits of the synthetic recordings. */
export const LIMITS: TraceLimits = { steps: 10_000, bytes: 4 * 1024 * 1024 };

/**
 * The sample program, lines as written:
 * ```
 * 1 const base = 10;
 * 2 function add(a, b) {
 * 3   const sum = a + b;
 * 4   return sum;
 * 5 }
 * 6 async function lambda(input) {
 * 7   let total = base;
 * 8   for (let i = 0; i < 2; i++) {
 * 9     total = add(total, i);
 * 10  }
 * 11  console.info(total);
 * 12  return total;
 * 13 }
 * ```
 */
export function sampleProgram() {
  const m = new MapBuilder();
  const base = m.slot(0, 'base', 'const');
  const addFn = m.fn('add', 2, 0, 0);
  const lambdaFn = m.fn('lambda', 6, 0, 0);
  const add = m.slot(0, 'add', 'function');
  const lambda = m.slot(0, 'lambda', 'function');
  const a = m.slot(addFn.scope, 'a', 'param');
  const b = m.slot(addFn.scope, 'b', 'param');
  const sum = m.slot(addFn.scope, 'sum', 'const');
  const input = m.slot(lambdaFn.scope, 'input', 'param');
  const total = m.slot(lambdaFn.scope, 'total', 'let');
  const loop = m.scope('block', lambdaFn.scope, lambdaFn.fn);
  const i = m.slot(loop, 'i', 'let');
  const p = {
    base: m.point(1, 0),
    sum: m.point(3, addFn.scope),
    ret: m.point(4, addFn.scope),
    total: m.point(7, lambdaFn.scope),
    loop: m.point(8, lambdaFn.scope),
    call: m.point(9, loop),
    log: m.point(11, lambdaFn.scope),
    result: m.point(12, lambdaFn.scope),
  };
  const s = {
    base: m.site(base, 1),
    a: m.site(a, 2),
    b: m.site(b, 2),
    sum: m.site(sum, 3),
    input: m.site(input, 6),
    total: m.site(total, 7),
    i0: m.site(i, 8, 11),
    iPlus: m.site(i, 8, 26),
    totalCall: m.site(total, 9, 4),
  };
  const t = new TraceBuilder();
  const mod = t.enter(0, -1, -1, 1);
  t.step(p.base, mod); // 0
  t.write(s.base, mod, num(10));
  const lam = t.enter(lambdaFn.fn, mod, -1, 1);
  t.write(s.input, lam, { t: 'object', ctor: null, entries: [['payload', str('hi')]] });
  t.step(p.total, lam); // 1
  t.write(s.total, lam, num(10));
  t.step(p.loop, lam); // 2
  t.write(s.i0, lam, num(0));
  let value = 10;
  const adds: number[] = [];
  for (let k = 0; k < 2; k++) {
    t.step(p.call, lam); // 3, 7
    const frame = t.enter(addFn.fn, mod, lam, 2);
    adds.push(frame);
    t.write(s.a, frame, num(value));
    t.write(s.b, frame, num(k));
    t.step(p.sum, frame); // 4, 8
    t.write(s.sum, frame, num(value + k));
    t.step(p.ret, frame); // 5, 9
    value += k;
    t.write(s.totalCall, lam, num(value));
    t.write(s.iPlus, lam, num(k + 1));
    t.step(p.loop, lam); // 6, 10
  }
  t.step(p.log, lam); // 11
  t.event('log', 0);
  t.step(p.result, lam); // 12
  const trace = t.end();
  return {
    map: m.map,
    trace,
    points: p,
    sites: s,
    slots: { base, add, lambda, a, b, sum, input, total, i },
    frames: { mod, lam, adds },
  };
}

/** The sample program's recording, with one log and the result 11. */
export function sampleRecording(fields: Partial<RunOutcome> = {}): Recording {
  const { map, trace } = sampleProgram();
  const outcome = outcomeOf(trace, {
    logs: [{ level: 'Info', message: num(11), extras: [], timestamp: 1 }],
    ...fields,
  });
  return buildRecording({ map, trace, outcome, limits: LIMITS });
}
