/** What instrumented code records: its steps (lines, frames), frames (parents, callers, depths) and writes (names, values). */
import { describe, expect, it } from 'vitest';
import { instrument } from './instrument';
import { FakeRecorder, runBoth, runCode, type BothRuns } from './test-support/record-in-node';

function stepLines({ recorder, map }: BothRuns): number[] {
  return recorder.steps.map(([point]) => map.points[point]!.line);
}

/** Writes as [variable name, value, line of the step it followed]. */
function namedWrites({ recorder, map }: BothRuns): [string, unknown, number][] {
  return recorder.writes.map((write) => {
    const site = map.sites[write.site]!;
    const step = recorder.steps[write.step];
    return [map.slots[site.slot]!.name, write.value, step ? map.points[step[0]]!.line : 0];
  });
}

describe('recorded steps and frames', () => {
  it('steps through module code, then lambda called by the runtime at depth 1', async () => {
    const runs = await runBoth(
      [
        'const base = 10;',
        'function lambda(input) {',
        '  const doubled = input.n * 2;',
        '  return helper(doubled);',
        '}',
        'function helper(v) {',
        '  return v + base;',
        '}',
      ].join('\n'),
      { input: { n: 4 } },
    );
    expect(runs.instrumented.result).toBe(18);
    // The module's first step (on its first statement), its statement, then lambda and helper.
    expect(stepLines(runs)).toEqual([1, 1, 3, 4, 7]);
    const { frames, steps, left } = runs.recorder;
    // Module (fn 0) at depth 1; lambda called once the module ended: no caller, depth 1;
    // helper written in the module (lexical parent frame 0), called by lambda at depth 2.
    expect(frames).toEqual([
      [0, -1, -1, 1],
      [1, 0, -1, 1],
      [2, 0, 1, 2],
    ]);
    expect(steps.map(([, frame]) => frame)).toEqual([0, 0, 1, 1, 2]);
    expect(left).toEqual([0, 2, 1]);
    expect(runs.map.functions.map((f) => f.name)).toEqual(['(module)', 'lambda', 'helper']);
  });

  it('records a step on the loop line for every iteration, with the loop variable', async () => {
    const runs = await runBoth(
      [
        'function lambda() {',
        '  let total = 0;',
        '  for (let i = 0; i < 3; i++) {',
        '    total += i;',
        '  }',
        '  return total;',
        '}',
      ].join('\n'),
    );
    expect(runs.instrumented.result).toBe(3);
    expect(stepLines(runs)).toEqual([1, 2, 3, 3, 4, 3, 4, 3, 4, 6]);
    // The module's hoisted `lambda` first (after the module's first step), then lambda's own writes.
    expect(namedWrites(runs)).toEqual([
      ['lambda', '[Function lambda]', 1],
      ['total', 0, 2],
      ['i', 0, 3],
      ['total', 0, 4],
      ['i', 1, 3],
      ['total', 1, 4],
      ['i', 2, 3],
      ['total', 3, 4],
    ]);
  });

  it('records steps in a busy loop until the recorder stops it', async () => {
    // Instrumented only: the plain run would never end.
    const result = instrument('function lambda() {\n  while (true) {}\n}');
    if (!result.ok) throw new Error(result.message);
    const recorder = new FakeRecorder(500);
    const run = await runCode(result.code, recorder);
    expect(run.error).toEqual({ name: 'Error', message: 'step limit' });
    expect(recorder.steps).toHaveLength(500);
    expect(
      new Set(recorder.steps.slice(1).map(([point]) => result.map.points[point]!.line)),
    ).toEqual(new Set([2]));
  });
  it('leaves a generator frame when return() ends it, and gives a parameter-list function the outer frame', async () => {
    const runs = await runBoth(
      [
        'function* gen() { try { yield 1; yield 2 } finally { done = true } }',
        'let done = false;',
        'function withDefault(a, get = () => a) { return get() }',
        'function lambda() {',
        '  const g = gen(); g.next(); g.return();',
        '  return [done, withDefault(7)];',
        '}',
      ].join('\n'),
    );
    expect(runs.instrumented.result).toEqual([true, 7]);
    const { frames, left } = runs.recorder;
    const genFrame = frames.findIndex(([fn]) => fn === 1);
    expect(left).toContain(genFrame);
    // `get` (fn 3) is written in withDefault's parameters: its lexical parent is the module's frame.
    const getFrame = frames.find(([fn]) => fn === 3)!;
    const withDefaultFrame = frames.findIndex(([fn]) => fn === 2);
    expect(getFrame).toEqual([3, 0, withDefaultFrame, 3]);
    expect(runs.map.functions[3]!.parent).toBe(2);
  });
});

describe('recorded writes', () => {
  it('records parameters, declarations, destructuring, member roots, catch and class', async () => {
    const runs = await runBoth(
      [
        'function lambda(input, extra = 1) {',
        '  const { a, b: [c] } = input;',
        '  const list = [];',
        '  list.push(a);',
        '  let o = {}; o.k = c;',
        '  try { throw new Error("x") } catch (err) { o.e = err.message }',
        '  class Box {}',
        '  globalThis.untracked = 1;',
        '  return [list, o, extra];',
        '}',
      ].join('\n'),
      { input: { a: 'A', b: ['C'] } },
    );
    expect(runs.instrumented.result).toEqual([['A'], { k: 'C', e: 'x' }, 1]);
    const writes = namedWrites(runs);
    expect(writes.map(([name]) => name)).toEqual([
      'lambda',
      'input',
      'extra',
      'a',
      'c',
      'list',
      'list',
      'o',
      'o',
      'err',
      'o',
      'Box',
    ]);
    expect(writes[1]).toEqual(['input', { a: 'A', b: ['C'] }, 1]);
    expect(writes[6]).toEqual(['list', ['A'], 4]);
    expect(writes[8]).toEqual(['o', { k: 'C' }, 5]);
    expect(writes[9]).toEqual(['err', expect.objectContaining({ message: 'x' }), 6]);
    // The write's frame owns the variable: lambda's frame for its own names.
    const lambdaFrame = runs.recorder.frames.findIndex(([fn]) => fn === 1);
    expect(runs.recorder.writes.slice(1).every((w) => w.frame === lambdaFrame)).toBe(true);
  });

  it('writes a closure variable with the frame that owns it', async () => {
    const runs = await runBoth(
      [
        'function lambda() {',
        '  let count = 0;',
        '  const bump = () => { count++ };',
        '  bump(); bump();',
        '  return count;',
        '}',
      ].join('\n'),
    );
    expect(runs.instrumented.result).toBe(2);
    const lambdaFrame = runs.recorder.frames.findIndex(([fn]) => fn === 1);
    const counts = runs.recorder.writes.filter(
      (w) => runs.map.slots[runs.map.sites[w.site]!.slot]!.name === 'count',
    );
    expect(counts.map((w) => [w.value, w.frame])).toEqual([
      [0, lambdaFrame],
      [1, lambdaFrame],
      [2, lambdaFrame],
    ]);
    // The arrow's frames have lambda's frame as lexical parent, and lambda as caller.
    const arrowFrames = runs.recorder.frames.filter(([fn]) => fn === 2);
    expect(arrowFrames).toEqual([
      [2, lambdaFrame, lambdaFrame, 2],
      [2, lambdaFrame, lambdaFrame, 2],
    ]);
  });
});

describe('writes and steps', () => {
  it('has a step before every write, even when the module runs no statement', async () => {
    const runs = await runBoth('function lambda(input) {\n  return input;\n}', { input: 1 });
    expect(runs.instrumented.result).toBe(1);
    expect(runs.recorder.writes.map((w) => w.step)).toEqual([0, 0]);
    expect(runs.map.points[runs.recorder.steps[0]![0]]).toEqual({
      line: 1,
      column: 0,
      endLine: 1,
      scope: 0,
    });
  });
});

describe('the program map', () => {
  it('names functions as a stack would', () => {
    const result = instrument(
      [
        'exports.handler = function () {};',
        'const obj = { run() {}, get size() { return 1 }, field: () => 1 };',
        'class Shop { constructor() {} static open() {} #hide() {} tidy = () => 1 }',
        'const Anon = class { m() {} };',
        'function lambda(cb = function () {}) { [1].map((x) => x) }',
        'const named = function inner() {};',
      ].join('\n'),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.map.functions.map((f) => [f.name, f.line, f.parent])).toEqual([
      ['(module)', 1, -1],
      ['exports.handler', 1, 0],
      ['run', 2, 0],
      ['get size', 2, 0],
      ['field', 2, 0],
      ['new Shop', 3, 0],
      ['Shop.open', 3, 0],
      ['Shop.#hide', 3, 0],
      ['Shop.tidy', 3, 0],
      ['Anon.m', 4, 0],
      ['lambda', 5, 0],
      ['cb', 5, 10],
      ['<anonymous>', 5, 10],
      ['inner', 6, 0],
    ]);
  });

  it('lists scopes with their slots in declaration order', () => {
    const result = instrument(
      [
        'var top = 1;',
        'function lambda(p) {',
        '  let x = 1;',
        '  for (const item of [1]) { let inner = item }',
        '  { }',
        '  try {} catch ({ message }) {}',
        '  var late;',
        '}',
      ].join('\n'),
    );
    if (!result.ok) throw new Error(result.message);
    const { scopes, slots } = result.map;
    const named = scopes.map((s) => [s.kind, s.parent, s.fn, s.slots.map((id) => slots[id]!.name)]);
    expect(named).toEqual([
      ['module', -1, 0, ['top', 'lambda']],
      ['function', 0, 1, ['p', 'x', 'late']],
      ['block', 1, 1, ['item']],
      ['block', 2, 1, ['inner']],
      ['catch', 1, 1, ['message']],
    ]);
    expect(slots.map((s) => s.kind)).toEqual([
      'var',
      'function',
      'param',
      'let',
      'var',
      'const',
      'let',
      'catch',
    ]);
  });

  it('answers a parse error with ok: false', () => {
    const result = instrument('function lambda( {');
    expect(result.ok).toBe(false);
  });
});
