/**
 * The static scopes of the code and the variables (slots) each declares, as the ProgramMap lists
 * them, with name resolution from a scope outwards; and which declarations open each scope
 * (`var` hoisted to its function, `let`/`const`/`class`/block functions to their block).
 */
import type * as acorn from 'acorn';
import type { ProgramScope, ProgramSlot, ScopeKind, SlotKind } from './program-map';
import { patternIdentifiers, type AnyNode, type FunctionNode } from './ast';

/** A name a scope declares, with where it is declared. */
export interface Declared {
  id: acorn.Identifier;
  kind: SlotKind;
}

/** Scopes and slots in the order they are opened and declared. */
export class ScopeTable {
  /** The ProgramMap's scopes. */
  readonly scopes: ProgramScope[] = [];
  /** The ProgramMap's slots. */
  readonly slots: ProgramSlot[] = [];
  private readonly names: Map<string, number>[] = [];

  /** Opens a scope declaring `declared` (a name declared twice is one slot); returns its id. */
  open(kind: ScopeKind, parent: number, fn: number, declared: readonly Declared[]): number {
    const id = this.scopes.length;
    const slots: number[] = [];
    const names = new Map<string, number>();
    for (const { id: ident, kind: slotKind } of declared) {
      if (names.has(ident.name)) continue;
      const slot = this.slots.length;
      this.slots.push({ name: ident.name, scope: id, kind: slotKind });
      names.set(ident.name, slot);
      slots.push(slot);
    }
    this.scopes.push({ kind, parent, fn, slots });
    this.names.push(names);
    return id;
  }

  /** The slot `name` resolves to from scope `scope`, or -1 (a global or a module-scope name). */
  resolve(scope: number, name: string): number {
    for (let current = scope; current >= 0; current = this.scopes[current]!.parent) {
      const slot = this.names[current]!.get(name);
      if (slot !== undefined) return slot;
    }
    return -1;
  }
}

function declarationNames(node: AnyNode, out: Declared[]): void {
  if (node.type === 'VariableDeclaration') {
    const kind = node.kind === 'var' ? 'var' : node.kind === 'const' ? 'const' : 'let';
    for (const declarator of node.declarations) {
      for (const id of patternIdentifiers(declarator.id)) out.push({ id, kind });
    }
  }
}

/** Adds the `var` declarations under `node` (not inside nested functions, classes or static blocks). */
function collectVars(node: AnyNode | null | undefined, out: Declared[]): void {
  if (!node) return;
  switch (node.type) {
    case 'VariableDeclaration':
      if (node.kind === 'var') declarationNames(node, out);
      break;
    case 'BlockStatement':
      for (const statement of node.body) collectVars(statement, out);
      break;
    case 'IfStatement':
      collectVars(node.consequent, out);
      collectVars(node.alternate, out);
      break;
    case 'ForStatement':
      collectVars(node.init, out);
      collectVars(node.body, out);
      break;
    case 'ForInStatement':
    case 'ForOfStatement':
      collectVars(node.left, out);
      collectVars(node.body, out);
      break;
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'LabeledStatement':
    case 'WithStatement':
      collectVars(node.body, out);
      break;
    case 'SwitchStatement':
      for (const switchCase of node.cases) {
        for (const statement of switchCase.consequent) collectVars(statement, out);
      }
      break;
    case 'TryStatement':
      collectVars(node.block, out);
      collectVars(node.handler?.body, out);
      collectVars(node.finalizer, out);
      break;
    default:
      break;
  }
}

/** The `let`, `const`, `class` and function declarations directly in a statement list. */
export function lexicalDeclarations(statements: readonly AnyNode[]): Declared[] {
  const out: Declared[] = [];
  for (const statement of statements) {
    if (statement.type === 'VariableDeclaration' && statement.kind !== 'var') {
      declarationNames(statement, out);
    } else if (statement.type === 'ClassDeclaration' && statement.id) {
      out.push({ id: statement.id, kind: 'class' });
    } else if (statement.type === 'FunctionDeclaration' && statement.id) {
      out.push({ id: statement.id, kind: 'function' });
    }
  }
  return out;
}

function byPosition(a: Declared, b: Declared): number {
  return a.id.start - b.id.start;
}

/** What a var scope (the module, a function body, a static block) declares, in source order. */
export function varScopeDeclarations(statements: readonly AnyNode[]): Declared[] {
  const out = lexicalDeclarations(statements);
  for (const statement of statements) collectVars(statement, out);
  return out.sort(byPosition);
}

/** What a function's own scope declares: its parameters, then its body's declarations. */
export function functionDeclarations(fn: FunctionNode): Declared[] {
  const params: Declared[] = [];
  for (const param of fn.params) {
    for (const id of patternIdentifiers(param)) params.push({ id, kind: 'param' });
  }
  const body = fn.body.type === 'BlockStatement' ? varScopeDeclarations(fn.body.body) : [];
  return [...params, ...body];
}

/** What a `for` head declares with `let` or `const` (its own block scope). */
export function loopHeadDeclarations(loop: AnyNode): Declared[] {
  const out: Declared[] = [];
  const head =
    loop.type === 'ForStatement'
      ? loop.init
      : loop.type === 'ForInStatement' || loop.type === 'ForOfStatement'
        ? loop.left
        : null;
  if (head?.type === 'VariableDeclaration' && head.kind !== 'var') declarationNames(head, out);
  return out;
}
