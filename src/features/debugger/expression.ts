/**
 * A safe evaluator for breakpoint conditions and logpoint `{expression}` placeholders: acorn parses
 * the text, and a small interpreter runs a subset of JavaScript (literals, the variables recorded at
 * the step, member access, operators, conditionals, array/object/template literals) over plain
 * copies of the recorded values. Nothing is ever `eval`ed: breakpoints arrive with share links.
 * Calls, assignments and anything else outside the subset are refused with a clear error.
 */
import { parseExpressionAt, type Expression, type Node } from 'acorn';
import type { Tagged } from '../../lib/safe-serialise';
import type { SlotValue } from './values-at-step';
import { previewValue } from './value-preview';

/** A value the expression can show but not look into (a function, a promise, a symbol...). */
class Opaque {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** An error of the expression itself, worded for the breakpoint list. */
class ExpressionError extends Error {}

/** Finds a variable by name: its value at the step, or undefined when none is in reach. */
export type Lookup = (name: string) => SlotValue | undefined;

/** A parsed expression, or why it does not parse. */
export type Compiled = { ok: true; node: Expression } | { ok: false; error: string };

/** What evaluating gives: the value, or the error. */
export type Evaluated = { ok: true; value: unknown } | { ok: false; error: string };

const cache = new Map<string, Compiled>();
const CACHE_MAX = 500;

/** Parses an expression (cached by its text). */
export function compileExpression(source: string): Compiled {
  const known = cache.get(source);
  if (known) return known;
  let compiled: Compiled;
  try {
    const node = parseExpressionAt(source, 0, { ecmaVersion: 'latest', preserveParens: true });
    const rest = source.slice(node.end).trim();
    compiled = rest
      ? { ok: false, error: `Unexpected "${rest.slice(0, 20)}" after the expression` }
      : { ok: true, node };
  } catch (error) {
    compiled = { ok: false, error: `Syntax error: ${(error as Error).message}` };
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(source, compiled);
  return compiled;
}

const plainCache = new WeakMap<Tagged, unknown>();

function record(entries: [string, unknown][]): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true });
  return out;
}

/** A plain copy of a recorded value the interpreter works on (objects without prototypes). */
function plainOf(value: Tagged): unknown {
  if (plainCache.has(value)) return plainCache.get(value);
  let out: unknown;
  switch (value.t) {
    case 'undefined':
      out = undefined;
      break;
    case 'null':
      out = null;
      break;
    case 'boolean':
    case 'string':
      out = value.v;
      break;
    case 'number':
      out = typeof value.v === 'number' ? value.v : Number(value.v);
      break;
    case 'bigint':
      out = /^-?\d+$/.test(value.v) ? BigInt(value.v) : new Opaque(`${value.v}n`);
      break;
    case 'date':
      out = value.v;
      break;
    case 'array':
      out = value.items.map(plainOf);
      break;
    case 'object':
      out = value.json
        ? plainOf(value.json)
        : record(value.entries.map(([k, v]) => [k, plainOf(v)]));
      break;
    case 'error':
      out = record([
        ['name', value.name],
        ['message', value.message],
        ...value.entries.map(([k, v]): [string, unknown] => [k, plainOf(v)]),
      ]);
      break;
    default:
      out = new Opaque(previewValue(value));
  }
  if (typeof out === 'object' && out !== null) plainCache.set(value, out);
  return out;
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

function member(object: unknown, key: unknown): unknown {
  const name = String(key);
  if (typeof object === 'string')
    return name === 'length'
      ? object.length
      : /^\d+$/.test(name)
        ? object[Number(name)]
        : undefined;
  if (Array.isArray(object))
    return name === 'length'
      ? object.length
      : /^\d+$/.test(name)
        ? object[Number(name)]
        : undefined;
  if (typeof object === 'object' && object !== null && !(object instanceof Opaque))
    return hasOwn(object, name) ? (object as Record<string, unknown>)[name] : undefined;
  return undefined;
}

/** A readable text of a value: strings as they are, the rest compact (for logpoints and templates). */
export function textOf(value: unknown, depth = 0): string {
  if (typeof value === 'string') return depth ? JSON.stringify(value) : value;
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Opaque) return value.text;
  if (Array.isArray(value))
    return depth > 2 ? '[…]' : `[${value.map((v) => textOf(v, depth + 1)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    if (depth > 2) return '{…}';
    const entries = Object.keys(value).map(
      (k) => `${k}: ${textOf((value as Record<string, unknown>)[k], depth + 1)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

/** Marks an optional chain that stopped at a null or undefined. */
const SHORT = Symbol('short');

function binary(operator: string, a: unknown, b: unknown): unknown {
  // Operands are plain values made here (or Opaque), so operators call no user code.
  const x = a as number;
  const y = b as number;
  switch (operator) {
    case '+':
      return typeof a === 'object' || typeof b === 'object'
        ? textOf(a, 1) + textOf(b, 1)
        : (x as unknown as string) + (y as unknown as string);
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '%':
      return x % y;
    case '**':
      return x ** y;
    case '==':
      return a == b;
    case '!=':
      return a != b;
    case '===':
      return a === b;
    case '!==':
      return a !== b;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
    case '&':
      return x & y;
    case '|':
      return x | y;
    case '^':
      return x ^ y;
    case '<<':
      return x << y;
    case '>>':
      return x >> y;
    case '>>>':
      return x >>> y;
    case 'in':
      if (typeof b !== 'object' || b === null || b instanceof Opaque)
        throw new ExpressionError(`"in" needs an object on its right`);
      return Array.isArray(b) ? member(b, a) !== undefined : hasOwn(b, String(a));
    default:
      throw new ExpressionError(`The operator ${operator} is not supported`);
  }
}

function unsupported(node: Node): never {
  switch (node.type) {
    case 'CallExpression':
    case 'NewExpression':
    case 'TaggedTemplateExpression':
      throw new ExpressionError('Calls are not allowed in a breakpoint expression');
    case 'AssignmentExpression':
    case 'UpdateExpression':
      throw new ExpressionError('Assignments are not allowed in a breakpoint expression');
    default:
      throw new ExpressionError(`${node.type} is not supported in a breakpoint expression`);
  }
}

function run(node: Node, lookup: Lookup): unknown {
  const e = node as Expression;
  switch (e.type) {
    case 'Literal':
      if ('regex' in e && e.regex) return new Opaque(`/${e.regex.pattern}/${e.regex.flags}`);
      return e.value;
    case 'Identifier': {
      const found = lookup(e.name);
      if (found) {
        if (found.state === 'uninitialized')
          throw new ExpressionError(`${e.name} is not initialized yet at this step`);
        return plainOf(found.value);
      }
      if (e.name === 'undefined') return undefined;
      if (e.name === 'NaN') return NaN;
      if (e.name === 'Infinity') return Infinity;
      throw new ExpressionError(`${e.name} is not defined at this step`);
    }
    case 'MemberExpression': {
      if (e.object.type === 'Super') unsupported(e.object);
      const object = run(e.object, lookup);
      if (object === SHORT) return SHORT;
      if (e.optional && (object === null || object === undefined)) return SHORT;
      const key =
        e.computed || e.property.type !== 'Identifier' ? run(e.property, lookup) : e.property.name;
      if (object === null || object === undefined)
        throw new ExpressionError(`Cannot read "${String(key)}" of ${String(object)}`);
      return member(object, key);
    }
    case 'ChainExpression': {
      const value = run(e.expression, lookup);
      return value === SHORT ? undefined : value;
    }
    case 'UnaryExpression': {
      const value = run(e.argument, lookup);
      switch (e.operator) {
        case '-':
          return -(value as number);
        case '+':
          if (typeof value === 'bigint')
            throw new ExpressionError('Cannot convert a BigInt with unary +');
          return +(value as number);
        case '!':
          return !value;
        case '~':
          return ~(value as number);
        case 'typeof':
          return value instanceof Opaque ? 'object' : typeof value;
        case 'void':
          return undefined;
        default:
          return unsupported(e);
      }
    }
    case 'BinaryExpression':
      if (e.left.type === 'PrivateIdentifier') unsupported(e.left);
      return binary(e.operator, run(e.left, lookup), run(e.right, lookup));
    case 'LogicalExpression': {
      const left = run(e.left, lookup);
      if (e.operator === '&&') return left ? run(e.right, lookup) : left;
      if (e.operator === '||') return left ? left : run(e.right, lookup);
      return left ?? run(e.right, lookup);
    }
    case 'ConditionalExpression':
      return run(e.test, lookup) ? run(e.consequent, lookup) : run(e.alternate, lookup);
    case 'ArrayExpression':
      return e.elements.map((item) =>
        item === null
          ? undefined
          : item.type === 'SpreadElement'
            ? unsupported(item)
            : run(item, lookup),
      );
    case 'ObjectExpression':
      return record(
        e.properties.map((p): [string, unknown] => {
          if (p.type !== 'Property' || p.kind !== 'init' || p.method) return unsupported(p);
          const key = p.computed
            ? String(run(p.key, lookup))
            : p.key.type === 'Identifier'
              ? p.key.name
              : String((p.key as { value: unknown }).value);
          return [key, run(p.value, lookup)];
        }),
      );
    case 'ParenthesizedExpression':
      return run(e.expression, lookup);
    case 'TemplateLiteral':
      return e.quasis
        .map(
          (q, i) =>
            (q.value.cooked ?? '') +
            (i < e.expressions.length ? textOf(run(e.expressions[i]!, lookup)) : ''),
        )
        .join('');
    default:
      return unsupported(e);
  }
}

/** Evaluates a compiled expression against the variables at a step. */
export function evaluate(compiled: Compiled, lookup: Lookup): Evaluated {
  if (!compiled.ok) return compiled;
  try {
    const value = run(compiled.node, lookup);
    return { ok: true, value: value === SHORT ? undefined : value };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof ExpressionError
          ? error.message
          : `${(error as Error).name}: ${(error as Error).message}`,
    };
  }
}

/** Evaluates a breakpoint condition: true, false, or the error that makes it false. */
export function conditionHolds(source: string, lookup: Lookup): { holds: boolean; error?: string } {
  const result = evaluate(compileExpression(source), lookup);
  return result.ok ? { holds: Boolean(result.value) } : { holds: false, error: result.error };
}

/** A logpoint message split into its text and its `{expression}` placeholders. */
export type MessagePart = { text: string } | { expression: string };

/** Splits a logpoint message at its `{…}` placeholders (braces inside them nest). */
export function messageParts(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = '';
  for (let i = 0; i < message.length; i++) {
    if (message[i] !== '{') {
      text += message[i];
      continue;
    }
    let depth = 1;
    let j = i + 1;
    for (; j < message.length && depth > 0; j++) {
      if (message[j] === '{') depth++;
      else if (message[j] === '}') depth--;
    }
    if (depth > 0) {
      text += message.slice(i);
      break;
    }
    if (text) parts.push({ text });
    text = '';
    parts.push({ expression: message.slice(i + 1, j - 1) });
    i = j - 1;
  }
  if (text) parts.push({ text });
  return parts;
}

/** A logpoint's message at a step: each placeholder replaced by its value (or its error). */
export function formatLogMessage(
  message: string,
  lookup: Lookup,
): { text: string; error?: string } {
  let error: string | undefined;
  const text = messageParts(message)
    .map((part) => {
      if ('text' in part) return part.text;
      const result = evaluate(compileExpression(part.expression), lookup);
      if (result.ok) return textOf(result.value);
      error ??= result.error;
      return `{${result.error}}`;
    })
    .join('');
  return error === undefined ? { text } : { text, error };
}
