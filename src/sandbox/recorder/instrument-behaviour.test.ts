/** The instrumented code behaves as the plain code: same result, error and console output, construct by construct. */
import { describe, expect, it } from 'vitest';
import { runBoth, type RunOptions } from './test-support/record-in-node';

interface Case {
  name: string;
  code: string;
  options?: RunOptions;
  /** The plain run throws (and so must the instrumented one, the same way). */
  throws?: boolean;
}

const CASES: Case[] = [
  {
    name: 'hoisting of functions and vars',
    code: `
const early = typeof later + ':' + before() + ':' + v;
var v = 1;
function before() { return typeof v }
function later() {}
function lambda() { inner(); return [early, hoisted, typeof inner]; var hoisted = 2; function inner() { hoisted = 3 } }`,
  },
  {
    name: 'this: top level, methods, call/apply/bind, arrows',
    code: `
const top = this === exports;
const obj = { n: 1, get() { return this.n }, arrow: () => typeof this, nested() { return [1].map(() => this.n) } };
function who() { return this && this.n }
function lambda() {
  return [top, obj.get(), obj.arrow(), obj.nested(), who.call({ n: 2 }), who.apply({ n: 3 }), who.bind({ n: 4 })(), (0, obj.get)?.call({ n: 5 })];
}`,
  },
  {
    name: 'arguments, sloppy aliasing, default parameters, .length and .name',
    code: `
function alias(a, b) { a = 10; arguments[1] = 20; return [a, b, arguments.length] }
function strictAlias(a) { 'use strict'; a = 10; return arguments[0] }
function defaults(a, b = a + 1, c = arguments.length) { return [a, b, c] }
const arrow = (x, y = 2, ...rest) => x;
const named = function () {};
const obj = { method() {}, get acc() { return 1 } };
function lambda() {
  return [alias(1, 2), strictAlias(1), defaults(1), defaults(1, 5, 9), alias.length, defaults.length, arrow.length,
    arrow.name, named.name, obj.method.name, Object.getOwnPropertyDescriptor(obj, 'acc').get.name, lambda.name];
}`,
  },
  {
    name: 'getters, setters and closures',
    code: `
function counter() { let n = 0; return { inc: () => ++n, get value() { return n }, set value(v) { n = v * 2 } } }
function lambda() { const c = counter(); c.inc(); c.inc(); const before = c.value; c.value = 5; return [before, c.value, c.inc()] }`,
  },
  {
    name: 'async/await: sequential, Promise.all, rejection caught',
    code: `
const wait = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
async function fail() { await null; throw new TypeError('nope') }
async function lambda(input) {
  const a = await wait(1, 5);
  const b = await wait(a + 1, 1);
  const all = await Promise.all([wait('x', 3), wait('y', 1), (async () => 'z')()]);
  let caught;
  try { await fail() } catch (e) { caught = e.name + ':' + e.message }
  const streamed = [];
  for await (const chunk of (async function* () { yield 'c1'; await null; yield 'c2' })()) streamed.push(chunk)
  console.log('done', a, b);
  return { a, b, all, caught, input, streamed };
}`,
    options: { style: 'v2', input: { n: 1 } },
  },
  {
    name: 'generators: yield, return(), for-of break runs finally',
    code: `
const log = [];
function* gen() { try { let i = 0; while (true) { const got = yield i++; if (got) log.push(got) } } finally { log.push('finally') } }
function lambda() {
  const g = gen(); const first = [g.next().value, g.next('a').value, g.return(9), g.next()];
  for (const v of gen()) { if (v === 2) break }
  function* delegate() { yield* [1, 2]; return 3 }
  return [first, log, [...delegate()], Array.from({ *[Symbol.iterator]() { yield 'k' } })];
}`,
  },
  {
    name: 'try/catch/finally: return in finally, rethrow',
    code: `
function f() { try { return 'try' } finally { return 'finally' } }
function g() { try { throw new Error('inner') } catch (e) { throw new RangeError('re:' + e.message) } finally { console.log('g finally') } }
function h() { let n = 0; try { n++; return n } finally { n = 10 } }
function lambda() { let msg; try { g() } catch (e) { msg = e.name + ' ' + e.message } try { null.x } catch { msg += '|caught' } return [f(), h(), msg] }`,
  },
  {
    name: 'labels: break and continue outer',
    code: `
function lambda() {
  const out = [];
  outer: for (let i = 0; i < 3; i++) {
    inner: for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; out.push([i, j]) }
  }
  block: { out.push('in'); if (out) break block; out.push('never') }
  a: b: for (const x of [1, 2]) { if (x === 1) continue a; out.push(x) }
  lbl: out.push('expr');
  do out.push('do'); while (false)
  return out;
}`,
  },
  {
    name: 'destructuring: nested, defaults, rest',
    code: `
function lambda() {
  const { a, b: { c = 3, ...others } = {}, d: [e, , f = 'f', ...g] = [] } = { a: 1, b: { x: 1, y: 2 }, d: [5, 6, undefined, 8, 9] };
  let x, y, z;
  [x, [y] = [7], { z = 'z' } = {}] = [1];
  let o = {};
  ({ p: o.q, r: [o.s] } = { p: 1, r: [2] });
  const swap = [1, 2]; [swap[0], swap[1]] = [swap[1], swap[0]];
  return { a, c, others, e, f, g, x, y, z, o, swap };
}`,
  },
  {
    name: 'optional chaining and nullish',
    code: `
const o = { a: { b: () => 'called' }, n: null };
function lambda() { return [o?.a?.b?.(), o.n?.b(), o.missing?.(), o.a?.['b']?.(), o.n ?? 'dflt', (o.z ||= 1), (o.z &&= 2), (o.w ??= 3)] }`,
  },
  {
    name: 'classes: fields, static, private, extends/super, accessors, static blocks, new.target',
    code: `
class Base { #secret = 41; static count = 0; static { Base.count = 10; var inBlock = 1; Base.inBlock = inBlock }
  constructor(name) { this.name = name; Base.count++; this.target = new.target.name }
  get secret() { return this.#secret + 1 } set secret(v) { this.#secret = v } #hidden() { return 'h' } reveal() { return this.#hidden() }
  static make(n) { return new this(n) } }
class Child extends Base { kind = 'child'; arrow = () => this.kind; constructor(n) { super(n + '!') } reveal() { return 'child ' + super.reveal() } }
const Anon = class { m() { return 'anon' } };
function Fn() { return new.target === Fn }
function lambda() {
  const c = new Child('x'); c.secret = 1;
  return [c.name, c.kind, c.arrow(), c.secret, c.reveal(), Base.count, Base.inBlock, c.target, Base.make('m').name, new Anon().m(), new Fn(), Fn(), Child.name, Anon.name];
}`,
  },
  {
    name: 'switch fall-through and block declarations',
    code: `
function pick(k) { const out = []; switch (k) { case 1: out.push(1); case 2: { let inner = 2; out.push(inner) } break; case 3: const t = 3; out.push(t); default: out.push('d') } return out }
function lambda() { return [pick(1), pick(2), pick(3), pick(9)] }`,
  },
  {
    name: 'ASI-dependent code without semicolons',
    code: `
let a = 1
let b = a
++b
const c = [1, 2]
;[3].forEach(x => c.push(x))
const d = \`t\`
;(function () { a = 5 })()
function r() {
  return
  42
}
function lambda() {
  let e = a
  e++
  var s = 'x'
  s += 'y'
  return [a, b, c, d, r(), e, s]
}`,
  },
  {
    name: 'use strict functions, comments at line ends, multi-line templates',
    code: `'use strict'
function sloppyThis() { return typeof this } // a comment
function lambda(input) { // starts here
  'use strict';
  const t = \`line one \${input.n}
line two \${(() => {
  return 'inside'
})()}\`; /* block */ const u = 1 // end
  return [t, u, sloppyThis()]
}`,
    options: { style: 'v2', input: { n: 7 } },
  },
  {
    name: 'V1 callback style and top-level code',
    code: `
const list = [];
for (let i = 0; i < 3; i++) list.push(i * 2);
if (list.length) console.info('top', list.length); else console.info('never');
function lambda(input, callback) {
  setTimeout(() => { list.push(input.extra); callback(null, { list }) }, 1);
}`,
    options: { style: 'v1', input: { extra: 'e' } },
  },
  {
    name: 'errors: a throw inside lambda',
    code: `
function check(x) { if (x > 1) { throw new TypeError('too big: ' + x) } return x }
function lambda(input) { console.log('before'); check(input.n) }`,
    options: { style: 'v2', input: { n: 5 } },
    throws: true,
  },
  {
    name: 'errors: a ReferenceError and a TDZ read',
    code: `
function lambda() { { x = 1; let x } }`,
    throws: true,
  },
  {
    name: 'functions written in parameter lists, object-literal arrow bodies, empty and nested functions',
    code: `
function withClosure(a, get = () => a, set = (v) => { a = v }) { set(a + 1); return get() }
const make = (k) => ({ k, nested: () => () => k * 2 });
const empty = () => {};
function noop() {}
const asyncArrow = async (v) => await v;
function outer() { function mid() { function deep() { return arguments.length } return deep(1, 2) } return mid() }
function lambda() { return Promise.all([withClosure(1), make(3).nested()(), empty(), noop(), asyncArrow(5), outer()]) }`,
  },
  {
    name: 'sloppy block functions, super in object methods, arguments in arrows, member loop targets',
    code: `
function blocks(flag) { if (flag) { function inBlock() { return 'in' } } return typeof inBlock === 'function' ? inBlock() : 'none' }
const proto = { hi() { return 'proto hi' } };
const child = { __proto__: proto, hi() { return 'child ' + super.hi() } };
function args() { const f = () => arguments[0]; return f('ignored') }
function lambda() {
  const o = {}; const seen = [];
  for (o.key of ['x', 'y']) seen.push(o.key);
  for (const k in { a: 1 }) if (k) seen.push(k);
  return [blocks(true), blocks(false), child.hi(), args('first'), seen, o];
}`,
  },
  {
    name: 'a function expression assigning its own name, comma declarations, chained assignment',
    code: `
const f = function g(n) { if (n > 0) return g(n - 1) + 1; return 0 };
function lambda() {
  var a = 1, b = a + 1; let c, d; c = d = b * 2; const e = (a++, b++, a + b);
  const obj = { count: 0 }; obj.count += 2; obj.count++; delete obj.extra;
  return [f(3), a, b, c, d, e, obj];
}`,
  },
  {
    name: 'static blocks: hoisted functions, and a class written in a parameter list',
    code: `
class Config { static { Config.value = helper(); function helper() { return 'hoisted' } } }
function withClass(a, C = class { static { for (let i = 0; i < 2; i++) a += i } }) { return [a, typeof C] }
function lambda() { return [Config.value, withClass(1)] }`,
  },
  {
    name: 'a loop body declaring its head variable again, parenthesised targets',
    code: `
function lambda() {
  const out = [];
  for (const x of [1, 2]) { let x = 'inner'; out.push(x) }
  for (let i = 0; i < 1; i++) { class i {} out.push(typeof i) }
  let p; (p) = 3; [(p)] = [p + 1];
  return [out, p];
}`,
  },
  {
    name: 'with: names resolving to the object run no getter twice',
    code: `
function lambda() {
  let reads = 0, x = 'outer';
  const scope = { get x() { reads++; return 'prop' }, set x(v) { reads += 10 } };
  with (scope) { x = 'set'; const f = () => { x = 'again' }; f() }
  return [reads, x];
}`,
  },
  {
    name: 'loops of every kind with non-block bodies',
    code: `
function lambda() {
  const out = []; let n = 0, k;
  while (n < 3) n++
  do n--; while (n > 1)
  for (k in { p: 1, q: 2 }) out.push(k)
  for (const [i, v] of ['a', 'b'].entries()) out.push(i + v)
  for (var j = 0, m = 2; j < m; j++) if (j) out.push('j' + j); else out.push('zero')
  for (;;) { if (++n > 4) break }
  const fns = []; for (let i = 0; i < 3; i++) fns.push(() => i)
  return [out, n, j, m, fns.map((f) => f())];
}`,
  },
];

describe('instrumented runs match plain runs', () => {
  it.each(CASES)('$name', async ({ code, options, throws }) => {
    const { plain, instrumented, code: output } = await runBoth(code, options);
    // Every statement stays on its line: the only line break added is the module's last line.
    expect(output.split(/\r\n?|\n|\u2028|\u2029/)).toHaveLength(
      code.split(/\r\n?|\n|\u2028|\u2029/).length + 1,
    );
    if (throws) expect(plain.error).toBeDefined();
    else expect(plain.error).toBeUndefined();
    expect(instrumented.error).toEqual(plain.error);
    expect(instrumented.result).toEqual(plain.result);
    expect(instrumented.logs).toEqual(plain.logs);
  });
});
