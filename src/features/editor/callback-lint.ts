import type * as TS from 'typescript';
import type { LambdaNode, TypeScriptApi } from './lambda-node';

// A simple path check for V1 functions: every way out of `lambda` should call (or hand on) its
// callback. Any mention of the callback counts as handling it, including inside a nested function
// (`promise.then(() => callback(null, 'ok'))`); `if`/`else`, `try`/`catch`, `return` and `throw`
// are followed, loops and switches are taken as a whole.

/** A place where `lambda` can finish without calling its callback. */
export interface MissedCallback {
  start: number;
  end: number;
  message: string;
}

type State = 'open' | 'called' | 'exited';

const join = (a: State, b: State): State =>
  a === 'open' || b === 'open' ? 'open' : a === 'called' || b === 'called' ? 'called' : 'exited';

class CallbackPaths {
  readonly missed: MissedCallback[] = [];

  constructor(
    private readonly ts: TypeScriptApi,
    private readonly file: TS.SourceFile,
    private readonly callback: string,
  ) {}

  mentions(node: TS.Node | undefined): boolean {
    if (!node) return false;
    if (this.ts.isIdentifier(node) && node.text === this.callback) return true;
    return !!this.ts.forEachChild(node, (child) => this.mentions(child) || undefined);
  }

  list(statements: readonly TS.Statement[], state: State = 'open'): State {
    for (const statement of statements) {
      if (state !== 'open') break;
      state = this.statement(statement);
    }
    return state;
  }

  statement(node: TS.Statement): State {
    const ts = this.ts;
    if (ts.isReturnStatement(node)) {
      if (this.mentions(node.expression)) return 'called';
      this.missed.push({
        start: node.getStart(this.file),
        end: node.getEnd(),
        message: `This return ends lambda without calling ${this.callback}: a V1 function answers only through ${this.callback}(error) or ${this.callback}(null, result).`,
      });
      return 'exited';
    }
    if (ts.isThrowStatement(node)) return 'exited';
    if (ts.isBlock(node)) return this.list(node.statements);
    if (ts.isIfStatement(node)) {
      if (this.mentions(node.expression)) return 'called';
      const onTrue = this.statement(node.thenStatement);
      return join(onTrue, node.elseStatement ? this.statement(node.elseStatement) : 'open');
    }
    if (ts.isTryStatement(node)) {
      const tried = this.list(node.tryBlock.statements);
      const caught = node.catchClause ? this.list(node.catchClause.block.statements) : tried;
      const after = join(tried, caught);
      return node.finallyBlock && this.mentions(node.finallyBlock) ? 'called' : after;
    }
    return this.mentions(node) ? 'called' : 'open';
  }
}

/** Where a V1 `lambda(input, callback)` can finish without calling its callback. */
export function missedCallbacks(
  ts: TypeScriptApi,
  file: TS.SourceFile,
  lambda: LambdaNode,
): MissedCallback[] {
  const param = lambda.fn.parameters[1];
  if (!param || !ts.isIdentifier(param.name)) return [];
  const paths = new CallbackPaths(ts, file, param.name.text);
  const body = lambda.fn.body;
  if (!body) return [];
  const end = ts.isBlock(body)
    ? paths.list(body.statements)
    : paths.mentions(body)
      ? 'called'
      : 'open';
  if (end === 'open') {
    paths.missed.push({
      start: lambda.name.getStart(file),
      end: lambda.name.getEnd(),
      message: `lambda can finish without calling ${param.name.text} on some path; the platform then waits until the time limit.`,
    });
  }
  return paths.missed;
}
