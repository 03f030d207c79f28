import { describe, expect, it } from 'vitest';
import { instrument } from './instrument';
import { userPositions } from './user-positions';

describe('userPositions', () => {
  it("maps an error's column and its stack's columns to the user's code", () => {
    const code = 'function lambda(input) {\n  let a = 1; let b = 2; throw new Error(a + b);\n}';
    const done = instrument(code);
    if (!done.ok) throw new Error(done.message);
    const line = done.code.split('\n')[1]!;
    const column = line.indexOf('throw') + 1;
    const error = {
      code: 'x',
      name: 'Error',
      message: '3',
      phase: 'invoke' as const,
      line: 2,
      column,
      stack: `Error: 3\n    at lambda (function.js:2:${column})`,
    };
    const mapped = userPositions(error, done.userColumn);
    const userColumn = code.split('\n')[1]!.indexOf('throw') + 1;
    expect(column).toBeGreaterThan(userColumn);
    expect(mapped.column).toBe(userColumn);
    expect(mapped.stack).toBe(`Error: 3\n    at lambda (function.js:2:${userColumn})`);
    const { line: _line, column: _column, stack: _stack, ...placeless } = error;
    expect(userPositions(placeless, done.userColumn)).toEqual(placeless);
  });
});
