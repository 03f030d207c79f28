/**
 * The transform's walk over the user's code: opens the scopes (scope-table.ts), names the
 * functions, and lists the probes to insert (insertions.ts): frame entry and exit around each
 * function body, a step before each statement and at the start of each loop iteration, a write
 * after each statement that writes variables. No inserted text holds a line break.
 */
import type * as acorn from 'acorn';
import {
  patternIdentifiers,
  forEachChild,
  isFunction,
  isLoop,
  type AnyNode,
  type FunctionNode,
} from './ast';
import { ANONYMOUS, keyName, memberName, targetName } from './function-names';
import { InsertionList } from './insertions';
import { MapBuilder } from './map-builder';
import { enterCall, leaveCall, stepCall, writeCall } from './probe-text';
import {
  functionDeclarations,
  lexicalDeclarations,
  loopHeadDeclarations,
  varScopeDeclarations,
} from './scope-table';
import { loopHeadWrites, statementWrites } from './write-targets';

interface FunctionContext {
  id: number;
  /** Nesting depth: 0 the module, 1 a function written in it... */
  depth: number;
  /**
   * Depths whose frame constant is out of reach here: a function's parameter list cannot see the
   * constant its body declares, nor can the functions written in that list.
   */
  hidden: ReadonlySet<number>;
}

interface Context {
  scope: number;
  fn: FunctionContext;
  /** Nesting level, for the order of insertions at one position. */
  level: number;
  /**
   * Inside a `with` body (or a function written there): a name may resolve to the object's
   * property, and reading it could run a getter, so no write is recorded.
   */
  inWith?: true;
}

type ClassNode = acorn.ClassDeclaration | acorn.AnonymousClassDeclaration | acorn.ClassExpression;

function isDirective(node: AnyNode): boolean {
  return node.type === 'ExpressionStatement' && typeof node.directive === 'string';
}

function unparenthesised(node: AnyNode): AnyNode {
  let current = node;
  while (current.type === 'ParenthesizedExpression') current = current.expression;
  return current;
}

/** Walks one program and collects its ProgramMap parts and insertions. */
export class ProbeWriter {
  /** The ProgramMap being built. */
  readonly map = new MapBuilder();
  /** The text to insert. */
  readonly insertions = new InsertionList();
  private readonly scopes = this.map.scopes;

  constructor(private readonly code: string) {}

  /** Walks the program: the module's frame and first step open after its directive prologue. */
  program(program: acorn.Program): void {
    const body = program.body as AnyNode[];
    const scope = this.scopes.open('module', -1, 0, varScopeDeclarations(body));
    this.map.addFunction({ name: '(module)', line: 1, column: 0, scope, parent: -1 }, 0);
    const ctx: Context = { scope, fn: { id: 0, depth: 0, hidden: new Set() }, level: 0 };
    const { pos, prefix, rest } = this.afterDirectives(body, this.moduleStart(), '');
    // A first step on the module's first statement, so that no write comes before every step
    // (the hoisted functions' below, lambda's parameters when the module runs no statement).
    const first = rest[0];
    const point = this.map.point({
      line: first?.loc!.start.line ?? 1,
      column: first?.loc!.start.column ?? 0,
      endLine: first?.loc!.start.line ?? 1,
      scope,
    });
    const entry = enterCall(0, 0, -1) + stepCall(point, 0);
    this.insertions.open(pos, 1, `${prefix}${entry}${this.hoistedWrites(rest, ctx)}`);
    this.statements(rest, ctx);
  }

  /** Where the module's frame can open when it has no directives: after a hashbang line. */
  private moduleStart(): number {
    if (!this.code.startsWith('#!')) return 0;
    const lineEnd = /\r\n?|\n|\u2028|\u2029/.exec(this.code);
    return lineEnd ? lineEnd.index + lineEnd[0].length : this.code.length;
  }

  private afterDirectives(
    statements: AnyNode[],
    pos: number,
    prefix: string,
  ): { pos: number; prefix: string; rest: AnyNode[] } {
    let count = 0;
    while (count < statements.length && isDirective(statements[count]!)) count++;
    if (count === 0) return { pos, prefix, rest: statements };
    const last = statements[count - 1]!;
    return {
      pos: last.end,
      prefix: this.code[last.end - 1] === ';' ? ' ' : '; ',
      rest: statements.slice(count),
    };
  }

  private point(node: AnyNode, ctx: Context, at: AnyNode = node, endLine?: number): number {
    const start = at.loc!.start;
    return this.map.point({
      line: start.line,
      column: start.column,
      endLine: endLine ?? node.loc!.end.line,
      scope: ctx.scope,
    });
  }

  /** The write probes for the variables `ids` name (each slot once; globals and unreachable frames skipped). */
  private writes(ids: readonly acorn.Identifier[], ctx: Context): string {
    if (ctx.inWith) return '';
    let text = '';
    const seen = new Set<number>();
    for (const id of ids) {
      const slot = this.scopes.resolve(ctx.scope, id.name);
      if (slot < 0 || seen.has(slot)) continue;
      const owner = this.map.ownerDepth(slot);
      if (ctx.fn.hidden.has(owner)) continue;
      seen.add(slot);
      text += writeCall(this.map.site(slot, id), owner, id.name);
    }
    return text;
  }

  /** Writes of the function declarations of a statement list (hoisted: set when the list starts). */
  private hoistedWrites(statements: readonly AnyNode[], ctx: Context): string {
    const ids: acorn.Identifier[] = [];
    for (const statement of statements) {
      if (statement.type === 'FunctionDeclaration' && statement.id) ids.push(statement.id);
    }
    return this.writes(ids, ctx);
  }

  /**
   * Whether the current frame's constant is in reach: not in a static block of a class written in
   * a parameter list, whose statements therefore get no steps.
   */
  private framed(ctx: Context): boolean {
    return !ctx.fn.hidden.has(ctx.fn.depth);
  }

  private statements(statements: readonly AnyNode[], ctx: Context): void {
    for (const statement of statements) this.statement(statement, ctx);
  }

  /** A statement of a list: its step before it, its writes after it. */
  private statement(statement: AnyNode, ctx: Context): void {
    const level = ctx.level + 2;
    if (
      statement.type !== 'FunctionDeclaration' &&
      statement.type !== 'EmptyStatement' &&
      this.framed(ctx)
    ) {
      this.insertions.open(
        statement.start,
        level,
        stepCall(this.point(statement, ctx), ctx.fn.depth),
      );
    }
    this.visitStatement(statement, { ...ctx, level });
    const writes = this.writes(statementWrites(statement), ctx);
    if (writes) {
      const separator = this.code[statement.end - 1] === ';' ? '' : ';';
      this.insertions.close(statement.end, level, separator + writes);
    }
  }

  private visitStatement(node: AnyNode, ctx: Context): void {
    switch (node.type) {
      case 'BlockStatement':
        this.block(node, ctx, '');
        break;
      case 'IfStatement':
        this.walk(node.test, ctx);
        this.body(node.consequent, ctx, null);
        if (node.alternate) this.body(node.alternate, ctx, null);
        break;
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        this.loop(node, ctx);
        break;
      case 'LabeledStatement':
        this.labelled(node.body, ctx);
        break;
      case 'SwitchStatement': {
        this.walk(node.discriminant, ctx);
        const declared = lexicalDeclarations(node.cases.flatMap((c) => c.consequent));
        const scope =
          declared.length > 0
            ? this.scopes.open('block', ctx.scope, ctx.fn.id, declared)
            : ctx.scope;
        const inner = { ...ctx, scope };
        for (const switchCase of node.cases) {
          if (switchCase.test) this.walk(switchCase.test, inner);
          this.statements(switchCase.consequent, inner);
        }
        break;
      }
      case 'TryStatement':
        this.block(node.block, ctx, '');
        if (node.handler) this.catchClause(node.handler, ctx);
        if (node.finalizer) this.block(node.finalizer, ctx, '');
        break;
      case 'WithStatement':
        this.walk(node.object, ctx);
        this.body(node.body, { ...ctx, inWith: true }, null);
        break;
      default:
        this.walk(node, ctx);
        break;
    }
  }

  private labelled(body: AnyNode, ctx: Context): void {
    if (body.type === 'LabeledStatement') this.labelled(body.body, ctx);
    else if (isLoop(body) || body.type === 'BlockStatement') this.visitStatement(body, ctx);
    else this.body(body, ctx, null);
  }

  private catchClause(handler: acorn.CatchClause, ctx: Context): void {
    const ids = handler.param ? patternIdentifiers(handler.param) : [];
    const scope = handler.param
      ? this.scopes.open(
          'catch',
          ctx.scope,
          ctx.fn.id,
          ids.map((id) => ({ id, kind: 'catch' as const })),
        )
      : ctx.scope;
    const inner = { ...ctx, scope };
    if (handler.param) this.walk(handler.param, inner);
    this.block(handler.body, inner, this.writes(ids, inner));
  }

  /** A block: its own scope if it declares something; `prefix` runs first inside it. */
  private block(node: acorn.BlockStatement, ctx: Context, prefix: string): void {
    const statements = node.body as AnyNode[];
    const declared = lexicalDeclarations(statements);
    const scope =
      declared.length > 0 ? this.scopes.open('block', ctx.scope, ctx.fn.id, declared) : ctx.scope;
    const inner = { ...ctx, scope };
    const text = prefix + this.hoistedWrites(statements, inner);
    if (text) this.insertions.open(node.start + 1, ctx.level + 1, text);
    this.statements(statements, inner);
  }

  /** The body of an if, a loop, a label or `with`: a block, or a statement wrapped in one. */
  private body(node: AnyNode, ctx: Context, iteration: string | null): void {
    if (node.type === 'BlockStatement') {
      this.block(node, ctx, iteration ?? '');
    } else if (node.type === 'FunctionDeclaration') {
      this.visitStatement(node, ctx);
    } else if (node.type !== 'EmptyStatement' || iteration !== null) {
      this.insertions.open(node.start, ctx.level + 1, `{${iteration ?? ''}`);
      this.statement(node, ctx);
      this.insertions.close(node.end, ctx.level + 1, '}');
    }
  }

  private loop(
    node:
      | acorn.ForStatement
      | acorn.ForInStatement
      | acorn.ForOfStatement
      | acorn.WhileStatement
      | acorn.DoWhileStatement,
    ctx: Context,
  ): void {
    const declared = loopHeadDeclarations(node);
    const scope =
      declared.length > 0 ? this.scopes.open('block', ctx.scope, ctx.fn.id, declared) : ctx.scope;
    const head = { ...ctx, scope };
    let anchor: AnyNode = node;
    if (node.type === 'ForStatement') {
      if (node.init) this.walk(node.init, head);
      if (node.test) this.walk(node.test, head);
      if (node.update) this.walk(node.update, head);
      anchor = node.test ?? node;
    } else if (node.type === 'ForInStatement' || node.type === 'ForOfStatement') {
      this.walk(node.left, head);
      this.walk(node.right, head);
      anchor = node.left;
    } else if (node.type === 'WhileStatement') {
      this.walk(node.test, head);
      anchor = node.test;
    }
    // The iteration's writes run inside the body: a body declaring the same name hides the head's.
    const shadowed = new Set(
      node.body.type === 'BlockStatement'
        ? lexicalDeclarations(node.body.body as AnyNode[]).map(({ id }) => id.name)
        : [],
    );
    const headWrites = loopHeadWrites(node).filter((id) => !shadowed.has(id.name));
    const iteration = this.framed(ctx)
      ? stepCall(this.point(node, head, anchor, anchor.loc!.start.line), ctx.fn.depth) +
        this.writes(headWrites, head)
      : null;
    this.body(node.body, head, iteration);
    if (node.type === 'DoWhileStatement') this.walk(node.test, head);
  }

  /** A function: its frame around its body, its parameters written on entry. */
  private fn(node: FunctionNode, ctx: Context, name: string): void {
    const id = this.map.nextFunction();
    const depth = ctx.fn.depth + 1;
    const declared = functionDeclarations(node);
    if (node.type === 'FunctionExpression' && node.id)
      declared.push({ id: node.id, kind: 'function' });
    const scope = this.scopes.open('function', ctx.scope, id, declared);
    const start = node.loc!.start;
    this.map.addFunction(
      { name, line: start.line, column: start.column, scope, parent: ctx.fn.id },
      depth,
    );
    let parentDepth = depth - 1;
    while (ctx.fn.hidden.has(parentDepth)) parentDepth--;
    const level = ctx.level + 2;
    const inParams = new Set(ctx.fn.hidden).add(depth);
    const paramsCtx: Context = { ...ctx, scope, fn: { id, depth, hidden: inParams }, level };
    for (const param of node.params) this.walk(param, paramsCtx);
    const inner: Context = { ...ctx, scope, fn: { id, depth, hidden: ctx.fn.hidden }, level };
    const params = node.params.flatMap((param) => patternIdentifiers(param));
    const enter = enterCall(depth, id, parentDepth) + this.writes(params, inner);
    const leave = `} finally { ${leaveCall(depth)} }`;
    const body = node.body;
    if (body.type === 'BlockStatement') {
      const { pos, prefix, rest } = this.afterDirectives(
        body.body as AnyNode[],
        body.start + 1,
        ' ',
      );
      const opening = `${prefix}${enter} try {${this.hoistedWrites(rest, inner)}`;
      const closing = ` ${leave} `;
      // An empty body: one insertion, or the closing text would sort before the opening one.
      if (pos === body.end - 1) {
        this.insertions.open(pos, level + 1, opening + closing);
      } else {
        this.insertions.open(pos, level + 1, opening);
        this.statements(rest, inner);
        this.insertions.close(body.end - 1, level + 1, closing);
      }
    } else {
      const step = stepCall(this.point(body, inner), depth);
      this.insertions.open(body.start, level + 1, `{ ${enter} try { ${step} return (`);
      this.walk(body, { ...inner, level: level + 2 });
      this.insertions.close(body.end, level + 1, `); ${leave} }`);
    }
  }

  private classNode(node: ClassNode, ctx: Context, hint: string | null): void {
    const className = node.id?.name ?? hint ?? ANONYMOUS;
    const inner = { ...ctx, level: ctx.level + 2 };
    if (node.superClass) this.walk(node.superClass, inner);
    for (const member of node.body.body) {
      if (member.type === 'StaticBlock') {
        const statements = member.body as AnyNode[];
        const declared = varScopeDeclarations(statements);
        const scope =
          declared.length > 0
            ? this.scopes.open('block', ctx.scope, ctx.fn.id, declared)
            : ctx.scope;
        const blockCtx = { ...inner, scope };
        const hoisted = this.hoistedWrites(statements, blockCtx);
        if (hoisted) this.insertions.open(statements[0]!.start, inner.level + 1, hoisted);
        this.statements(statements, blockCtx);
        continue;
      }
      if (member.computed) this.walk(member.key, inner);
      const key = keyName(member.key, member.computed, this.code);
      if (member.type === 'MethodDefinition') {
        this.fn(member.value, inner, memberName(className, member.kind, key));
      } else if (member.value) {
        this.walkNamed(member.value, inner, memberName(className, 'field', key));
      }
    }
  }

  /** Walks `node`, naming it `name` if it is an anonymous function or class. */
  private walkNamed(node: AnyNode, ctx: Context, name: string): void {
    const target = unparenthesised(node);
    if (isFunction(target)) this.fn(target, ctx, target.id?.name ?? name);
    else if (target.type === 'ClassExpression') this.classNode(target, ctx, name);
    else this.walk(node, ctx);
  }

  /**
   * Walks an expression (or a declaration outside a statement list), down to its functions; the
   * level stays (each function raises it for what it holds).
   */
  private walk(node: AnyNode, ctx: Context): void {
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        this.fn(node, ctx, node.id?.name ?? ANONYMOUS);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        this.classNode(node, ctx, null);
        break;
      case 'VariableDeclarator':
        this.walk(node.id, ctx);
        if (node.init) this.walkNamed(node.init, ctx, targetName(node.id, this.code) ?? ANONYMOUS);
        break;
      case 'AssignmentExpression':
      case 'AssignmentPattern':
        this.walk(node.left, ctx);
        this.walkNamed(node.right, ctx, targetName(node.left, this.code) ?? ANONYMOUS);
        break;
      case 'Property': {
        if (node.computed) this.walk(node.key, ctx);
        const key = keyName(node.key, node.computed, this.code);
        this.walkNamed(node.value, ctx, node.kind === 'init' ? key : `${node.kind} ${key}`);
        break;
      }
      default:
        forEachChild(node, (child) => this.walk(child, ctx));
        break;
    }
  }
}
