/** Which variables a statement writes, as the write probe after it records them. */
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import type { AnyNode } from './ast';
import { loopHeadWrites, statementWrites } from './write-targets';

function first(code: string): AnyNode {
  const program = parse(code, {
    ecmaVersion: 'latest',
    preserveParens: true,
    allowAwaitOutsideFunction: true,
  });
  return program.body[0] as AnyNode;
}

const names = (code: string) => statementWrites(first(code)).map((id) => id.name);

describe('statementWrites', () => {
  it('names what declarations and assignments write', () => {
    expect(names('let a = 1, { b, c: [d = 2, ...e] } = o;')).toEqual(['a', 'b', 'd', 'e']);
    expect(names('a = b = (c += 1), d++, --e;')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(names('[x, { y: z.k }] = pair;')).toEqual(['x', 'z']);
    expect(names('(p) = [(q)] = r;')).toEqual(['p', 'q']);
    expect(names('class K {}')).toEqual(['K']);
  });

  it('names the root of member writes, deletes and method calls', () => {
    expect(names('a.b[c].d = 1;')).toEqual(['a']);
    expect(names('delete o.k;')).toEqual(['o']);
    expect(names('list.push(x);')).toEqual(['list']);
    expect(names('m?.set(k, v);')).toEqual(['m']);
    expect(names('this.x = 1;')).toEqual([]);
    expect(names('f(x);')).toEqual([]);
  });

  it('looks under await but not into what may not run', () => {
    expect(names('x = await y;')).toEqual(['x']);
    expect(names('await list.push(1);')).toEqual(['list']);
    expect(names('a ||= (b = 1);')).toEqual(['a']);
    expect(names('c && (d = 1);')).toEqual([]);
  });
});

describe('loopHeadWrites', () => {
  it('names loop-head variables', () => {
    const of = (code: string) => loopHeadWrites(first(code)).map((id) => id.name);
    expect(of('for (let i = 0, j; i < 1; i++) {}')).toEqual(['i', 'j', 'i']);
    expect(of('for (k = 0; ; k++, n--) {}')).toEqual(['k', 'k', 'n']);
    expect(of('for (const [a, b] of xs) {}')).toEqual(['a', 'b']);
    expect(of('for (o.key in src) {}')).toEqual(['o']);
    expect(of('while (x) {}')).toEqual([]);
  });
});
