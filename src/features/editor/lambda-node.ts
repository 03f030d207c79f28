import type * as TS from 'typescript';

/** The TypeScript API: the `typescript` package in tests, Monaco's bundled copy in the worker. */
export type TypeScriptApi = typeof TS;

/** The top-level declaration of `lambda`, as the platform looks it up. */
export interface LambdaNode {
  /** The statement that declares it (function declaration or variable statement). */
  statement: TS.Statement;
  /** The function itself (declaration, function expression or arrow). */
  fn: TS.FunctionLikeDeclaration;
  /** The `lambda` identifier. */
  name: TS.Identifier;
  async: boolean;
}

const isAsync = (ts: TypeScriptApi, fn: TS.FunctionLikeDeclaration) =>
  !!ts.getModifiers?.(fn as TS.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);

/** Finds the top-level `function lambda` or `const lambda = function/arrow`, if any. */
export function findLambda(ts: TypeScriptApi, file: TS.SourceFile): LambdaNode | undefined {
  for (const statement of file.statements) {
    if (
      ts.isFunctionDeclaration(statement) &&
      statement.name?.text === 'lambda' &&
      statement.body
    ) {
      return { statement, fn: statement, name: statement.name, async: isAsync(ts, statement) };
    }
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || decl.name.text !== 'lambda' || !decl.initializer) continue;
      const init = decl.initializer;
      if (ts.isFunctionExpression(init) || ts.isArrowFunction(init)) {
        return { statement, fn: init, name: decl.name, async: isAsync(ts, init) };
      }
    }
  }
  return undefined;
}

/** Whether a top-level `lambda` binding of any kind exists (e.g. `const lambda = make()`). */
export function declaresLambda(ts: TypeScriptApi, file: TS.SourceFile): boolean {
  return file.statements.some(
    (s) =>
      (ts.isFunctionDeclaration(s) && s.name?.text === 'lambda') ||
      (ts.isVariableStatement(s) &&
        s.declarationList.declarations.some(
          (d) => ts.isIdentifier(d.name) && d.name.text === 'lambda',
        )),
  );
}

/** Parses function source as JavaScript. */
export function parseFunctionSource(ts: TypeScriptApi, text: string): TS.SourceFile {
  return ts.createSourceFile('function.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
}
