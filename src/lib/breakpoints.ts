// Pure helpers over a workspace's breakpoints: toggle, update and remove by line, keep them within
// the code, and move them with the edits of the code. Every list returned is sorted by line, one
// breakpoint per line.
import type { Breakpoint } from '../schema/workspace';

/** An edit of the code: the range replaced (lines and columns from 1, before the edit) and the text put there. */
export interface CodeEdit {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** What `updateBreakpoint` may set: a condition or a logpoint message; empty or undefined removes it. */
export type BreakpointPatch = { condition?: string | undefined; log?: string | undefined };

const byLine = (a: Breakpoint, b: Breakpoint) => a.line - b.line;

/** Sorted by line, the first of two on one line kept. */
function normalise(list: readonly Breakpoint[]): Breakpoint[] {
  const sorted = [...list].sort(byLine);
  return sorted.filter((b, i) => i === 0 || sorted[i - 1]!.line !== b.line);
}

/** Adds a plain breakpoint at `line`, or removes the one there. */
export function toggleBreakpoint(list: readonly Breakpoint[], line: number): Breakpoint[] {
  if (list.some((b) => b.line === line)) return removeBreakpoint(list, line);
  return normalise([...list, { line }]);
}

/** Sets or clears the condition or the message of the breakpoint at `line` (adding one there when there is none). */
export function updateBreakpoint(
  list: readonly Breakpoint[],
  line: number,
  patch: BreakpointPatch,
): Breakpoint[] {
  const old = list.find((b) => b.line === line) ?? { line };
  const next: Breakpoint = { line };
  const condition = 'condition' in patch ? patch.condition : old.condition;
  const log = 'log' in patch ? patch.log : old.log;
  if (condition) next.condition = condition;
  if (log) next.log = log;
  return normalise([next, ...list.filter((b) => b.line !== line)]);
}

/** Removes the breakpoint at `line`. */
export function removeBreakpoint(list: readonly Breakpoint[], line: number): Breakpoint[] {
  return normalise(list.filter((b) => b.line !== line));
}

/** The breakpoints on lines the code has (a link or a file may name lines past its end). */
export function breakpointsWithin(list: readonly Breakpoint[], code: string): Breakpoint[] {
  const lines = code.split('\n').length;
  return normalise(list.filter((b) => b.line <= lines));
}

const newlines = (text: string) => text.split('\n').length - 1;

/** One edit's effect on a line: its new number, or null when the edit deleted it. */
function shiftLine(line: number, edit: CodeEdit): number | null {
  const { startLine, endLine } = edit;
  const delta = newlines(edit.text) - (endLine - startLine);
  // Whole lines replaced (from column 1 to column 1, the text ending a line): the lines from the
  // start up to the end line go, and the end line moves (e.g. lines inserted above a line).
  const wholeLines =
    edit.startColumn === 1 &&
    edit.endColumn === 1 &&
    (edit.text === '' || edit.text.endsWith('\n'));
  if (wholeLines) {
    if (line < startLine) return line;
    return line < endLine ? null : line + delta;
  }
  if (line <= startLine) return line;
  return line <= endLine ? null : line + delta;
}

/**
 * The breakpoints after edits of the code, applied in order (each edit's range as the code is once
 * the edits before it applied; Monaco lists a change's edits from the end of the code so that this
 * holds): lines move with the lines inserted or removed above them; a breakpoint on a deleted line goes.
 */
export function shiftBreakpoints(
  list: readonly Breakpoint[],
  edits: readonly CodeEdit[],
): Breakpoint[] {
  let current: Breakpoint[] = [...list];
  for (const edit of edits) {
    const moved: Breakpoint[] = [];
    for (const breakpoint of current) {
      const line = shiftLine(breakpoint.line, edit);
      if (line !== null) moved.push({ ...breakpoint, line });
    }
    current = moved;
  }
  return normalise(current);
}
