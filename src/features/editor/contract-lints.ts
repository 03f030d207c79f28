import type * as TS from 'typescript';
import { RUNTIME_RULES, rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import type { LambdaNode, TypeScriptApi } from './lambda-node';
import type { LintFix, PlatformLint } from './lint-types';

// The contract as the chosen runtime calls lambda (the platform's V1 compatibility mode reads the
// code the same way), and the toolbelt clients the runtime's toolbelt has.

const NAME = (r: Runtime) => r.toUpperCase();
/** The runtimes, from the records (not schema/workspace: the editor's worker stays free of zod). */
export const RUNTIME_IDS = Object.keys(RUNTIME_RULES) as Runtime[];
const switchTo = (r: Runtime): LintFix => ({
  title: `Switch the runtime to ${NAME(r)}`,
  runtime: r,
});
const otherRuntime = (callbackPassed: boolean) =>
  RUNTIME_IDS.find((r) => rulesOf(r).callbackPassed === callbackPassed);

/** Whether a function body returns a value of its own (nested functions aside). */
function returnsValue(ts: TypeScriptApi, fn: TS.FunctionLikeDeclaration): boolean {
  const body = fn.body;
  if (!body) return false;
  if (!ts.isBlock(body)) return true;
  const visit = (node: TS.Node): boolean => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
    if (ts.isReturnStatement(node) && node.expression) return true;
    return !!ts.forEachChild(node, (child) => visit(child) || undefined);
  };
  return visit(body);
}

/** Where the lambda's contract does not fit the runtime: a callback V2 never passes, a value V1 ignores. */
export function contractLints(
  ts: TypeScriptApi,
  file: TS.SourceFile,
  lambda: LambdaNode,
  runtime: Runtime,
): PlatformLint[] {
  const rules = rulesOf(runtime);
  const callback = lambda.fn.parameters[1];
  if (!rules.callbackPassed && callback) {
    const name = callback.name.getText(file);
    const fit = otherRuntime(true);
    return [
      {
        code: 'contract',
        message: `${NAME(runtime)} calls lambda(input) without a callback: return the result instead of calling ${name} (here "${name} is not a function").`,
        start: callback.getStart(file),
        end: callback.getEnd(),
        ...(fit ? { fixes: [switchTo(fit)] } : {}),
      },
    ];
  }
  if (rules.callbackPassed && !callback && returnsValue(ts, lambda.fn)) {
    const fit = otherRuntime(false);
    return [
      {
        code: 'contract',
        message: `${NAME(runtime)} waits for callback(null, result); the returned value is ignored (the run ends at the time limit). Take a callback: lambda(input, callback).`,
        start: lambda.name.getStart(file),
        end: lambda.name.getEnd(),
        ...(fit ? { fixes: [switchTo(fit)] } : {}),
      },
    ];
  }
  return [];
}

/** `Toolbelt.X` for a client the runtime's toolbelt does not have (V2's HTTPClient). */
export function toolbeltClientLints(
  ts: TypeScriptApi,
  file: TS.SourceFile,
  runtime: Runtime,
): PlatformLint[] {
  const rules = rulesOf(runtime);
  const hasFetch = !rules.missingFeatures.some((f) => f.name === 'fetch');
  const found: PlatformLint[] = [];
  const visit = (node: TS.Node) => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Toolbelt' &&
      !(node.name.text in rules.toolbeltClients)
    ) {
      const client = node.name.text;
      const hint = client === 'HTTPClient' && hasFetch ? ': use the global fetch' : '';
      found.push({
        code: 'toolbelt-client',
        message: `${NAME(runtime)} has no ${client}${hint} ("Toolbelt.${client} is not a function").`,
        start: node.name.getStart(file),
        end: node.name.getEnd(),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
