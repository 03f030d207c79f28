/**
 * How the runtime classifies a failure, and where it happened in the user's code: error codes,
 * the Warn entry for a failure that is not an Error, stacks cut to the user's frames.
 */
import { taggedToJson, toTagged } from '../../lib/safe-serialise';
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
  const ctor =
    error !== null && typeof error === 'object'
      ? (error as { constructor?: unknown }).constructor
      : undefined;
  return ctor === TypeError || ctor === SyntaxError || ctor === ReferenceError
    ? FAILURE_CODES.runtime
    : FAILURE_CODES.custom;
}

/** A stack reduced to its message and the user's frames, with lines counted in the user's code. */
export function userStack(stack: string): { stack: string; line?: number; column?: number } {
  let line: number | undefined;
  let column: number | undefined;
  const kept: string[] = [];
  for (const text of stack.split('\n')) {
    if (FRAME.test(text) && !text.includes(`${SOURCE_NAME}:`)) continue;
    kept.push(
      text.replace(LOCATION, (_all, l: string, c: string) => {
        const userLine = Number(l) - HEADER_LINES;
        if (line === undefined && FRAME.test(text)) {
          line = userLine;
          column = Number(c);
        }
        return `${SOURCE_NAME}:${userLine}:${c}`;
      }),
    );
  }
  const result: { stack: string; line?: number; column?: number } = { stack: kept.join('\n') };
  if (line !== undefined && column !== undefined) {
    result.line = line;
    result.column = column;
  }
  return result;
}

function readString(read: () => unknown, fallback: string): string {
  try {
    const value = read();
    return typeof value === 'string' ? value : String(value);
  } catch {
    return fallback;
  }
}

/** Describes a failure of `phase` the way the runtime reports it. */
export function describeFailure(error: unknown, phase: RunError['phase']): RunError {
  const value = toTagged(error);
  if (!(error instanceof Error)) {
    const json = taggedToJson(value);
    const message = typeof error === 'string' ? error : (JSON.stringify(json) ?? String(json));
    return { code: FAILURE_CODES.custom, name: 'NonError', message, phase, value };
  }
  const described: RunError = {
    code: failureCode(error),
    name: readString(() => error.name, 'Error'),
    message: readString(() => error.message, ''),
    phase,
    value,
  };
  const stack = readString(() => error.stack, '');
  if (stack) Object.assign(described, userStack(stack));
  return described;
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
  return described.line === undefined
    ? head
    : `${head} (line ${described.line}, column ${described.column})`;
}
