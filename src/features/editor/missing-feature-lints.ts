import type * as TS from 'typescript';
import { rulesOf, type MissingFeature } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import type { TypeScriptApi } from './lambda-node';

// The features a runtime's Node lacks (the record's `missingFeatures`), found in function source:
// a global read that the code does not declare itself (`typeof x` feature checks are left alone),
// a static method (`Object.hasOwn`), a prototype method called on anything but a module binding
// (`'x'.replaceAll(…)`, not lodash's `_.union(…)`), and syntax.

/** One use of a feature the runtime lacks. */
export interface MissingFeatureUse {
  feature: MissingFeature;
  start: number;
  end: number;
}

type SyntaxCheck = (ts: TypeScriptApi, node: TS.Node) => boolean;

const assignment =
  (kind: (ts: TypeScriptApi) => TS.SyntaxKind): SyntaxCheck =>
  (ts, node) =>
    ts.isBinaryExpression(node) && node.operatorToken.kind === kind(ts);

/** How each syntax entry of the records shows in the tree, by its name there. */
export const SYNTAX_CHECKS: Readonly<Record<string, SyntaxCheck>> = {
  '??=': assignment((ts) => ts.SyntaxKind.QuestionQuestionEqualsToken),
  '||=': assignment((ts) => ts.SyntaxKind.BarBarEqualsToken),
  '&&=': assignment((ts) => ts.SyntaxKind.AmpersandAmpersandEqualsToken),
  'static {} blocks': (ts, node) => ts.isClassStaticBlockDeclaration(node),
  'regular expression flag d': (ts, node) =>
    node.kind === ts.SyntaxKind.RegularExpressionLiteral && /\/[a-z]*d[a-z]*$/.test(node.getText()),
};

/** Names the file declares (variables, functions, classes, parameters, imports) and those bound to modules. */
function declaredNames(ts: TypeScriptApi, file: TS.SourceFile) {
  const declared = new Set<string>();
  const modules = new Set<string>();
  const isModuleCall = (e: TS.Expression | undefined) =>
    !!e &&
    ((ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'require') ||
      (ts.isAwaitExpression(e) && ts.isCallExpression(e.expression)));
  const visit = (node: TS.Node) => {
    const named = node as { name?: TS.Node };
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isImportClause(node) ||
        ts.isImportSpecifier(node) ||
        ts.isNamespaceImport(node)) &&
      named.name &&
      ts.isIdentifier(named.name)
    ) {
      declared.add(named.name.text);
      const fromModule =
        ts.isImportClause(node) ||
        ts.isImportSpecifier(node) ||
        ts.isNamespaceImport(node) ||
        (ts.isVariableDeclaration(node) && isModuleCall(node.initializer));
      if (fromModule) modules.add(named.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { declared, modules };
}

/** Where function source uses a feature `runtime` lacks, in source order. */
export function missingFeatureUses(
  ts: TypeScriptApi,
  file: TS.SourceFile,
  runtime: Runtime,
): MissingFeatureUse[] {
  const features = rulesOf(runtime).missingFeatures;
  if (features.length === 0) return [];
  const globals = new Map(features.filter((f) => f.kind === 'global').map((f) => [f.name, f]));
  const statics = new Map<string, MissingFeature>();
  const methods = new Map<string, MissingFeature[]>();
  for (const f of features.filter((f) => f.kind === 'method')) {
    const [owner, second, third] = f.name.split('.');
    if (second === 'prototype' && third) methods.set(third, [...(methods.get(third) ?? []), f]);
    else if (owner && second) statics.set(`${owner}.${second}`, f);
  }
  const syntax = features.filter((f) => f.kind === 'syntax');
  const { declared, modules } = declaredNames(ts, file);
  const uses: MissingFeatureUse[] = [];
  const add = (feature: MissingFeature, node: TS.Node) =>
    uses.push({ feature, start: node.getStart(file), end: node.getEnd() });
  const visit = (node: TS.Node) => {
    const parent = node.parent;
    if (ts.isIdentifier(node) && globals.has(node.text) && !declared.has(node.text)) {
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isMethodDeclaration(parent) && parent.name === node) ||
        ts.isTypeOfExpression(parent);
      if (!isName) add(globals.get(node.text)!, node);
    }
    if (ts.isPropertyAccessExpression(node)) {
      const owner = node.expression;
      const name = node.name.text;
      const staticFeature = ts.isIdentifier(owner)
        ? statics.get(`${owner.text}.${name}`)
        : undefined;
      const called = ts.isCallExpression(parent) && parent.expression === node;
      const onModule = ts.isIdentifier(owner) && modules.has(owner.text);
      if (staticFeature && !declared.has((owner as TS.Identifier).text)) add(staticFeature, node);
      else if (called && !onModule && methods.has(name)) {
        const onString = ts.isStringLiteralLike(owner) || ts.isTemplateExpression(owner);
        const candidates = methods.get(name)!;
        const feature = candidates.find((f) => f.name.startsWith('String.') === onString);
        add(feature ?? candidates[0]!, node.name);
      }
    }
    for (const feature of syntax) if (SYNTAX_CHECKS[feature.name]?.(ts, node)) add(feature, node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

/** The message for a use: "Node 14.19 (V1) has no String.prototype.replaceAll (added in Node 15)". */
export function missingFeatureMessage(feature: MissingFeature, runtime: Runtime): string {
  const node = rulesOf(runtime).nodeVersion.split('.').slice(0, 2).join('.');
  const base = `Node ${node} (${runtime.toUpperCase()}) has no ${feature.name} (added in Node ${feature.since})`;
  if (feature.kind === 'syntax')
    return `${base}: the function does not even load there (SyntaxError).`;
  if (feature.kind === 'global') return `${base}: "${feature.name} is not defined" there.`;
  return `${base}: "… is not a function" there.`;
}
