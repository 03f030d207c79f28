import type * as TS from 'typescript';
import { rulesOf } from '../../schema/platform';
import type { Runtime } from '../../schema/workspace';
import { missedCallbacks } from './callback-lint';
import { contractLints, RUNTIME_IDS, toolbeltClientLints } from './contract-lints';
import { declaresLambda, findLambda, parseFunctionSource, type TypeScriptApi } from './lambda-node';
import type { PlatformLint } from './lint-types';
import { missingFeatureMessage, missingFeatureUses } from './missing-feature-lints';

// The chosen runtime's rules (schema/runtimes/*), checked on the function source. Pure: the
// TypeScript API is passed in (Monaco's copy in the editor's worker, the npm package in tests).

export type { LintCode, LintFix, PlatformLint } from './lint-types';

const NAME = (r: Runtime) => r.toUpperCase();
const TOOLBELTS = new Map(RUNTIME_IDS.map((r) => [rulesOf(r).toolbeltModule, r]));

interface ModuleUse {
  name: string;
  /** The string literal naming the module. */
  node: TS.Node;
  /** The whole `const … = require('…');` statement, when it is one. */
  statement?: TS.VariableStatement;
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
        const decl = node.parent;
        const statement = decl.parent?.parent;
        const whole =
          isRequire &&
          ts.isVariableDeclaration(decl) &&
          decl.initializer === node &&
          statement &&
          ts.isVariableStatement(statement) &&
          statement.parent === file;
        uses.push({ name: arg.text, node: arg, ...(whole ? { statement } : {}) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

/** `import { A } from 'm';` for `const { A } = require('m');`, `import x from 'm';` for `const x = …`. */
function asImport(ts: TypeScriptApi, file: TS.SourceFile, use: ModuleUse): string | undefined {
  const decl = use.statement?.declarationList.declarations;
  if (decl?.length !== 1 || !decl[0]) return undefined;
  const name = decl[0].name;
  if (!ts.isIdentifier(name) && !ts.isObjectBindingPattern(name)) return undefined;
  return `import ${name.getText(file).replace(/(\w+)\s*:\s*(\w+)/g, '$1 as $2')} from '${use.name}';`;
}

function moduleLints(ts: TypeScriptApi, file: TS.SourceFile, runtime: Runtime): PlatformLint[] {
  const rules = rulesOf(runtime);
  const isOffered = (name: string) =>
    rules.modules.some((m) => name === m || name.startsWith(`${m}/`));
  const lints: PlatformLint[] = [];
  for (const use of moduleUses(ts, file)) {
    const at = { start: use.node.getStart(file), end: use.node.getEnd() };
    const owner = TOOLBELTS.get(use.name);
    if (owner && owner !== runtime) {
      const quote = use.node.getText(file)[0] ?? "'";
      lints.push({
        code: 'wrong-toolbelt',
        message: `${NAME(runtime)} functions use ${rules.toolbeltModule}; ${use.name} is ${NAME(owner)}'s ("Cannot find module '${use.name}'").`,
        ...at,
        fixes: [
          {
            title: `Use '${rules.toolbeltModule}'`,
            text: `${quote}${rules.toolbeltModule}${quote}`,
          },
          { title: `Switch the runtime to ${NAME(owner)}`, runtime: owner },
        ],
      });
    } else if (!isOffered(use.name)) {
      lints.push({
        code: 'unknown-module',
        message: `'${use.name}' is not offered to ${NAME(runtime)} functions: the platform fails with "Cannot find module '${use.name}'". ${NAME(runtime)} offers ${rules.modules.join(', ')}.`,
        ...at,
      });
    } else if (rules.moduleSyntax === 'import' && use.statement) {
      const text = asImport(ts, file, use);
      lints.push({
        code: 'require',
        severity: 'info',
        message: `${NAME(runtime)} functions use import: ${text ?? `import … from '${use.name}'`}`,
        start: use.statement.getStart(file),
        end: use.statement.getEnd(),
        ...(text ? { fixes: [{ title: 'Rewrite as import', text }] } : {}),
      });
    }
  }
  return lints;
}

function consoleLints(ts: TypeScriptApi, file: TS.SourceFile, runtime: Runtime): PlatformLint[] {
  const rules = rulesOf(runtime);
  const names = rules.consoleMethods.map((m) => `console.${m}`);
  const list = `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
  const found: PlatformLint[] = [];
  const visit = (node: TS.Node) => {
    const method = ts.isPropertyAccessExpression(node)
      ? node.name.text
      : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)
        ? node.argumentExpression.text
        : undefined;
    const on = (node as { expression?: TS.Node }).expression;
    if (method && on && ts.isIdentifier(on) && on.text === 'console') {
      if (!rules.consoleMethods.includes(method)) {
        const what =
          rules.otherConsoleMethods === 'crash'
            ? `console.${method} crashes the ${NAME(runtime)} runtime`
            : `console.${method} does not exist in ${NAME(runtime)} ("console.${method} is not a function")`;
        found.push({
          code: 'console-method',
          message: `${what}: use ${list}.`,
          start: node.getStart(file),
          end: node.getEnd(),
        });
      }
    }
    if (
      ts.isIdentifier(node) &&
      node.text === 'eval' &&
      !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)
    ) {
      found.push({
        code: 'eval',
        message: 'The LivePerson Functions UI rejects code that uses eval.',
        start: node.getStart(file),
        end: node.getEnd(),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Checks function source against the rules of `runtime`; findings in source order. */
export function platformLints(ts: TypeScriptApi, text: string, runtime: Runtime): PlatformLint[] {
  const rules = rulesOf(runtime);
  const file = parseFunctionSource(ts, text);
  const lints = [
    ...moduleLints(ts, file, runtime),
    ...consoleLints(ts, file, runtime),
    ...toolbeltClientLints(ts, file, runtime),
    ...missingFeatureUses(ts, file, runtime).map((use) => ({
      code: 'missing-feature' as const,
      message: missingFeatureMessage(use.feature, runtime),
      start: use.start,
      end: use.end,
    })),
  ];
  const lambda = findLambda(ts, file);
  if (!declaresLambda(ts, file)) {
    const firstLine = text.indexOf('\n');
    const signature = rules.callbackPassed
      ? 'function lambda(input, callback)'
      : 'async function lambda(input)';
    lints.push({
      code: 'no-lambda',
      message: `No function named lambda: the platform runs the top-level function called lambda (${NAME(runtime)}: ${signature}).`,
      start: 0,
      end: firstLine < 0 ? text.length : firstLine,
    });
  } else if (lambda) {
    const contract = contractLints(ts, file, lambda, runtime);
    lints.push(...contract);
    if (rules.callbackPassed && contract.length === 0) {
      for (const missed of missedCallbacks(ts, file, lambda)) {
        lints.push({ code: 'missed-callback', ...missed });
      }
    }
  }
  const max = rules.limits.codeChars;
  if (text.length > max) {
    lints.push({
      code: 'too-long',
      message: `The code is ${text.length.toLocaleString('en-US')} characters long; the platform accepts at most ${max.toLocaleString('en-US')}.`,
      start: max,
      end: text.length,
    });
  }
  return lints.sort((a, b) => a.start - b.start);
}
