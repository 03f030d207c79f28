/**
 * Which variables a statement writes, for the write probe the transform puts after it:
 * declarations, assignments and updates (also in sequences and under `await`), and the root
 * variable of a member write, a `delete` or a method call on a member (`list.push(x)`).
 */
import type * as acorn from 'acorn';
import { memberRoot, patternIdentifiers, type AnyNode } from './ast';

const LOGICAL_ASSIGNMENT = new Set(['||=', '&&=', '??=']);

function expressionWrites(expression: AnyNode, out: acorn.Identifier[]): void {
  switch (expression.type) {
    case 'AwaitExpression':
      expressionWrites(expression.argument, out);
      break;
    case 'ParenthesizedExpression':
    case 'ChainExpression':
      expressionWrites(expression.expression, out);
      break;
    case 'SequenceExpression':
      for (const part of expression.expressions) expressionWrites(part, out);
      break;
    case 'AssignmentExpression':
      patternIdentifiers(expression.left, out);
      // `a ||= (b = 1)` may not run its right side: reading `b` then could meet its TDZ.
      if (!LOGICAL_ASSIGNMENT.has(expression.operator)) expressionWrites(expression.right, out);
      break;
    case 'UpdateExpression':
      patternIdentifiers(expression.argument, out);
      break;
    case 'UnaryExpression':
      if (expression.operator === 'delete') {
        const root = memberRoot(expression.argument);
        if (root) out.push(root);
      }
      break;
    case 'CallExpression': {
      const callee = expression.callee;
      const member = callee.type === 'ChainExpression' ? callee.expression : callee;
      if (member.type === 'MemberExpression') {
        const root = memberRoot(member.object);
        if (root) out.push(root);
      }
      break;
    }
    default:
      break;
  }
}

/** The identifiers (as written in the code) of the variables `statement` writes, in source order. */
export function statementWrites(statement: AnyNode): acorn.Identifier[] {
  const out: acorn.Identifier[] = [];
  if (statement.type === 'VariableDeclaration') {
    for (const declarator of statement.declarations) patternIdentifiers(declarator.id, out);
  } else if (statement.type === 'ClassDeclaration') {
    if (statement.id) out.push(statement.id);
  } else if (statement.type === 'ExpressionStatement') {
    expressionWrites(statement.expression, out);
  }
  return out;
}

/** The variables a loop's head writes on each iteration (`let i`, `const x of`, `k in`, `i = 0; ...; i++`). */
export function loopHeadWrites(loop: AnyNode): acorn.Identifier[] {
  const out: acorn.Identifier[] = [];
  if (loop.type === 'ForStatement') {
    if (loop.init?.type === 'VariableDeclaration') {
      for (const declarator of loop.init.declarations) patternIdentifiers(declarator.id, out);
    } else if (loop.init) {
      expressionWrites(loop.init, out);
    }
    if (loop.update) expressionWrites(loop.update, out);
  } else if (loop.type === 'ForInStatement' || loop.type === 'ForOfStatement') {
    if (loop.left.type === 'VariableDeclaration') {
      for (const declarator of loop.left.declarations) patternIdentifiers(declarator.id, out);
    } else {
      patternIdentifiers(loop.left, out);
    }
  }
  return out;
}
