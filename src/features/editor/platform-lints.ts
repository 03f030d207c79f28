import type * as TS from 'typescript';
import { PLATFORM, RUNTIME_RULES } from '../../schema/platform';
import { missedCallbacks } from './callback-lint';
import { declaresLambda, findLambda, parseFunctionSource, type TypeScriptApi } from './lambda-node';

// The platform's rules (platform.md section 2 and 5), checked on the function source. Pure: the
// TypeScript API is passed in (Monaco's copy in the editor's worker, the npm package in tests).

/** Longest source the platform accepts, in characters. */
export const MAX_SOURCE_LENGTH = PLATFORM.limits.codeChars;

/** Modules function code may require, per runtime (besides Node's own globals). */
export const PLATFORM_MODULES = {
  v1: RUNTIME_RULES.v1.modules,
  v2: RUNTIME_RULES.v2.modules,
} as const;

const consoleNames = PLATFORM.consoleMethods.map((m) => `console.${m}`);
const CONSOLE_LIST = `${consoleNames.slice(0, -1).join(', ')} or ${consoleNames.at(-1) ?? ''}`;

/** What a platform check found. */
export type LintCode =
  'no-lambda' | 'eval' | 'console-log' | 'unknown-module' | 'too-long' | 'missed-callback';

/** One finding, as a character range of the source. */
export interface PlatformLint {
  code: LintCode;
  message: string;
  start: number;
  end: number;
}

interface ModuleUse {
  name: string;
  node: TS.Node;
}

function moduleUses(ts: TypeScriptApi, file: TS.SourceFile): ModuleUse[] {
  const uses: ModuleUse[] = [];
  const visit = (node: TS.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      uses.push({ name: node.moduleSpecifier.text, node: node.moduleSpecifier });
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if ((isRequire || isImport) && arg && ts.isStringLiteralLike(arg)) {
        uses.push({ name: arg.text, node: arg });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

function moduleLints(ts: TypeScriptApi, file: TS.SourceFile): PlatformLint[] {
  const uses = moduleUses(ts, file);
  const names = new Set(uses.map((u) => u.name));
  const style = names.has('core-functions-toolbelt')
    ? 'v2'
    : names.has('lp-faas-toolbelt')
      ? 'v1'
      : undefined;
  const offered: readonly string[] = style
    ? PLATFORM_MODULES[style]
    : [...new Set([...PLATFORM_MODULES.v1, ...PLATFORM_MODULES.v2])];
  const isOffered = (name: string) => offered.some((m) => name === m || name.startsWith(`${m}/`));
  return uses
    .filter((use) => !isOffered(use.name))
    .map((use) => ({
      code: 'unknown-module' as const,
      message: style
        ? `'${use.name}' is not offered to ${style.toUpperCase()} functions (this code uses ${style === 'v1' ? 'lp-faas-toolbelt' : 'core-functions-toolbelt'}): the platform fails with "Cannot find module '${use.name}'". ${style.toUpperCase()} offers ${offered.join(', ')}.`
        : `The platform does not offer '${use.name}': it fails with "Cannot find module '${use.name}'". Functions may require ${offered.join(', ')}.`,
      start: use.node.getStart(file),
      end: use.node.getEnd(),
    }));
}

function expressionLints(ts: TypeScriptApi, file: TS.SourceFile): PlatformLint[] {
  const found: PlatformLint[] = [];
  const at = (node: TS.Node) => ({ start: node.getStart(file), end: node.getEnd() });
  const visit = (node: TS.Node) => {
    if (
      ts.isIdentifier(node) &&
      node.text === 'eval' &&
      !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)
    ) {
      found.push({
        code: 'eval',
        message: 'The LivePerson Functions UI rejects code that uses eval.',
        ...at(node),
      });
    }
    const isConsoleLog =
      (ts.isPropertyAccessExpression(node) && node.name.text === 'log') ||
      (ts.isElementAccessExpression(node) &&
        ts.isStringLiteralLike(node.argumentExpression) &&
        node.argumentExpression.text === 'log');
    if (isConsoleLog && ts.isIdentifier(node.expression) && node.expression.text === 'console') {
      found.push({
        code: 'console-log',
        message: `console.log does not exist on the platform ("console.log is not a function"): use ${CONSOLE_LIST}.`,
        ...at(node),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Checks function source against the platform's rules; findings in source order. */
export function platformLints(ts: TypeScriptApi, text: string): PlatformLint[] {
  const file = parseFunctionSource(ts, text);
  const lints = [...moduleLints(ts, file), ...expressionLints(ts, file)];
  const lambda = findLambda(ts, file);
  if (!declaresLambda(ts, file)) {
    const firstLine = text.indexOf('\n');
    lints.push({
      code: 'no-lambda',
      message:
        'No function named lambda: the platform runs the top-level function called lambda (function lambda(input, callback) or async function lambda(input)).',
      start: 0,
      end: firstLine < 0 ? text.length : firstLine,
    });
  } else if (lambda) {
    for (const missed of missedCallbacks(ts, file, lambda)) {
      lints.push({ code: 'missed-callback', ...missed });
    }
  }
  if (text.length > MAX_SOURCE_LENGTH) {
    lints.push({
      code: 'too-long',
      message: `The code is ${text.length.toLocaleString('en-US')} characters long; the platform accepts at most ${MAX_SOURCE_LENGTH.toLocaleString('en-US')}.`,
      start: MAX_SOURCE_LENGTH,
      end: text.length,
    });
  }
  return lints.sort((a, b) => a.start - b.start);
}
