import { describe, expect, it } from 'vitest';
import { runInNode } from './test-support/run-in-node';

const codeFor = (throwing: string) => `function lambda(input, callback) { callback(${throwing}); }`;

describe('error classification', () => {
  it.each([
    ['new TypeError("x")', 'com.liveperson.faas.handler.runtime-exception'],
    ['new SyntaxError("x")', 'com.liveperson.faas.handler.runtime-exception'],
    ['new ReferenceError("x")', 'com.liveperson.faas.handler.runtime-exception'],
    ['new Error("x")', 'com.liveperson.faas.handler.custom-failure'],
    ['new RangeError("x")', 'com.liveperson.faas.handler.custom-failure'],
    ['new (class MyError extends TypeError {})("x")', 'com.liveperson.faas.handler.custom-failure'],
  ])('%s is %s', async (error, code) => {
    const run = await runInNode(codeFor(error));
    expect(run.done.error?.code).toBe(code);
  });

  it('reports a failure that is not an Error as a custom failure carrying the value', async () => {
    const run = await runInNode(codeFor('"bad"'));
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.custom-failure',
      name: 'NonError',
      message: 'bad',
      value: { t: 'string', v: 'bad' },
    });
    const object = await runInNode(codeFor('{ reason: 1 }'));
    expect(object.done.error).toMatchObject({ name: 'NonError', message: '{"reason":1}' });
  });

  it('classifies errors the engine throws', async () => {
    const run = await runInNode('function lambda(input, callback) { undefinedThing(); }');
    expect(run.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.runtime-exception',
      name: 'ReferenceError',
      line: 1,
      column: 36,
    });
    const deep = await runInNode(
      'function f() { return f(); }\nasync function lambda() { return f(); }',
    );
    expect(deep.done.error).toMatchObject({
      code: 'com.liveperson.faas.handler.custom-failure',
      name: 'RangeError',
    });
  });
});

describe('positions in the user code', () => {
  it('locates a syntax error with the engine message and the parser position', async () => {
    const run = await runInNode('function lambda(input, callback) {\n  const a = ;\n}');
    expect(run.done.error).toMatchObject({
      phase: 'load',
      name: 'SyntaxError',
      code: 'com.liveperson.faas.handler.runtime-exception',
      line: 2,
      column: 13,
    });
    expect(run.done.error?.message).toBe("Unexpected token ';'");
    expect(run.libraries).toEqual(['acorn']);
  });

  it('locates a runtime error and keeps only user frames, counted in user lines', async () => {
    const code = [
      '// first',
      'function helper(x) {',
      '  return x.y.z;',
      '}',
      'function lambda(input, callback) {',
      '  callback(null, helper({}));',
      '}',
    ].join('\n');
    const run = await runInNode(code);
    expect(run.done.error).toMatchObject({ line: 3, column: 14 });
    const frames = run.done.error?.stack?.split('\n').slice(1) ?? [];
    expect(frames).toEqual([
      '    at helper (function.js:3:14)',
      '    at lambda (function.js:6:18)',
    ]);
  });

  it('keeps positions after a multi-line import', async () => {
    const code =
      "import {\n  Toolbelt,\n} from 'core-functions-toolbelt';\nasync function lambda() {\n  null.x;\n}";
    const run = await runInNode(code);
    expect(run.done.error).toMatchObject({ line: 5, column: 8 });
  });
});
