import { describe, expect, it } from 'vitest';
import { callStackAt, inlineValuesAt, scopesAt } from './values-at-step';
import { sampleRecording } from './test-support/trace-builder';

const r = sampleRecording();

const shown = (n: number) =>
  scopesAt(r, n).map((s) => [
    s.label,
    s.variables.map(
      (v) =>
        `${v.name}=${v.value.state === 'value' ? JSON.stringify(v.value.value) : 'TDZ'}${v.changed ? '*' : ''}`,
    ),
  ]);

describe('scopesAt', () => {
  it("shows TDZ for let/const not yet written, undefined for var-likes, and function declarations' functions", () => {
    expect(shown(0)).toEqual([
      [
        'Module',
        [
          'base=TDZ',
          'add={"t":"function","name":"add"}',
          'lambda={"t":"function","name":"lambda"}',
        ],
      ],
    ]);
  });

  it('puts input on top, then the block, the function and the module, with changes marked', () => {
    expect(shown(3)).toEqual([
      [
        'input',
        ['input={"t":"object","ctor":null,"entries":[["payload",{"t":"string","v":"hi"}]]}'],
      ],
      ['Block', ['i={"t":"number","v":0}*']],
      [
        'Local: lambda',
        [
          'input={"t":"object","ctor":null,"entries":[["payload",{"t":"string","v":"hi"}]]}',
          'total={"t":"number","v":10}',
        ],
      ],
      [
        'Module',
        [
          'base={"t":"number","v":10}',
          'add={"t":"function","name":"add"}',
          'lambda={"t":"function","name":"lambda"}',
        ],
      ],
    ]);
  });

  it("reads each frame's own values: a call's parameters, and the caller's after the call", () => {
    const inAdd = shown(8);
    expect(inAdd[1]).toEqual([
      'Local: add',
      ['a={"t":"number","v":10}*', 'b={"t":"number","v":1}*', 'sum=TDZ'],
    ]);
    expect(shown(9)[1]).toEqual([
      'Local: add',
      ['a={"t":"number","v":10}', 'b={"t":"number","v":1}', 'sum={"t":"number","v":11}*'],
    ]);
    // Step 10 (the loop's header, in lambda's scope): the block's i is out of reach; total changed.
    expect(shown(10).map((g) => g[0])).toEqual(['input', 'Local: lambda', 'Module']);
    expect(shown(10)[1]![1]).toContain('total={"t":"number","v":11}*');
  });

  it('names closures: the lexically enclosing function scopes', () => {
    // add is written in the module, so inside add the only outer scope is the module's.
    expect(shown(4).map((s) => s[0])).toEqual(['input', 'Local: add', 'Module']);
  });
});

describe('callStackAt', () => {
  it('lists the frame then its callers, each at its latest step', () => {
    expect(callStackAt(r, 9)).toEqual([
      { frame: 3, name: 'add', line: 4, step: 9 },
      { frame: 1, name: 'lambda', line: 9, step: 7 },
    ]);
    expect(callStackAt(r, 0)).toEqual([{ frame: 0, name: '(module)', line: 1, step: 0 }]);
  });
});

describe('inlineValuesAt', () => {
  it("shows each executed line's last written values, one per variable", () => {
    expect(inlineValuesAt(r, 2)).toEqual([
      { line: 1, text: 'base = 10' },
      { line: 6, text: 'input = {payload: "hi"}' },
      { line: 7, text: 'total = 10' },
    ]);
    expect(inlineValuesAt(r, 12)).toContainEqual({ line: 8, text: 'i = 2' });
    expect(inlineValuesAt(r, 12)).toContainEqual({ line: 2, text: 'a = 10, b = 1' });
  });
});
