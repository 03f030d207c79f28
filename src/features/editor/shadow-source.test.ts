import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { payloadTypings } from '../../schema/payload-typings';
import {
  fromShadow,
  mapFromShadow,
  shadowSource,
  toShadow,
  touchesComment,
  typeComment,
} from './shadow-source';

const FILE = 'file:///function.js';
const TYPINGS = 'file:///typings.d.ts';

/** A language service over the typings and one function file, as the editor's worker has. */
function languageService(text: string) {
  const shadow = shadowSource(ts, text);
  const files: Record<string, string> = {
    [FILE]: shadow.text,
    [TYPINGS]: payloadTypings('surveybot_messaging_survey_ended'),
  };
  const options = {
    allowJs: true,
    checkJs: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
  };
  const service = ts.createLanguageService({
    getCompilationSettings: () => options,
    getScriptFileNames: () => Object.keys(files),
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) =>
      ts.ScriptSnapshot.fromString(files[name] ?? ts.sys.readFile(name) ?? ''),
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name in files || ts.sys.fileExists(name),
    readFile: (name) => files[name] ?? ts.sys.readFile(name),
  });
  return { shadow, service };
}

describe('shadow source', () => {
  it('inserts the type comment before the lambda declaration', () => {
    const text = "const x = 1;\n\nasync function lambda(input) {\n  return 'ok';\n}\n";
    const shadow = shadowSource(ts, text);
    expect(shadow.at).toBe(text.indexOf('async'));
    expect(shadow.text).toBe(text.replace('async', `${typeComment(true)}async`));
    const v1 = shadowSource(ts, 'const lambda = function (input, callback) {};');
    expect(v1.text).toBe(`${typeComment(false)}const lambda = function (input, callback) {};`);
  });

  it('leaves code alone when it has no lambda or types it itself', () => {
    expect(shadowSource(ts, 'function other() {}').length).toBe(0);
    const typed = '/** @param {LambdaInput} input */\nasync function lambda(input) {}';
    expect(shadowSource(ts, typed)).toEqual({ text: typed, at: 0, length: 0 });
  });

  it('maps offsets both ways and spots spans over the comment', () => {
    const shadow = { text: '', at: 10, length: 5 };
    expect([0, 9, 10, 20].map((p) => toShadow(shadow, p))).toEqual([0, 9, 15, 25]);
    expect([0, 10, 12, 15, 25].map((p) => fromShadow(shadow, p))).toEqual([0, 10, 10, 10, 20]);
    expect(touchesComment(shadow, 8, 2)).toBe(false);
    expect(touchesComment(shadow, 9, 2)).toBe(true);
    expect(touchesComment(shadow, 15, 3)).toBe(false);
  });

  it('moves spans of the file back, and leaves those of other files', () => {
    const shadow = { text: '', at: 10, length: 5 };
    const result = [
      { fileName: FILE, textSpan: { start: 20, length: 4 } },
      { fileName: TYPINGS, textSpan: { start: 20, length: 4 } },
      { file: { fileName: FILE }, start: 16, length: 2, messageText: 'x' },
      { position: 30, text: ': string' },
    ];
    expect(mapFromShadow(result, shadow, FILE)).toEqual([
      { fileName: FILE, textSpan: { start: 15, length: 4 } },
      { fileName: TYPINGS, textSpan: { start: 20, length: 4 } },
      { file: { fileName: FILE }, start: 11, length: 2, messageText: 'x' },
      { position: 25, text: ': string' },
    ]);
  });
});

describe('language service on the shadow', { timeout: 30_000 }, () => {
  const text =
    "const { Toolbelt } = require('core-functions-toolbelt');\n\nasync function lambda(input) {\n  return input.payload.converationId + input.payload.\n}\n";

  it('completes payload fields at the visible position', () => {
    const { shadow, service } = languageService(text);
    const at = text.lastIndexOf('payload.') + 'payload.'.length;
    const names = service
      .getCompletionsAtPosition(FILE, toShadow(shadow, at), {})
      ?.entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['conversationId', 'lastContentEventNotification']),
    );
  });

  it('reports a misspelt field with a suggestion, at the visible span', () => {
    const { shadow, service } = languageService(text);
    const diagnostics = mapFromShadow(service.getSemanticDiagnostics(FILE), shadow, FILE);
    const misspelt = diagnostics.find((d) => d.code === 2551)!;
    expect(text.slice(misspelt.start!, misspelt.start! + misspelt.length!)).toBe('converationId');
    expect(ts.flattenDiagnosticMessageText(misspelt.messageText, '\n')).toContain(
      "Did you mean 'conversationId'?",
    );
  });

  it('shows the field documentation on hover', () => {
    const { shadow, service } = languageService(text);
    const at = text.indexOf('payload') + 2;
    const info = mapFromShadow(
      service.getQuickInfoAtPosition(FILE, toShadow(shadow, at)),
      shadow,
      FILE,
    )!;
    expect(text.slice(info.textSpan.start, info.textSpan.start + info.textSpan.length)).toBe(
      'payload',
    );
    expect(ts.displayPartsToString(info.displayParts)).toContain('MessagingSurveyEndedPayload');
    expect(ts.displayPartsToString(info.documentation)).toContain('Messaging Survey Ended');
  });
});
