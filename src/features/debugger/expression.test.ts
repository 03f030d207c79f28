import { describe, expect, it } from 'vitest';
import type { Tagged } from '../../lib/safe-serialise';
import {
  compileExpression,
  conditionHolds,
  evaluate,
  formatLogMessage,
  messageParts,
  type Lookup,
} from './expression';
import type { SlotValue } from './values-at-step';

const vars: Record<string, SlotValue> = {
  n: { state: 'value', value: { t: 'number', v: 3 } },
  s: { state: 'value', value: { t: 'string', v: 'abc' } },
  later: { state: 'uninitialized' },
  input: {
    state: 'value',
    value: {
      t: 'object',
      ctor: null,
      entries: [
        [
          'payload',
          {
            t: 'object',
            ctor: null,
            entries: [['tags', { t: 'array', items: [{ t: 'string', v: 'x' }] }]],
          },
        ],
        ['none', { t: 'null' }],
      ],
    } satisfies Tagged,
  },
  f: { state: 'value', value: { t: 'function', name: 'f' } },
};
const lookup: Lookup = (name) => vars[name];
const value = (source: string) => {
  const result = evaluate(compileExpression(source), lookup);
  return result.ok ? result.value : `error: ${result.error}`;
};

describe('evaluate', () => {
  it('reads variables, members, optional chains and operators', () => {
    expect(value('n * 2 + 1')).toBe(7);
    expect(value('(n + 1)')).toBe(4);
    expect(value('s.length === 3 && n >= 3')).toBe(true);
    expect(value("input.payload.tags[0] + '!'")).toBe('x!');
    expect(value('input.none?.deep.er')).toBeUndefined();
    expect(value('input.missing ?? "dflt"')).toBe('dflt');
    expect(value('n > 2 ? "big" : "small"')).toBe('big');
    expect(value('`n is ${n}, tags ${input.payload.tags}`')).toBe('n is 3, tags ["x"]');
    expect(value('[n, {k: s}]')).toEqual([3, Object.assign(Object.create(null), { k: 'abc' })]);
    expect(value("'payload' in input")).toBe(true);
    expect(value('typeof f')).toBe('object');
    expect(value('undefined === input.nope')).toBe(true);
  });

  it('reads only recorded data: no prototypes', () => {
    expect(value('input.constructor')).toBeUndefined();
    expect(value('s.toUpperCase')).toBeUndefined();
    expect(value('input.__proto__')).toBeUndefined();
  });

  it('refuses calls and assignments, and reports unknown and uninitialized names', () => {
    expect(value('f()')).toBe('error: Calls are not allowed in a breakpoint expression');
    expect(value('new f')).toBe('error: Calls are not allowed in a breakpoint expression');
    expect(value('n = 4')).toBe('error: Assignments are not allowed in a breakpoint expression');
    expect(value('n++')).toBe('error: Assignments are not allowed in a breakpoint expression');
    expect(value('(n, s)')).toBe(
      'error: SequenceExpression is not supported in a breakpoint expression',
    );
    expect(value('x + 1')).toBe('error: x is not defined at this step');
    expect(value('later')).toBe('error: later is not initialized yet at this step');
    expect(value('input.none.deep')).toBe('error: Cannot read "deep" of null');
    expect(value('n +')).toMatch(/^error: Syntax error/);
    expect(value('n 2')).toBe('error: Unexpected "2" after the expression');
  });
});

describe('conditions and logpoints', () => {
  it('makes a condition false when it fails, with the error', () => {
    expect(conditionHolds('n === 3', lookup)).toEqual({ holds: true });
    expect(conditionHolds('n === 4', lookup)).toEqual({ holds: false });
    expect(conditionHolds('nope', lookup)).toEqual({
      holds: false,
      error: 'nope is not defined at this step',
    });
  });

  it('splits messages at placeholders, braces nesting, and fills them in', () => {
    expect(messageParts('a {n} b {({k: 1}).k} {open')).toEqual([
      { text: 'a ' },
      { expression: 'n' },
      { text: ' b ' },
      { expression: '({k: 1}).k' },
      { text: ' {open' },
    ]);
    expect(formatLogMessage('n={n} s={s} tags={input.payload.tags}', lookup)).toEqual({
      text: 'n=3 s=abc tags=["x"]',
    });
    expect(formatLogMessage('bad {zz}', lookup)).toEqual({
      text: 'bad {zz is not defined at this step}',
      error: 'zz is not defined at this step',
    });
  });
});
