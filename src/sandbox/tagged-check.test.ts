import { describe, expect, it } from 'vitest';
import { toTagged } from '../lib/safe-serialise';
import { TEXT_CAPS } from '../lib/message-limits';
import { taggedSchema } from './protocol';
import { isTagged } from './tagged-check';

class Point {
  constructor(
    public x = 1,
    public y = 2,
  ) {}
}

/** Values of every kind the serialiser describes, each as the worker would send it. */
function everyKind(): unknown[] {
  const circular: Record<string, unknown> = { name: 'loop' };
  circular.self = circular;
  const error = Object.assign(new TypeError('bad'), { code: 42 });
  const getterThrows = {
    get boom(): never {
      throw new Error('no');
    },
  };
  return [
    undefined,
    null,
    true,
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    1.5,
    'text',
    'x'.repeat(TEXT_CAPS.value + 10),
    10n,
    Symbol('s'),
    function named() {},
    () => 1,
    [1, 'two', [3]],
    Array.from({ length: 2500 }, (_, i) => i),
    { a: 1, nested: { b: [null, undefined] } },
    new Point(),
    Object.create(null),
    error,
    new Date(0),
    new Date(NaN),
    new Map<unknown, unknown>([
      ['k', 1],
      [{ o: 1 }, [2]],
    ]),
    new Set([1, 'a']),
    /re+/gi,
    Promise.resolve(1),
    circular,
    getterThrows,
    { toJSON: () => ({ as: 'json' }) },
    JSON.parse('{"__proto__": 1}'),
  ];
}

/** A list with a hole at index 1. */
const HOLED: unknown[] = [{ t: 'null' }];
HOLED[2] = { t: 'null' };

/** A structured clone of `value`, as a message from the worker arrives. */
const received = (value: unknown) => structuredClone(value);

describe('isTagged', () => {
  it('accepts every tagged value the serialiser makes, cloned as a message', () => {
    for (const value of everyKind()) expect(isTagged(received(toTagged(value)))).toBe(true);
    expect(isTagged(received(toTagged(everyKind())))).toBe(true);
  });

  it('accepts the accessor markers of a Debug run snapshot', () => {
    const value = toTagged(
      {
        get a() {
          return 1;
        },
      },
      { nodes: 100, depth: 5, string: 100, entries: 10, dataOnly: true },
    );
    expect(JSON.stringify(value)).toContain('"accessor"');
    expect(isTagged(received(value))).toBe(true);
  });

  it('accepts a tree past the serialiser depth without overflowing the stack', () => {
    let value: unknown = { t: 'null' };
    for (let i = 0; i < 100_000; i++) value = { t: 'array', items: [value] };
    expect(isTagged(value)).toBe(true);
  });

  it.each([
    ['a string', 'text'],
    ['null', null],
    ['an array as a node', [{ t: 'null' }]],
    ['an unknown tag', { t: 'window' }],
    ['no tag', { v: 1 }],
    ['a missing field', { t: 'string' }],
    ['a field of the wrong type', { t: 'boolean', v: 'yes' }],
    ['an infinite number', { t: 'number', v: Infinity }],
    ['an unknown number word', { t: 'number', v: 'Huge' }],
    ['a string past its cap', { t: 'string', v: 'x'.repeat(TEXT_CAPS.value + 100) }],
    ['a cut count that is not a number', { t: 'string', v: 'x', cut: '5' }],
    ['an optional field present as undefined', { t: 'string', v: 'x', cut: undefined }],
    ['a key another tag has', { t: 'null', v: 1 }],
    ['a __proto__ key', JSON.parse('{"t": "null", "__proto__": {"polluted": true}}')],
    ['a list past the entry limit', { t: 'array', items: new Array(2001).fill({ t: 'null' }) }],
    ['a hole in a list', { t: 'array', items: HOLED }],
    ['a list that is not an array', { t: 'set', items: { 0: { t: 'null' } } }],
    ['an entry of three', { t: 'object', ctor: null, entries: [['a', { t: 'null' }, 1]] }],
    ['an entry key that is not text', { t: 'object', ctor: null, entries: [[1, { t: 'null' }]] }],
    [
      'an entry key past its cap',
      { t: 'object', ctor: null, entries: [['k'.repeat(TEXT_CAPS.key + 100), { t: 'null' }]] },
    ],
    ['a map key that is not tagged', { t: 'map', entries: [['k', { t: 'null' }]] }],
    ['an object without its constructor', { t: 'object', entries: [] }],
    [
      'an error with a stack that is not text',
      { t: 'error', name: 'E', message: '', stack: 1, entries: [] },
    ],
    ['a json field that is not tagged', { t: 'object', ctor: null, entries: [], json: 'x' }],
    ['an accessor without its setter flag', { t: 'accessor', get: true }],
  ])('refuses %s', (_, value) => {
    expect(isTagged(value)).toBe(false);
  });

  it('refuses a malformed node deep inside a valid tree', () => {
    let value: unknown = { t: 'number', v: '12' };
    for (let i = 0; i < 150; i++)
      value = { t: 'object', ctor: 'Box', entries: [['inner', value]], more: 3 };
    expect(isTagged(value)).toBe(false);
  });

  it('is what the protocol schema checks: the same value back, refusals as zod failures', () => {
    const value = received(toTagged({ list: [1, 2], when: new Date(0) }));
    const parsed = taggedSchema.safeParse(value);
    expect(parsed.success && parsed.data).toBe(value);
    expect(taggedSchema.safeParse({ t: 'string', v: 1 }).success).toBe(false);
  });
});
