/**
 * Test support: a recorder that keeps what instrumented code reports (frames, steps, writes),
 * and a runner that runs function code in Node the way the worker does (module code in a
 * function of the module's names, `this` = exports, then `lambda` called V1 or V2 style), plain
 * and instrumented, with each run's result, error and console output.
 */
import { format } from 'node:util';
import { RECORDER_PARAM, type RecorderProbe } from '../../protocol';
import { instrument } from '../instrument';
import type { ProgramMap } from '../program-map';

/** A write the fake recorder kept (`step`: the latest step when it happened, -1 before any). */
export interface RecordedWrite {
  step: number;
  site: number;
  frame: number;
  value: unknown;
}

/** Thrown by the fake recorder past its step limit (ends a busy loop). */
export class StepLimit extends Error {}

const SNAPSHOT_DEPTH = 3;

/** A copy of `value` that runs none of its code: own data properties only, a few levels deep. */
function snapshot(value: unknown, depth = 0): unknown {
  if (typeof value === 'function') {
    const name = Reflect.getOwnPropertyDescriptor(value, 'name');
    return `[Function ${name && 'value' in name ? String(name.value) : ''}]`;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= SNAPSHOT_DEPTH) return '[deeper]';
  const copy: Record<string, unknown> = Array.isArray(value) ? ([] as never) : {};
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) copy[key] = snapshot(descriptor.value, depth + 1);
  }
  return copy;
}

/** A RecorderProbe keeping everything, frames as the trace's quads [fn, lexicalParent, caller, depth]. */
export class FakeRecorder implements RecorderProbe {
  /** Frames entered, by id. */
  readonly frames: [number, number, number, number][] = [];
  /** Steps as [point, frame]. */
  readonly steps: [number, number][] = [];
  /** Writes in order. */
  readonly writes: RecordedWrite[] = [];
  /** Frames left, in order. */
  readonly left: number[] = [];
  private readonly active: number[] = [];

  constructor(private readonly maxSteps = 100_000) {}

  e(fn: number, parent: number): number {
    const caller = this.active.length > 0 ? this.active[this.active.length - 1]! : -1;
    const depth = caller < 0 ? 1 : this.frames[caller]![3] + 1;
    this.frames.push([fn, parent, caller, depth]);
    this.active.push(this.frames.length - 1);
    return this.frames.length - 1;
  }

  l(frame: number): void {
    const index = this.active.lastIndexOf(frame);
    if (index >= 0) this.active.splice(index, 1);
    this.left.push(frame);
  }

  s(point: number, frame: number): void {
    if (this.steps.length >= this.maxSteps) throw new StepLimit('step limit');
    this.steps.push([point, frame]);
  }

  v(site: number, frame: number, value: unknown): void {
    this.writes.push({ step: this.steps.length - 1, site, frame, value: snapshot(value) });
  }
}

/** What one run gave. */
export interface RunOutput {
  result?: unknown;
  error?: { name: string; message: string };
  /** The thrown value itself (for its stack). */
  thrown?: unknown;
  logs: string[];
}

/** How to call `lambda`: V1 passes a callback, V2 (the default) awaits what it returns. */
export interface RunOptions {
  input?: unknown;
  style?: 'v1' | 'v2';
}

const CALLBACK_TIMEOUT_MS = 2000;

function fakeConsole(logs: string[]): Record<string, (...args: unknown[]) => void> {
  const out: Record<string, (...args: unknown[]) => void> = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    out[level] = (...args) => logs.push(`${level}: ${format(...args)}`);
  }
  return out;
}

function describeError(thrown: unknown): { name: string; message: string } {
  if (thrown instanceof Error) return { name: thrown.name, message: thrown.message };
  return { name: 'thrown', message: format(thrown) };
}

async function callLambda(lambda: unknown, options: RunOptions): Promise<unknown> {
  if (typeof lambda !== 'function') return undefined;
  if (options.style !== 'v1') return await (lambda as (input: unknown) => unknown)(options.input);
  return await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('callback never called')), CALLBACK_TIMEOUT_MS);
    const callback = (error: unknown, result: unknown) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(result);
    };
    Promise.resolve(
      (lambda as (input: unknown, cb: unknown) => unknown)(options.input, callback),
    ).catch((error: unknown) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Runs `code` as the worker does, with `recorder` as `__sfpRec`. */
export async function runCode(
  code: string,
  recorder: RecorderProbe | undefined,
  options: RunOptions = {},
): Promise<RunOutput> {
  const logs: string[] = [];
  const exports = {};
  const module = { exports };
  const require = (name: string) => {
    throw new Error(`Cannot find module '${name}'`);
  };
  try {
    const factory = new Function(
      'exports',
      'require',
      'module',
      'console',
      RECORDER_PARAM,
      `${code}\n;return typeof lambda === "undefined" ? undefined : lambda;`,
    ) as (...args: unknown[]) => unknown;
    const lambda = factory.call(exports, exports, require, module, fakeConsole(logs), recorder);
    const result = await callLambda(lambda, options);
    return { result, logs };
  } catch (thrown) {
    return { error: describeError(thrown), thrown, logs };
  }
}

/** Both runs of `code` and what the instrumented one recorded. */
export interface BothRuns {
  plain: RunOutput;
  instrumented: RunOutput;
  recorder: FakeRecorder;
  map: ProgramMap;
  code: string;
  userColumn(line: number, column: number): number;
}

/** Runs `code` plain, then instrumented (throws if it does not instrument). */
export async function runBoth(
  code: string,
  options: RunOptions = {},
  recorder = new FakeRecorder(),
): Promise<BothRuns> {
  const result = instrument(code);
  if (!result.ok) throw new Error(`does not instrument: ${result.message}`);
  const plain = await runCode(code, undefined, options);
  const instrumented = await runCode(result.code, recorder, options);
  return {
    plain,
    instrumented,
    recorder,
    map: result.map,
    code: result.code,
    userColumn: (line, column) => result.userColumn(line, column),
  };
}
