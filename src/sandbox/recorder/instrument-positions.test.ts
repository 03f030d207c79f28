/** Error positions: a stack position of the instrumented code, mapped with userColumn, is the plain code's. */
import { describe, expect, it } from 'vitest';
import { runBoth } from './test-support/record-in-node';

/** `new Function` puts two lines above the body. */
const HEADER_LINES = 2;

function topPosition(thrown: unknown): { line: number; column: number } {
  const stack = thrown instanceof Error ? (thrown.stack ?? '') : '';
  const match = /<anonymous>:(\d+):(\d+)\)/.exec(stack);
  if (!match) throw new Error(`no position in ${stack}`);
  return { line: Number(match[1]) - HEADER_LINES, column: Number(match[2]) };
}

const CASES: { name: string; code: string; line: number }[] = [
  {
    name: 'a throw statement after others on its line',
    code: 'function lambda(input) {\n  let a = 1; a++; throw new Error("boom " + a)\n}',
    line: 2,
  },
  {
    name: 'a TypeError inside an expression',
    code: 'function lambda(input) {\n  const x = 1;\n  for (let i = 0; i < 1; i++) { const deep = input.missing.value }\n}',
    line: 3,
  },
  {
    name: 'a throw in an arrow expression body in a nested call',
    code: 'const fail = (v) => v.nope.x\nfunction lambda(input) {\n  if (input) [1].map((n) => fail(n))\n}',
    line: 1,
  },
  {
    name: 'a throw in a class method after a directive',
    code: '"use strict"\nclass A { m() { let y = 2; return y.z.w } }\nasync function lambda() { await null; new A().m() }',
    line: 2,
  },
  {
    name: 'Windows line ends',
    code: 'function lambda(input) {\r\n  let n = 1;\r\n  n++; if (n) { n.x.y = 1 }\r\n}',
    line: 3,
  },
];

describe('error positions', () => {
  it.each(CASES)('$name', async ({ code, line }) => {
    const runs = await runBoth(code, { input: {} });
    expect(runs.plain.error).toBeDefined();
    expect(runs.instrumented.error).toEqual(runs.plain.error);
    const plain = topPosition(runs.plain.thrown);
    const instrumented = topPosition(runs.instrumented.thrown);
    expect(plain.line).toBe(line);
    expect(instrumented.line).toBe(plain.line);
    expect(instrumented.column).not.toBe(plain.column);
    expect(runs.userColumn(instrumented.line, instrumented.column)).toBe(plain.column);
  });
});
