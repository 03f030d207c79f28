import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allFieldSpecs, exampleOf, type FieldSpec } from './field-spec';
import { payloadInterfaceName, payloadTypings, TYPINGS_NAMESPACE } from './payload-typings';
import { EVENT_IDS, type EventId } from './events';

const TYPINGS = '/typings.d.ts';

/** Compiles the generated typings with sources that use them; returns the program and its diagnostics. */
function compile(event: EventId, sources: Record<string, string> = {}) {
  const files: Record<string, string> = { [TYPINGS]: payloadTypings(event), ...sources };
  const options: ts.CompilerOptions = {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files[name] ?? readFile(name);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name in files
      ? ts.createSourceFile(name, files[name]!, version, true)
      : getSourceFile(name, version);
  const program = ts.createProgram(Object.keys(files), options, host);
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file?.fileName,
    code: d.code,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
  return { program, diagnostics };
}

/** Every property path of a type, as field specs write them (`dialogs[].dialogId`). */
function propertyPaths(
  checker: ts.TypeChecker,
  type: ts.Type,
  prefix = '',
): Map<string, ts.Symbol> {
  const out = new Map<string, ts.Symbol>();
  const visit = (t: ts.Type, path: string) => {
    const nonNullable = checker.getNonNullableType(t);
    if (checker.isArrayType(nonNullable)) {
      const item = checker.getTypeArguments(nonNullable as ts.TypeReference)[0]!;
      out.set(`${path}[]`, nonNullable.getSymbol()!);
      visit(item, `${path}[]`);
      return;
    }
    if (!(nonNullable.flags & ts.TypeFlags.Object)) return;
    for (const prop of checker.getPropertiesOfType(nonNullable)) {
      const childPath = path ? `${path}.${prop.name}` : prop.name;
      out.set(childPath, prop);
      visit(checker.getTypeOfSymbol(prop), childPath);
    }
  };
  visit(type, prefix);
  return out;
}

function payloadType(event: EventId) {
  const { program, diagnostics } = compile(event);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(TYPINGS)!;
  const ns = checker
    .getSymbolsInScope(file, ts.SymbolFlags.Namespace)
    .find((s) => s.name === TYPINGS_NAMESPACE)!;
  const root = checker.getExportsOfModule(ns).find((s) => s.name === payloadInterfaceName(event))!;
  return { checker, diagnostics, type: checker.getDeclaredTypeOfSymbol(root) };
}

const isItem = (spec: FieldSpec) => spec.key === '[]';

describe.each(EVENT_IDS)('generated typings for %s', (event) => {
  const { checker, diagnostics, type } = payloadType(event);
  const paths = propertyPaths(checker, type);

  it('compile without errors', () => {
    expect(diagnostics).toEqual([]);
  });

  it('declare exactly the schema fields', () => {
    expect([...paths.keys()].sort()).toEqual(allFieldSpecs.map((s) => s.path).sort());
  });

  it('mark optional fields optional and the others required', () => {
    for (const spec of allFieldSpecs.filter((s) => !isItem(s))) {
      const optional = !!(paths.get(spec.path)!.flags & ts.SymbolFlags.Optional);
      expect(optional, spec.path).toBe(spec.optional);
    }
  });

  it("carry each field's description and example in its doc comment", () => {
    for (const spec of allFieldSpecs.filter((s) => !isItem(s))) {
      const symbol = paths.get(spec.path)!;
      const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker));
      expect(doc, spec.path).toContain(spec.meta!.description);
      const example = symbol.getJsDocTags(checker).find((t) => t.name === 'example');
      expect(example, spec.path).toBeDefined();
      expect(JSON.parse(ts.displayPartsToString(example!.text)), spec.path).toEqual(
        exampleOf(spec),
      );
    }
  });

  it('name the event in the payload type', () => {
    expect(checker.typeToString(type)).toBe(payloadInterfaceName(event));
    expect(payloadTypings(event)).toContain(
      `of the ${event === 'surveybot_messaging_survey_ended' ? 'Messaging Survey Ended' : 'Messaging Survey Started'} event`,
    );
  });
});

describe('typings used by function code', { timeout: 30_000 }, () => {
  const event = 'surveybot_messaging_survey_started';

  it('type the input of a V1 and a V2 lambda written in plain JavaScript', () => {
    const { diagnostics } = compile(event, {
      '/v1.js': `/** @type {LambdaFunction} */ function lambda(input, callback) {
  const closedBy = input.payload.closeReason;
  const dialog = input.payload.dialogs.find((d) => d.dialogType === 'POST_SURVEY');
  callback(null, { closedBy, id: dialog && dialog.dialogId, first: input.payload.firstConversation });
}`,
      '/v2.js': `/** @type {AsyncLambdaFunction} */ async function lambda(input) {
  return input.payload.lastContentEventNotification.event.message.toUpperCase();
}`,
    });
    expect(diagnostics).toEqual([]);
  });

  it('flag a misspelt field with a suggestion and a wrong type', () => {
    const { diagnostics } = compile(event, {
      '/bad.js': `/** @type {AsyncLambdaFunction} */ async function lambda(input) {
  const n = input.payload.converationId;
  /** @type {string} */ const id = input.payload.surveyId;
  return n + id;
}`,
    });
    expect(diagnostics.map((d) => d.code).sort()).toEqual([2322, 2551]);
    expect(diagnostics.find((d) => d.code === 2551)?.message).toContain(
      "Did you mean 'conversationId'?",
    );
  });
});
