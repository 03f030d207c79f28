// Checks a test case's run against its expectations and says what differed, expected beside
// actual. Only the expectations a case gives are checked; a case with none always passes.
import type { Expectation } from '../schema/test-case';

/** How a case's run ended, as its expectations see it. */
export interface CaseRun {
  status: 'succeeded' | 'failed' | 'timed-out' | 'crashed';
  /** Whether the function returned a value. */
  hasResult: boolean;
  /** The returned value as the platform sends it (JSON). */
  result: unknown;
  error: { code: string; message: string } | null;
  /** The text of each console entry. */
  logs: string[];
}

/** One expectation the run did not meet. */
export interface Mismatch {
  /** Which expectation, in words (`Status`, `Returned value equals`...). */
  expectation: string;
  expected: string;
  actual: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether two JSON values are equal (object key order aside). */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => jsonEquals(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && jsonEquals(a[key], b[key]))
    );
  }
  return false;
}

/** Whether `actual` contains `expected`: its object keys and array items, recursively; other values equal. */
export function jsonContains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      expected.every((item) => actual.some((candidate) => jsonContains(candidate, item)))
    );
  if (isObject(expected))
    return (
      isObject(actual) &&
      Object.keys(expected).every(
        (key) => Object.hasOwn(actual, key) && jsonContains(actual[key], expected[key]),
      )
    );
  return jsonEquals(actual, expected);
}

/** A JSON value as one line of text. */
export function showJson(value: unknown): string {
  return value === undefined ? 'no value' : JSON.stringify(value);
}

function outcomeText(run: CaseRun): string {
  if (run.status === 'succeeded') return 'succeeds';
  const how =
    run.status === 'failed' ? 'fails' : run.status === 'timed-out' ? 'times out' : 'crashes';
  return run.error ? `${how}: ${run.error.message}` : how;
}

const resultText = (run: CaseRun) => (run.hasResult ? showJson(run.result) : 'no value');

/** The expectations `run` does not meet (none when the case passes). */
export function matchExpectation(expect: Expectation, run: CaseRun): Mismatch[] {
  const out: Mismatch[] = [];
  const succeeded = run.status === 'succeeded';
  if (expect.status && (expect.status === 'succeeds') !== succeeded) {
    out.push({ expectation: 'Status', expected: expect.status, actual: outcomeText(run) });
  }
  if (
    expect.resultEquals !== undefined &&
    !(run.hasResult && jsonEquals(run.result, expect.resultEquals))
  ) {
    out.push({
      expectation: 'Returned value equals',
      expected: showJson(expect.resultEquals),
      actual: resultText(run),
    });
  }
  if (
    expect.resultContains !== undefined &&
    !(run.hasResult && jsonContains(run.result, expect.resultContains))
  ) {
    out.push({
      expectation: 'Returned value contains',
      expected: showJson(expect.resultContains),
      actual: resultText(run),
    });
  }
  if (expect.errorCode !== undefined && run.error?.code !== expect.errorCode) {
    out.push({
      expectation: 'Error code',
      expected: expect.errorCode,
      actual: run.error?.code ?? 'no error',
    });
  }
  if (
    expect.logContains !== undefined &&
    !run.logs.some((text) => text.includes(expect.logContains as string))
  ) {
    out.push({
      expectation: 'Console contains',
      expected: expect.logContains,
      actual: run.logs.length > 0 ? run.logs.join('\n') : 'no console entries',
    });
  }
  return out;
}
