/**
 * A Debug run's failure in the user's positions: the worker reports lines of the user's code
 * already (the transform keeps every statement on its line), but columns of the instrumented
 * code; these map them back, in the error's line/column and in its stack.
 */
import type { RunError } from '../protocol';

/** Maps a 1-based column of the instrumented code on a 1-based user line to the user's column. */
export type UserColumn = (line: number, column: number) => number;

const STACK_POSITION = /\bfunction\.js:(\d+):(\d+)/g;

/** `error` with its column and every `function.js:line:column` of its stack in the user's columns. */
export function userPositions(error: RunError, userColumn: UserColumn): RunError {
  const mapped: RunError = { ...error };
  if (error.line !== undefined && error.column !== undefined)
    mapped.column = userColumn(error.line, error.column);
  if (error.stack !== undefined)
    mapped.stack = error.stack.replace(
      STACK_POSITION,
      (_, line: string, column: string) =>
        `function.js:${line}:${userColumn(Number(line), Number(column))}`,
    );
  return mapped;
}
