import ts from 'typescript';
import { typescript as monacoTs } from 'monaco-editor/languages/features/typescript/lib/typescriptServices';
import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import type { TypeScriptApi } from './lambda-node';
import { SYNTAX_CHECKS } from './missing-feature-lints';
import { platformLints } from './platform-lints';

// The runtime-specific lints (Node 14's missing features, the contract), with both TypeScripts.
describe.each<[string, TypeScriptApi]>([
  [`typescript ${ts.version}`, ts],
  [`Monaco's typescript ${monacoTs.version}`, monacoTs],
])('with %s', (_, api) => {
  const lint = (text: string, runtime: Runtime) => platformLints(api, text, runtime);
  const codes = (text: string, runtime: Runtime) => lint(text, runtime).map((l) => l.code);
  const v2 = (body: string) => `\nasync function lambda(input) {\n${body}\n}\n`;
  const v1 = (body: string, head = '') =>
    `${head}\nfunction lambda(input, callback) {\n${body}\n}\n`;

  describe('features Node 14 lacks (V1)', () => {
    const inV1 = (body: string) => lint(v1(`${body}\n  callback(null);`), 'v1');

    it('name the feature, the Node version and when Node added it', () => {
      expect(inV1("const s = 'x'.replaceAll('a', 'b');").map((l) => l.message)).toEqual([
        'Node 14.19 (V1) has no String.prototype.replaceAll (added in Node 15): "… is not a function" there.',
      ]);
      expect(inV1('const last = [1, 2].at(-1);')[0]?.message).toContain(
        'Array.prototype.at (added in Node 16.6)',
      );
      expect(inV1("const c = 'ab'.at(-1);")[0]?.message).toContain('String.prototype.at');
      expect(inV1('const own = Object.hasOwn(input, "payload");')[0]?.message).toContain(
        'Object.hasOwn',
      );
      expect(inV1('fetch("https://example.com");')[0]?.message).toBe(
        'Node 14.19 (V1) has no fetch (added in Node 18): "fetch is not defined" there.',
      );
      expect(inV1('let a; a ??= 1;')[0]?.message).toContain('SyntaxError');
    });

    it('flag every entry of the record, and nothing in V2', () => {
      const features = rulesOf('v1').missingFeatures;
      for (const f of features.filter((f) => f.kind === 'syntax'))
        expect(SYNTAX_CHECKS[f.name], f.name).toBeTypeOf('function');
      const uses = [
        ...features.filter((f) => f.kind === 'global').map((f) => `void ${f.name};`),
        ...features
          .filter((f) => f.kind === 'method')
          .map((f) => `${f.name.replace('String.prototype', "''")}();`),
        'let a; a ??= 1; a ||= 2; a &&= 3;',
        'class K { static { K.x = 1; } }',
        'const re = /x/d;',
      ].join('\n  ');
      const found = inV1(uses).filter((l) => l.code === 'missing-feature');
      const named = new Set(found.map((l) => /has no (.+) \(added/.exec(l.message)?.[1]));
      expect([...named].sort()).toEqual(features.map((f) => f.name).sort());
      expect(codes(v2(uses), 'v2').filter((c) => c === 'missing-feature')).toEqual([]);
    });

    it('leave alone what the code declares, feature checks and module functions', () => {
      const head = "const _ = require('lodash');\nconst fetch = makeFetch();";
      const body =
        "fetch('x');\n  if (typeof structuredClone === 'function') {}\n  _.union([1], [2]);\n  const o = { at: 1 };";
      expect(lint(v1(`${body}\n  callback(null);`, head), 'v1')).toEqual([]);
    });
  });

  describe('the contract of the chosen runtime', () => {
    it('tell a V2 workspace that no callback comes, and offer V1', () => {
      const [found] = lint(v1('callback(null, 1);'), 'v2');
      expect(found).toMatchObject({
        code: 'contract',
        message: expect.stringContaining(
          'V2 calls lambda(input) without a callback: return the result instead of calling callback',
        ),
        fixes: [{ title: 'Switch the runtime to V1', runtime: 'v1' }],
      });
    });

    it('tell a V1 workspace that a returned value is ignored, and offer V2', () => {
      const [found] = lint(v2('return input.payload;'), 'v1');
      expect(found).toMatchObject({
        code: 'contract',
        message: expect.stringContaining(
          'V1 waits for callback(null, result); the returned value is ignored',
        ),
        fixes: [{ title: 'Switch the runtime to V2', runtime: 'v2' }],
      });
      expect(codes(v2('console.info(1);'), 'v1')).toEqual([]);
      expect(codes(v2('run(() => { return 1; });'), 'v1')).toEqual([]);
    });
  });
});
