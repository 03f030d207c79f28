/**
 * The breakpoints against a recording: which steps hit (a breakpoint's line, its condition true at
 * that step), each condition's error, and the logpoints' messages as timeline entries.
 */
import type { Breakpoint } from '../../schema/workspace';
import { compileExpression, conditionHolds, formatLogMessage, type Lookup } from './expression';
import type { BreakpointHit } from './navigation';
import type { Recording, TimelineEntry } from './recording';
import { scopesAt } from './values-at-step';

/** The variables at step n by name, innermost first; lambda's `input` entry only when nothing else has the name. */
export function lookupAt(r: Recording, n: number): Lookup {
  const scopes = scopesAt(r, n);
  const inner = scopes.filter((s) => s.kind !== 'input');
  const input = scopes.filter((s) => s.kind === 'input');
  return (name) => {
    for (const scope of [...inner, ...input])
      for (const v of scope.variables) if (v.name === name) return v.value;
    return undefined;
  };
}

/** Most logpoint messages the timeline shows. */
export const MAX_LOGPOINT_ENTRIES = 500;

/** What the breakpoints make of a recording. */
export interface BreakpointView {
  hit: BreakpointHit;
  /** The error of a condition or a log message, by breakpoint line (the first one met). */
  errors: Map<number, string>;
  logpoints: TimelineEntry[];
}

/**
 * Evaluates the breakpoints against the recording: logpoints (where their condition, if any, holds)
 * and each condition's first step now, the other conditions when a move asks (cached per step).
 */
export function breakpointView(r: Recording, breakpoints: Breakpoint[]): BreakpointView {
  const stops = new Map<number, Breakpoint>();
  const logs = new Map<number, Breakpoint & { log: string }>();
  const errors = new Map<number, string>();
  for (const b of breakpoints) {
    if (b.log) logs.set(b.line, { ...b, log: b.log });
    else stops.set(b.line, b);
    const compiled = b.condition ? compileExpression(b.condition) : null;
    if (compiled && !compiled.ok) errors.set(b.line, compiled.error);
  }
  const known = new Int8Array(r.count);
  const hit: BreakpointHit = (step) => {
    const b = stops.get(r.lines[step]!);
    if (!b) return false;
    if (!b.condition) return true;
    if (known[step]) return known[step] === 1;
    const { holds, error } = conditionHolds(b.condition, lookupAt(r, step));
    if (error && !errors.has(b.line)) errors.set(b.line, error);
    known[step] = holds ? 1 : 2;
    return holds;
  };
  const logpoints: TimelineEntry[] = [];
  const firstSeen = new Set<number>();
  for (let step = 0; step < r.count; step++) {
    const line = r.lines[step]!;
    // A condition's error shows at once: evaluate it at the first step on its line.
    if (stops.get(line)?.condition && !firstSeen.has(line)) {
      firstSeen.add(line);
      hit(step);
    }
    const logpoint = logs.get(line);
    if (!logpoint || logpoints.length >= MAX_LOGPOINT_ENTRIES) continue;
    const lookup = lookupAt(r, step);
    // A logpoint with a condition logs only where it holds.
    const check = logpoint.condition ? conditionHolds(logpoint.condition, lookup) : { holds: true };
    if (check.error && !errors.has(line)) errors.set(line, check.error);
    if (!check.holds) continue;
    const { text, error } = formatLogMessage(logpoint.log, lookup);
    if (error && !errors.has(line)) errors.set(line, error);
    logpoints.push({ step, kind: 'logpoint', text, ref: line });
  }
  return { hit, errors, logpoints };
}
