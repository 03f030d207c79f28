/**
 * The names the debugger's call stack gives functions, as a stack trace would: the declaration's
 * name, the variable or property it is assigned to, `Class.method`, else `<anonymous>`.
 */
import type { AnyNode } from './ast';

/** The name of a function nobody named. */
export const ANONYMOUS = '<anonymous>';

const MAX_COMPUTED = 40;

/** The name a property key gives (`x`, `'a b'`, `#p`, `[Symbol.iterator]`). */
export function keyName(key: AnyNode, computed: boolean, code: string): string {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  const text = code.slice(key.start, key.end);
  return text.length <= MAX_COMPUTED ? `[${text}]` : ANONYMOUS;
}

/** The name an assignment target gives a function assigned to it (`f`, `exports.lambda`, `this.run`). */
export function targetName(target: AnyNode, code: string): string | null {
  if (target.type === 'Identifier') return target.name;
  if (target.type !== 'MemberExpression') return null;
  const property = keyName(target.property, target.computed, code);
  const object = target.object;
  if (object.type === 'ThisExpression') return `this.${property}`;
  const owner = targetName(object, code);
  return owner ? `${owner}.${property}` : property;
}

/** The name of a class member: `Class.key`, `Class.get key`, `new Class` for its constructor. */
export function memberName(
  className: string,
  kind: 'constructor' | 'method' | 'get' | 'set' | 'field',
  key: string,
): string {
  if (kind === 'constructor') return `new ${className}`;
  const prefix = kind === 'get' || kind === 'set' ? `${kind} ` : '';
  return `${className}.${prefix}${key}`;
}
