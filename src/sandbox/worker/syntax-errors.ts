/**
 * Syntax errors as Node reports the user's file: the message and position of the user's code
 * alone (the harness's wrapper must not leak into them), and the syntax a runtime's Node version
 * lacks (the record's `missingFeatures` of kind `syntax`) found in code that parses today.
 */
import {
  apply,
  charCodeOf,
  execPattern,
  indexOfText,
  isArray,
  objectKeys,
  sliceText,
} from '../../lib/intrinsics';
import type { MissingFeature } from '../../schema/platform';

/** What the harness needs of acorn. */
export interface Acorn {
  parse(code: string, options: object): unknown;
}

/** A syntax error in the user's code: Node's message, 1-based line and column. */
export interface UserSyntaxError {
  message: string;
  line: number;
  column: number;
}

/** An AST node, as acorn builds it. */
interface AstNode {
  type: string;
  start: number;
  operator?: string;
  left?: { end: number };
  regex?: { flags: string };
}

/** How to find one syntax feature: a cheap text test, then the node and Node's message for it. */
interface SyntaxCheck {
  mayUse(code: string): boolean;
  find(node: AstNode, code: string): { offset: number; message: string } | null;
}

const assignment = (operator: string): SyntaxCheck => ({
  mayUse: (code) => indexOfText(code, operator) >= 0,
  find: (node, code) =>
    node.type === 'AssignmentExpression' && node.operator === operator && node.left
      ? {
          offset: indexOfText(code, operator, node.left.end),
          message: `Unexpected token '${operator}'`,
        }
      : null,
});

const REGEX_WITH_D = /\/[gimsuyv]*d/;

/** The checks for the record's syntax features, by the record's names. */
const SYNTAX_CHECKS: Readonly<Record<string, SyntaxCheck>> = {
  '??=': assignment('??='),
  '||=': assignment('||='),
  '&&=': assignment('&&='),
  'static {} blocks': {
    mayUse: (code) => indexOfText(code, 'static') >= 0,
    find: (node, code) =>
      node.type === 'StaticBlock'
        ? { offset: indexOfText(code, '{', node.start), message: "Unexpected token '{'" }
        : null,
  },
  'regular expression flag d': {
    mayUse: (code) => execPattern(REGEX_WITH_D, code) !== null,
    find: (node) =>
      node.type === 'Literal' && node.regex && indexOfText(node.regex.flags, 'd') >= 0
        ? { offset: node.start, message: 'Invalid regular expression flags' }
        : null,
  },
};

const PARSE_OPTIONS = {
  ecmaVersion: 'latest',
  sourceType: 'script',
  allowReturnOutsideFunction: true,
  allowHashBang: true,
} as const;

function checksOf(missing: readonly MissingFeature[], code: string): SyntaxCheck[] {
  const checks: SyntaxCheck[] = [];
  for (let i = 0; i < missing.length; i++) {
    const feature = missing[i]!;
    const check = feature.kind === 'syntax' ? SYNTAX_CHECKS[feature.name] : undefined;
    if (check?.mayUse(code)) checks[checks.length] = check;
  }
  return checks;
}

/** Whether `code` may use syntax of `missing` (then `nodeSyntaxError` needs acorn to tell). */
export function mayUseMissingSyntax(code: string, missing: readonly MissingFeature[]): boolean {
  return checksOf(missing, code).length > 0;
}

/** The 1-based line and column of `offset` in `code`. */
function positionOf(code: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let at = indexOfText(code, '\n');
    at >= 0 && at < offset;
    at = indexOfText(code, '\n', at + 1)
  ) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Whether only whitespace follows `offset` in `code` (acorn reports an early end there). */
function atEnd(code: string, offset: number): boolean {
  for (let i = offset; i < code.length; i++) if (charCodeOf(code, i) > 32) return false;
  return true;
}

/** Acorn's messages for an unterminated token, and Node's (the wrapper's text would continue it). */
const UNTERMINATED: readonly (readonly [acorn: string, node: string])[] = [
  ['Unterminated comment', 'Invalid or unexpected token'],
  ['Unterminated string constant', 'Invalid or unexpected token'],
  ['Unterminated template', 'Unterminated template literal'],
];

function parseFailure(
  error: unknown,
  code: string,
  engineMessage: string | null,
): UserSyntaxError | null {
  const { pos, message } = (error ?? {}) as { pos?: unknown; message?: unknown };
  if (typeof pos !== 'number' || typeof message !== 'string') return null;
  const position = positionOf(code, pos);
  if (atEnd(code, pos)) return { message: 'Unexpected end of input', ...position };
  if (indexOfText(message, 'Unexpected token') === 0 && sliceText(code, pos, pos + 1) === '}')
    return { message: "Unexpected token '}'", ...position };
  for (let i = 0; i < UNTERMINATED.length; i++) {
    const [acornMessage, nodeMessage] = UNTERMINATED[i]!;
    if (indexOfText(message, acornMessage) === 0) return { message: nodeMessage, ...position };
  }
  const own = sliceText(message, 0, indexOfText(message, ' ('));
  return { message: engineMessage ?? own, ...position };
}

function firstMissing(ast: unknown, code: string, checks: SyntaxCheck[]): UserSyntaxError | null {
  let found: { offset: number; message: string } | null = null;
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const value = stack[stack.length - 1];
    stack.length--;
    if (value === null || typeof value !== 'object') continue;
    if (!isArray(value) && typeof (value as AstNode).type === 'string') {
      for (let i = 0; i < checks.length; i++) {
        const hit = checks[i]!.find(value as AstNode, code);
        if (hit && (!found || hit.offset < found.offset)) found = hit;
      }
    }
    const keys = objectKeys(value);
    for (let i = 0; i < keys.length; i++)
      stack[stack.length] = (value as Record<string, unknown>)[keys[i]!];
  }
  return found ? { message: found.message, ...positionOf(code, found.offset) } : null;
}

/**
 * The syntax error Node reports for `code` alone: when it does not parse, the message of the
 * user's file (`engineMessage`, the engine's for the wrapped code, unless the wrapper took part:
 * an early end or a stray `}`) at acorn's position; when it parses, the first use of syntax
 * in `missing`. Null when there is none.
 */
export function nodeSyntaxError(
  acorn: Acorn,
  code: string,
  engineMessage: string | null,
  missing: readonly MissingFeature[],
): UserSyntaxError | null {
  let ast: unknown;
  try {
    ast = apply(acorn.parse, acorn, [code, PARSE_OPTIONS]);
  } catch (error) {
    return parseFailure(error, code, engineMessage);
  }
  const checks = checksOf(missing, code);
  return checks.length > 0 ? firstMissing(ast, code, checks) : null;
}
