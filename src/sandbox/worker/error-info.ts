/**
 * How the runtime classifies a failure, and where it happened in the user's code: error codes,
 * the Warn entry for a failure that is not an Error, stacks cut to the user's frames. It runs
 * after user code, so it calls only built-ins captured at load, and cuts every text it returns.
 */
import {
  Builtins,
  execPattern,
  hasOwn,
  indexOfText,
  isInstance,
  jsonStringify,
  sliceText,
  textOf,
} from '../../lib/intrinsics';
import { capText, cutNote, TEXT_CAPS } from '../../lib/message-limits';
import { taggedToJson, toTagged, type Tagged } from '../../lib/safe-serialise';
import { PLATFORM } from '../../schema/platform';
import type { RunError } from '../protocol';
import { HEADER_LINES, SOURCE_NAME } from './compile';

/** The runtime's error codes. */
const FAILURE_CODES = PLATFORM.errorCodes;

/** The message the runtime gives when lambda does not answer in time. */
const TIMEOUT_MESSAGE = PLATFORM.timeoutMessage;

const FRAME = /^\s+at /;
const LOCATION = new RegExp(`${SOURCE_NAME.replace('.', '\\.')}:(\\d+):(\\d+)`, 'g');

/** The code for a failure: runtime-exception for TypeError, SyntaxError and ReferenceError, else custom-failure. */
export function failureCode(error: unknown): string {
  let ctor: unknown;
  try {
    ctor =
      error !== null && typeof error === 'object'
        ? (error as { constructor?: unknown }).constructor
        : undefined;
  } catch {
    ctor = undefined;
  }
  return ctor === Builtins.TypeError ||
    ctor === Builtins.SyntaxError ||
    ctor === Builtins.ReferenceError
    ? FAILURE_CODES.runtime
    : FAILURE_CODES.custom;
}

/**
 * A stack reduced to its message and the user's frames, with lines counted in the user's code;
 * only the first TEXT_CAPS.stack characters are read, the rest is counted in a cut note.
 */
export function userStack(stack: string): { stack: string; line?: number; column?: number } {
  let line: number | undefined;
  let column: number | undefined;
  const rewrite = (row: string, frame: boolean): string => {
    let out = '';
    let from = 0;
    LOCATION.lastIndex = 0;
    for (let match = execPattern(LOCATION, row); match; match = execPattern(LOCATION, row)) {
      const userLine = +match[1]! - HEADER_LINES;
      if (line === undefined && frame) {
        line = userLine;
        column = +match[2]!;
      }
      out += `${sliceText(row, from, match.index)}${SOURCE_NAME}:${userLine}:${match[2]!}`;
      from = match.index + match[0].length;
    }
    return out + sliceText(row, from);
  };
  const cut = stack.length > TEXT_CAPS.stack;
  const text = cut ? sliceText(stack, 0, TEXT_CAPS.stack) : stack;
  let kept: string | null = null;
  for (let start = 0; start <= text.length;) {
    const newline = indexOfText(text, '\n', start);
    const end = newline < 0 ? text.length : newline;
    const row = sliceText(text, start, end);
    start = end + 1;
    const frame = execPattern(FRAME, row) !== null;
    if (frame && indexOfText(row, `${SOURCE_NAME}:`) < 0) continue;
    kept = kept === null ? rewrite(row, frame) : `${kept}\n${rewrite(row, frame)}`;
  }
  const result = { stack: (kept ?? '') + (cut ? cutNote(stack.length - TEXT_CAPS.stack) : '') };
  return line !== undefined && column !== undefined ? { ...result, line, column } : result;
}

function readString(read: () => unknown, fallback: string): string {
  try {
    const value = read();
    return typeof value === 'string' ? value : textOf(value);
  } catch {
    return fallback;
  }
}

function isError(value: unknown): value is Error {
  try {
    return isInstance(value, Builtins.Error);
  } catch {
    return false;
  }
}

/** The text of a failure that is not an Error: the JSON of the value, as the runtime prints it. */
function nonErrorText(value: Tagged): string {
  const json = taggedToJson(value);
  try {
    const text: unknown = jsonStringify(json);
    return typeof text === 'string' ? text : textOf(json);
  } catch {
    return '';
  }
}

/** Describes a failure of `phase` the way the runtime reports it, every text cut to TEXT_CAPS. */
export function describeFailure(error: unknown, phase: RunError['phase']): RunError {
  const value = toTagged(error);
  if (!isError(error)) {
    const message = typeof error === 'string' ? error : nonErrorText(value);
    return {
      code: FAILURE_CODES.custom,
      name: 'NonError',
      message: capText(message, TEXT_CAPS.message),
      phase,
      value,
    };
  }
  const described: RunError = {
    code: failureCode(error),
    name: capText(
      readString(() => error.name, 'Error'),
      TEXT_CAPS.name,
    ),
    message: capText(
      readString(() => error.message, ''),
      TEXT_CAPS.message,
    ),
    phase,
    value,
  };
  const stack = readString(() => error.stack, '');
  return stack ? { ...described, ...userStack(stack) } : described;
}

/** A failure that is not an error: lambda never answered, so the platform would stop it at its limit. */
export function neverAnswered(): RunError {
  return {
    code: FAILURE_CODES.timeout,
    name: 'Timeout',
    message: TIMEOUT_MESSAGE,
    phase: 'invoke',
  };
}

/** A one-line description of an error for a warning: name, message and line in the user's code. */
export function errorSummary(error: unknown): string {
  const described = describeFailure(error, 'invoke');
  const head =
    described.name === 'NonError' ? described.message : `${described.name}: ${described.message}`;
  return hasOwn(described, 'line')
    ? `${head} (line ${described.line}, column ${described.column})`
    : head;
}
