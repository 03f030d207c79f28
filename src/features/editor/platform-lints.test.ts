import ts from 'typescript';
import { typescript as monacoTs } from 'monaco-editor/languages/features/typescript/lib/typescriptServices';
import { describe, expect, it } from 'vitest';
import { functionTemplate } from '../../lib/function-templates';
import { EVENT_IDS } from '../../schema/events';
import type { TypeScriptApi } from './lambda-node';
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import { platformLints, type LintCode } from './platform-lints';

const MAX_SOURCE_LENGTH = rulesOf('v2').limits.codeChars;

// Run with the npm package and with the copy Monaco's worker runs them with in the browser.
describe.each<[string, TypeScriptApi]>([
  [`typescript ${ts.version}`, ts],
  [`Monaco's typescript ${monacoTs.version}`, monacoTs],
])('with %s', (_, api) => {
  const lint = (text: string, runtime: Runtime = text.includes('callback') ? 'v1' : 'v2') =>
    platformLints(api, text, runtime);
  const codes = (text: string, runtime?: Runtime) => lint(text, runtime).map((l) => l.code);
  /** The source text each finding covers. */
  const spans = (text: string, code: LintCode, runtime?: Runtime) =>
    lint(text, runtime)
      .filter((l) => l.code === code)
      .map((l) => text.slice(l.start, l.end));

  const v2 = (body: string, head = '') => `${head}\nasync function lambda(input) {\n${body}\n}\n`;
  const v1 = (body: string, head = '') =>
    `${head}\nfunction lambda(input, callback) {\n${body}\n}\n`;

  describe('platform lints', () => {
    it('find nothing in the templates', () => {
      for (const event of EVENT_IDS) {
        for (const style of ['v1', 'v2'] as const) {
          expect(lint(functionTemplate(event, style), style), `${event} ${style}`).toEqual([]);
        }
      }
    });

    it('ask for a function named lambda', () => {
      const text = 'function handler(input, callback) {\n  callback(null, "ok");\n}\n';
      expect(spans(text, 'no-lambda')).toEqual(['function handler(input, callback) {']);
      expect(codes('const lambda = async (input) => "ok";')).toEqual([]);
      expect(codes('const lambda = makeHandler();')).toEqual([]);
      expect(codes('if (x) { function lambda(input, callback) { callback(null); } }')).toEqual([
        'no-lambda',
      ]);
    });

    it('flag eval wherever it is used, but not a property named eval', () => {
      const text = v2('const run = eval;\n  eval("1");\n  return tools.eval;');
      expect(spans(text, 'eval')).toEqual(['eval', 'eval']);
    });

    it('flag console.log in V1 and what is not in the record in V2', () => {
      const body =
        'console.log("a");\n  console["log"]("b");\n  console.info("c");\n  console.table([]);\n  logger.log(1);';
      expect(spans(v1(`${body}\n  callback(null);`), 'console-method')).toEqual([
        'console.log',
        'console["log"]',
        'console.table',
      ]);
      const inV1 = lint(v1('console.log(1); callback(null);'));
      expect(inV1[0]?.message).toBe(
        'console.log does not exist in V1 ("console.log is not a function"): use console.debug, console.info, console.warn or console.error.',
      );
      const inV2 = lint(v2(body)).filter((l) => l.code === 'console-method');
      expect(inV2.map((l) => l.message)).toEqual([
        'console.table crashes the V2 runtime: use console.debug, console.info, console.log, console.warn or console.error.',
      ]);
    });

    it('flag modules the runtime does not offer', () => {
      const head = "const axios = require('axios');\nconst _ = require('lodash');";
      expect(spans(v1('callback(null);', head), 'unknown-module')).toEqual(["'axios'"]);
      const found = lint(v2('return 1;', head)).filter((l) => l.code === 'unknown-module');
      expect(found.map((l) => l.message.slice(0, 40))).toEqual([
        "'axios' is not offered to V2 functions: ",
        "'lodash' is not offered to V2 functions:",
      ]);
      expect(codes(v1('callback(null);', "const get = require('lodash/get');"))).toEqual([]);
      const esm = "import fs from 'fs';\nconst jwt = await import('jsonwebtoken');";
      expect(spans(v2('return 1;', esm), 'unknown-module')).toEqual(["'fs'"]);
    });

    it("flag the other runtime's toolbelt, with a rename and a switch", () => {
      const [wrong] = lint(v2('return 1;', "import { Toolbelt } from 'lp-faas-toolbelt';"));
      expect(wrong).toMatchObject({
        code: 'wrong-toolbelt',
        message: expect.stringContaining(
          "V2 functions use core-functions-toolbelt; lp-faas-toolbelt is V1's",
        ),
        fixes: [
          { title: "Use 'core-functions-toolbelt'", text: "'core-functions-toolbelt'" },
          { title: 'Switch the runtime to V1', runtime: 'v1' },
        ],
      });
      const text = v1(
        'callback(null);',
        'const { Toolbelt } = require("core-functions-toolbelt");',
      );
      expect(lint(text)[0]?.fixes?.[0]).toEqual({
        title: "Use 'lp-faas-toolbelt'",
        text: '"lp-faas-toolbelt"',
      });
    });

    it('hint softly that V2 uses import, with the import to write', () => {
      const text = v2(
        'return 1;',
        "const { Toolbelt, LpServices: S } = require('core-functions-toolbelt');",
      );
      expect(lint(text)).toEqual([
        expect.objectContaining({
          code: 'require',
          severity: 'info',
          fixes: [
            {
              title: 'Rewrite as import',
              text: "import { Toolbelt, LpServices as S } from 'core-functions-toolbelt';",
            },
          ],
        }),
      ]);
      const inV1 =
        "const _ = require('lodash');\nfunction lambda(input, callback) { callback(null, _); }";
      expect(codes(inV1)).toEqual([]);
    });

    it("flag V2's missing HTTPClient, and nothing in V1", () => {
      const use = 'const http = Toolbelt.HTTPClient();';
      expect(lint(v2(`${use}\n  return 1;`)).map((l) => l.message)).toEqual([
        'V2 has no HTTPClient: use the global fetch ("Toolbelt.HTTPClient is not a function").',
      ]);
      expect(codes(v1(`${use}\n  callback(null);`))).toEqual([]);
    });

    it('flag code over the size limit from the first character past it', () => {
      const text = v2(`return '${'x'.repeat(MAX_SOURCE_LENGTH)}';`);
      const [tooLong] = lint(text).filter((l) => l.code === 'too-long');
      expect(tooLong).toMatchObject({ start: MAX_SOURCE_LENGTH, end: text.length });
      expect(tooLong?.message).toContain('at most 100,000');
      expect(codes(v2('return 1;'))).toEqual([]);
    });
  });

  describe('V1 callback paths', () => {
    it('accept a callback called on every path, directly or through a promise', () => {
      expect(
        codes(
          v1(
            'if (input.payload.firstConversation) {\n  callback(null, "first");\n} else {\n  callback(null, "again");\n}',
          ),
        ),
      ).toEqual([]);
      expect(codes(v1('fetchIt().then(() => callback(null, "ok")).catch(callback);'))).toEqual([]);
      expect(
        codes(
          v1('if (!input.payload) return callback(new Error("no payload"));\ncallback(null, 1);'),
        ),
      ).toEqual([]);
      expect(
        codes(v1('try {\n  callback(null, JSON.parse(x));\n} catch (e) {\n  callback(e);\n}')),
      ).toEqual([]);
      expect(
        codes(v1('if (!input.payload) throw new Error("no payload");\ncallback(null, 1);')),
      ).toEqual([]);
    });

    it('flag a lambda that never calls its callback', () => {
      const text = v1('console.info("done");');
      expect(spans(text, 'missed-callback')).toEqual(['lambda']);
    });

    it('flag a branch that falls through without the callback', () => {
      const text = v1(
        'if (input.payload.closeReason === "AGENT") {\n  callback(null, "agent");\n}',
      );
      expect(spans(text, 'missed-callback')).toEqual(['lambda']);
    });

    it('flag a return that skips the callback', () => {
      const text = v1('if (!input.payload.dialogs) {\n  return;\n}\ncallback(null, "ok");');
      expect(spans(text, 'missed-callback')).toEqual(['return;']);
    });

    it('flag a catch that swallows the error', () => {
      const text = v1(
        'try {\n  callback(null, JSON.parse(x));\n} catch (e) {\n  console.error(e);\n}',
      );
      expect(spans(text, 'missed-callback')).toEqual(['lambda']);
    });

    it('use the name the function gives its callback, and leave V2 functions alone', () => {
      const text = 'const lambda = (input, done) => {\n  if (input) done(null, 1);\n};';
      expect(lint(text, 'v1')[0]?.message).toContain('without calling done');
      expect(codes('async function lambda(input) {\n  console.info(1);\n}')).toEqual([]);
    });
  });
});
