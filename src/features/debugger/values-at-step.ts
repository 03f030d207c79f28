/**
 * What the debugger shows at one step of a recording: the scopes in reach with each variable's
 * value as it was then, the call stack, and the inline values of the lines executed so far.
 */
import type { Tagged } from '../../lib/safe-serialise';
import type { SlotKind } from '../../sandbox/recorder/program-map';
import { lastBelow, slotFrameKey, type Recording } from './recording';
import { previewValue } from './value-preview';

/** A variable's value at a step: recorded, or not yet initialised (let/const/class in its TDZ). */
export type SlotValue = { state: 'value'; value: Tagged } | { state: 'uninitialized' };

/** One variable at a step. */
export interface VariableAtStep {
  slot: number;
  name: string;
  kind: SlotKind;
  value: SlotValue;
  /** The step that led here wrote it. */
  changed: boolean;
}

/** A group of the Variables tree. */
export type ScopeGroupKind = 'input' | 'block' | 'function' | 'closure' | 'module';

/** One scope in reach at a step, with its variables. */
export interface ScopeAtStep {
  kind: ScopeGroupKind;
  /** A label: "Block", "Local: add", "Closure: lambda", "Module", "input". */
  label: string;
  /** The static scope (-1 for the input entry). */
  scope: number;
  frame: number;
  variables: VariableAtStep[];
}

const UNDEFINED: Tagged = { t: 'undefined' };
/** One value per function declaration's slot, so unchanged rows keep their value's identity. */
const functionValues = new WeakMap<object, Tagged>();

/** The frame owning scope `scope`'s variables at a step in `frame`: up the lexical parents to its function. */
export function ownerFrame(r: Recording, frame: number, scope: number): number {
  const fn = r.map.scopes[scope]!.fn;
  let f = frame;
  while (f >= 0 && r.frameFn[f] !== fn) f = r.frameParent[f]!;
  return f;
}

/** The latest of `list`'s writes (indexes into `r.writes`, in step order) made before step n, or -1. */
function latestWriteBefore(r: Recording, list: readonly number[], n: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (r.writes[list[mid]!]!.step < n) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]! : -1;
}

/** Slot `slot`'s value in frame `frame` at step `n`: its last write before n, else its default. */
export function slotValueAt(
  r: Recording,
  slot: number,
  frame: number,
  n: number,
): { value: SlotValue; changed: boolean } {
  const list = r.writesBySlotFrame.get(slotFrameKey(slot, frame));
  const latest = list ? latestWriteBefore(r, list, n) : -1;
  if (latest >= 0) {
    const write = r.writes[latest]!;
    return { value: { state: 'value', value: write.value }, changed: write.step === n - 1 };
  }
  const info = r.map.slots[slot]!;
  const { kind, name } = info;
  if (kind === 'let' || kind === 'const' || kind === 'class')
    return { value: { state: 'uninitialized' }, changed: false };
  if (kind === 'function') {
    let value = functionValues.get(info);
    if (!value) functionValues.set(info, (value = { t: 'function', name }));
    return { value: { state: 'value', value }, changed: false };
  }
  return { value: { state: 'value', value: UNDEFINED }, changed: false };
}

function variablesOf(r: Recording, scope: number, frame: number, n: number): VariableAtStep[] {
  return r.map.scopes[scope]!.slots.map((slot) => {
    const { name, kind } = r.map.slots[slot]!;
    return { slot, name, kind, ...slotValueAt(r, slot, frame, n) };
  });
}

/** The lambda frame of step n: up its callers to one the runtime called, else the recording's first. */
function lambdaFrame(r: Recording, n: number): number {
  for (let f = r.stepFrames[n]!; f >= 0; f = r.frameCaller[f]!)
    if (r.frameCaller[f] === -1 && r.frameFn[f] !== 0) return f;
  for (let f = 0; f < r.frameFn.length; f++)
    if (r.frameCaller[f] === -1 && r.frameFn[f] !== 0) return f;
  return -1;
}

function inputEntry(r: Recording, n: number): ScopeAtStep | null {
  const frame = lambdaFrame(r, n);
  if (frame < 0 || r.frameSteps[r.frameStepStart[frame]!]! > n) return null;
  const fn = r.map.functions[r.frameFn[frame]!]!;
  const param = r.map.scopes[fn.scope]!.slots.find((s) => r.map.slots[s]!.kind === 'param');
  if (param === undefined) return null;
  const { name, kind } = r.map.slots[param]!;
  return {
    kind: 'input',
    label: name,
    scope: -1,
    frame,
    variables: [{ slot: param, name, kind, ...slotValueAt(r, param, frame, n) }],
  };
}

/** The scopes in reach at step n, innermost first, with lambda's first parameter (`input`) on top. */
export function scopesAt(r: Recording, n: number): ScopeAtStep[] {
  if (n < 0 || n >= r.count) return [];
  const frame = r.stepFrames[n]!;
  const currentFn = r.frameFn[frame]!;
  const out: ScopeAtStep[] = [];
  const input = inputEntry(r, n);
  if (input) out.push(input);
  for (
    let scope = r.map.points[r.points[n]!]!.scope;
    scope >= 0;
    scope = r.map.scopes[scope]!.parent
  ) {
    const info = r.map.scopes[scope]!;
    const owner = ownerFrame(r, frame, scope);
    if (owner < 0) continue;
    const fnName = r.map.functions[info.fn]?.name ?? '?';
    let kind: ScopeGroupKind;
    let label: string;
    if (info.kind === 'module') [kind, label] = ['module', 'Module'];
    else if (info.kind === 'block' || info.kind === 'catch')
      [kind, label] = ['block', info.kind === 'catch' ? 'Catch' : 'Block'];
    else if (info.fn === currentFn) [kind, label] = ['function', `Local: ${fnName}`];
    else [kind, label] = ['closure', `Closure: ${fnName}`];
    const variables = variablesOf(r, scope, owner, n);
    if (variables.length || kind !== 'block')
      out.push({ kind, label, scope, frame: owner, variables });
  }
  return out;
}

/** One function of the call stack at a step. */
export interface StackEntry {
  frame: number;
  name: string;
  line: number;
  /** The step it is at: the current one for the top, the latest before it for the callers. */
  step: number;
}

/** The call stack at step n: its frame, then the callers, each at its latest step before n. */
export function callStackAt(r: Recording, n: number): StackEntry[] {
  if (n < 0 || n >= r.count) return [];
  const out: StackEntry[] = [];
  const top = r.stepFrames[n]!;
  for (let f = top; f >= 0; f = r.frameCaller[f]!) {
    let step = n;
    if (f !== top) {
      const at = lastBelow(r.frameSteps, n, r.frameStepStart[f]!, r.frameStepStart[f + 1]!);
      if (at < 0) break;
      step = r.frameSteps[at]!;
    }
    out.push({ frame: f, name: r.map.functions[r.frameFn[f]!]!.name, line: r.lines[step]!, step });
  }
  return out;
}

/** The inline value text of one line. */
export interface InlineValue {
  line: number;
  text: string;
}

/** Most characters of a line's inline values. */
export const INLINE_CHARS = 80;

/** For each line that wrote values before step n: `name = preview` of each variable's last write there, capped. */
export function inlineValuesAt(r: Recording, n: number): InlineValue[] {
  // Per line, per slot: the latest write before n of any of the line's sites.
  const byLine = new Map<number, Map<number, { column: number; write: number }>>();
  r.map.sites.forEach((site, id) => {
    const write = latestWriteBefore(r, r.writesBySite[id]!, n);
    if (write < 0) return;
    let slots = byLine.get(site.line);
    if (!slots) byLine.set(site.line, (slots = new Map()));
    const seen = slots.get(site.slot);
    if (!seen || seen.write < write)
      slots.set(site.slot, { column: Math.min(site.column, seen?.column ?? site.column), write });
  });
  return [...byLine]
    .sort((a, b) => a[0] - b[0])
    .map(([line, slots]) => {
      const text = [...slots]
        .sort((a, b) => a[1].column - b[1].column)
        .map(
          ([slot, { write }]) =>
            `${r.map.slots[slot]!.name} = ${previewValue(r.writes[write]!.value)}`,
        )
        .join(', ');
      return {
        line,
        text: text.length > INLINE_CHARS ? `${text.slice(0, INLINE_CHARS - 1)}…` : text,
      };
    });
}
