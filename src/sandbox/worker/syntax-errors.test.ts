import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RUNTIME_RULES, type MissingFeature } from '../../schema/platform';
import { compileModule } from './compile';
import { mayUseMissingSyntax, nodeSyntaxError, type Acorn } from './syntax-errors';
import { runInNode } from './test-support/run-in-node';

const acorn = createRequire(import.meta.url)('acorn') as Acorn;
const V1 = RUNTIME_RULES.v1.missingFeatures;

/** What the harness reports for `code`: the engine's message for the wrapped code, then acorn's view. */
function reported(
  code: string,
  missing: readonly MissingFeature[] = RUNTIME_RULES.v2.missingFeatures,
) {
  let engineMessage: string | null = null;
  try {
    compileModule(code);
  } catch (error) {
    engineMessage = (error as Error).message;
  }
  return nodeSyntaxError(acorn, code, engineMessage, missing);
}

describe('syntax errors as Node reports the user file', () => {
  it.each([
    ['a stray }', 'function lambda() {}\n}', "Unexpected token '}'", 2, 1],
    ['a missing }', 'function lambda() {\n  return 1;\n', 'Unexpected end of input', 3, 1],
    ['a missing )', 'function lambda() {\n  foo(1;\n}', 'missing ) after argument list', 2, 8],
    ['an unfinished call at the end', 'foo(', 'Unexpected end of input', 1, 5],
    ['a missing value', 'function lambda() {\n  const a = ;\n}', "Unexpected token ';'", 2, 13],
    ['an else without if', 'if (a) {} else }', "Unexpected token '}'", 1, 16],
    ['a stray )', 'foo())', "Unexpected token ')'", 1, 6],
    [
      'a declaration made twice',
      'let x = 1;\nlet x = 2;',
      "Identifier 'x' has already been declared",
      2,
      5,
    ],
    ['a const without a value', 'const a;', 'Missing initializer in const declaration', 1, 8],
    ['an unterminated string', 'const s = "abc\nx";', 'Invalid or unexpected token', 1, 11],
    ['an unterminated comment', 'const a = 1; /* note', 'Invalid or unexpected token', 1, 14],
    ['two values in a row', 'const a = 1 2;', 'Unexpected number', 1, 13],
    ['an unterminated template', 'const t = `abc', 'Unterminated template literal', 1, 12],
  ])('%s', (_slip, code, message, line, column) => {
    expect(reported(code)).toEqual({ message, line, column });
  });

  it('finds nothing in code that parses', () => {
    expect(reported('return 1;\nfunction lambda(i, cb) { cb(null, 1); }')).toBeNull();
  });
});

describe('syntax Node 14 lacks (V1)', () => {
  it.each([
    ['a.b ??= 1;', "Unexpected token '??='", 1, 5],
    ['let a;\nif (x) a ||= 2;', "Unexpected token '||='", 2, 10],
    ['x &&= y', "Unexpected token '&&='", 1, 3],
    ['class A {\n  static { init(); }\n}', "Unexpected token '{'", 2, 10],
    ['const m = /a(b)/dg.exec(s);', 'Invalid regular expression flags', 1, 11],
  ])('%j fails in V1', (code, message, line, column) => {
    expect(mayUseMissingSyntax(code, V1)).toBe(true);
    expect(reported(code, V1)).toEqual({ message, line, column });
    expect(reported(code)).toBeNull();
  });

  it('reports the first use, and looks no further when the text cannot hold any', () => {
    expect(reported('a ||= 1;\nb ??= 2;', V1)).toMatchObject({
      line: 1,
      message: "Unexpected token '||='",
    });
    expect(mayUseMissingSyntax('const a = b ?? c; x = y/d;', V1)).toBe(true);
    expect(reported('const a = b ?? c; x = y/d;', V1)).toBeNull();
    expect(mayUseMissingSyntax('const a = b ?? c;', V1)).toBe(false);
  });
});

describe('a load that fails on syntax', () => {
  const bad = 'const ok = 1;\nclass A { static { } }\nfunction lambda(i, cb) { cb(null, ok); }';

  it('fails V1 at the syntax Node 14 lacks, and runs it in V2', async () => {
    const v1 = await runInNode(bad);
    expect(v1.done.status).toBe('failed');
    expect(v1.done.error).toMatchObject({
      phase: 'load',
      name: 'SyntaxError',
      code: RUNTIME_RULES.v1.errorCodes.runtime,
      message: "Unexpected token '{'",
      line: 2,
      column: 18,
    });
    const v2 = await runInNode(bad.replace('(i, cb) { cb(null, ok); }', '() { return ok; }'), {
      runtime: 'v2',
    });
    expect(v2.done.status).toBe('succeeded');
  });

  it("reports a stray } without the wrapper's tokens, in both runtimes", async () => {
    for (const runtime of ['v1', 'v2'] as const) {
      const run = await runInNode('function lambda(i, cb) {\n  cb(null, 1);\n}\n}', { runtime });
      expect(run.done.error).toMatchObject({ message: "Unexpected token '}'", line: 4, column: 1 });
    }
  });
});
