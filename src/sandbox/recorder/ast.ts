/**
 * Small helpers over acorn's ESTree nodes for the transform: visiting a node's children, the
 * names a binding pattern declares, and the variable a write target writes.
 */
import type * as acorn from 'acorn';

/** Any node acorn produces. */
export type AnyNode = acorn.AnyNode;

/** A function node of any kind (declaration, expression, arrow, method value). */
export type FunctionNode =
  | acorn.FunctionDeclaration
  | acorn.AnonymousFunctionDeclaration
  | acorn.FunctionExpression
  | acorn.ArrowFunctionExpression;

const SKIPPED_KEYS = new Set(['type', 'start', 'end', 'loc', 'range']);

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as AnyNode).type === 'string';
}

/** Calls `visit` with each direct child node of `node`, in source order. */
export function forEachChild(node: AnyNode, visit: (child: AnyNode) => void): void {
  for (const key in node) {
    if (SKIPPED_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

/** Whether `node` is a function of any kind. */
export function isFunction(node: AnyNode): node is FunctionNode {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression'
  );
}

/** Whether `node` is a loop statement. */
export function isLoop(
  node: AnyNode,
): node is
  | acorn.ForStatement
  | acorn.ForInStatement
  | acorn.ForOfStatement
  | acorn.WhileStatement
  | acorn.DoWhileStatement {
  return (
    node.type === 'ForStatement' ||
    node.type === 'ForInStatement' ||
    node.type === 'ForOfStatement' ||
    node.type === 'WhileStatement' ||
    node.type === 'DoWhileStatement'
  );
}

/** The variable at the root of a member chain (`a` of `a.b[c].d`, `a?.b`), if it is one. */
export function memberRoot(node: AnyNode): acorn.Identifier | null {
  let current: AnyNode = node;
  for (;;) {
    if (current.type === 'Identifier') return current;
    if (current.type === 'MemberExpression') current = current.object;
    else if (current.type === 'ChainExpression') current = current.expression;
    else if (current.type === 'ParenthesizedExpression') current = current.expression;
    else return null;
  }
}

/**
 * The variables a binding pattern declares (`a`, `{ b, c: [d = 1, ...e] }`) or an assignment
 * target writes, in source order: its identifiers, and the root variable of each member it writes
 * (`[a, o.k] = ...` writes `a` and `o`). A declaration's pattern holds no members, so one walk
 * serves both.
 */
export function patternIdentifiers(
  target: AnyNode,
  out: acorn.Identifier[] = [],
): acorn.Identifier[] {
  switch (target.type) {
    case 'Identifier':
      out.push(target);
      break;
    case 'MemberExpression': {
      const root = memberRoot(target);
      if (root) out.push(root);
      break;
    }
    case 'ObjectPattern':
      for (const prop of target.properties) {
        patternIdentifiers(prop.type === 'RestElement' ? prop : prop.value, out);
      }
      break;
    case 'ArrayPattern':
      for (const element of target.elements) if (element) patternIdentifiers(element, out);
      break;
    case 'RestElement':
      patternIdentifiers(target.argument, out);
      break;
    case 'AssignmentPattern':
      patternIdentifiers(target.left, out);
      break;
    case 'ParenthesizedExpression':
      patternIdentifiers(target.expression, out);
      break;
    default:
      break;
  }
  return out;
}
