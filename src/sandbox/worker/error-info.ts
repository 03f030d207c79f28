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
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import type { RunError } from '../protocol';
import { HEADER_LINES, SOURCE_NAME } from './compile';

const FRAME = /^\s+at /;
const LOCATION = new RegExp(`${SOURCE_NAME.replace('.', '\\.')}:(\\d+):(\\d+)`, 'g');

/** Whether `error`'s constructor is exactly TypeError, SyntaxError or ReferenceError (a subclass is not). */
function isRuntimeError(error: unknown): boolean {
  let ctor: unknown;
  try {
    ctor =
      error !== null && typeof error === 'object'
        ? (error as { constructor?: unknown }).constructor
        : undefined;
  } catch {
    ctor = undefined;
  }
  return (
    ctor === Builtins.TypeError || ctor === Builtins.SyntaxError || ctor === Builtins.ReferenceError
  );
}

/** The codes of a failure in `runtime`: the CLI's `code`, and V2's `platformCode` beside it. */
export function failureCodes(
  error: unknown,
  runtime: Runtime,
): Pick<RunError, 'code' | 'platformCode'> {
  const rules = rulesOf(runtime);
  const kind = isRuntimeError(error) ? 'runtime' : 'custom';
  const code = rules.errorCodes[kind];
  return rules.platformCodes ? { code, platformCode: rules.platformCodes[kind] } : { code };
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

/** Whether `error` has a message the runtime logs (`e && e.message`); reading it may throw. */
function hasMessage(error: Error): boolean {
  try {
    return !!error.message;
  } catch {
    return false;
  }
}

/** The failure without its codes: name, message, stack and position, every text cut to TEXT_CAPS. */
function describeValue(
  error: unknown,
  phase: RunError['phase'],
  runtime: Runtime | null,
): RunError {
  const value = toTagged(error);
  // V1 formats a message-less Error as a failure "in an incorrect format": errorMsg is its JSON.
  if (!isError(error) || (runtime === 'v1' && !hasMessage(error))) {
    const message = typeof error === 'string' ? error : nonErrorText(value);
    return {
      code: '',
      name: 'NonError',
      message: capText(message, TEXT_CAPS.message),
      phase,
      value,
    };
  }
  const described: RunError = {
    code: '',
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

/**
 * Describes a failure of `phase` the way `runtime` reports it, every text cut to TEXT_CAPS: the
 * CLI's code (runtime-exception for exactly TypeError, SyntaxError and ReferenceError, else
 * custom-failure) and, in V2, the platform's code beside it.
 */
export function describeFailure(
  error: unknown,
  phase: RunError['phase'],
  runtime: Runtime,
): RunError {
  const described = describeValue(error, phase, runtime);
  // A value that is not an Error object is never a runtime exception.
  return { ...described, ...failureCodes(described.name === 'NonError' ? null : error, runtime) };
}

/** A one-line description of an error for a warning: name, message and line in the user's code. */
export function errorSummary(error: unknown): string {
  const described = describeValue(error, 'invoke', null);
  const head =
    described.name === 'NonError' ? described.message : `${described.name}: ${described.message}`;
  return hasOwn(described, 'line')
    ? `${head} (line ${described.line}, column ${described.column})`
    : head;
}
