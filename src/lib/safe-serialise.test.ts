import { describe, expect, it } from 'vitest';
import { isPlainJson, taggedKinds, taggedToJson, toTagged } from './safe-serialise';

/** What JSON.stringify then JSON.parse gives, for comparison. */
const viaJson = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
};

describe('toTagged', () => {
  it('keeps plain JSON data as it is', () => {
    const value = { a: 1, b: 'x', c: [true, null], d: { e: -2.5 } };
    const tagged = toTagged(value);
    expect(isPlainJson(tagged)).toBe(true);
    expect(taggedToJson(tagged)).toEqual(value);
  });

  it('marks values structured clone cannot carry', () => {
    class Thing {
      x = 1;
    }
    const tagged = toTagged({
      f: function named() {},
      big: 10n,
      sym: Symbol('s'),
      thing: new Thing(),
      err: new TypeError('bad'),
      map: new Map([['k', 1]]),
      set: new Set([1]),
      date: new Date(0),
      undef: undefined,
      promise: Promise.resolve(1),
      re: /x/g,
    });
    expect(tagged.t).toBe('object');
    if (tagged.t !== 'object') return;
    const byKey = Object.fromEntries(tagged.entries);
    expect(byKey.f).toEqual({ t: 'function', name: 'named' });
    expect(byKey.big).toEqual({ t: 'bigint', v: '10' });
    expect(byKey.sym).toEqual({ t: 'symbol', v: 's' });
    expect(byKey.thing).toEqual({
      t: 'object',
      ctor: 'Thing',
      entries: [['x', { t: 'number', v: 1 }]],
    });
    expect(byKey.err).toMatchObject({ t: 'error', name: 'TypeError', message: 'bad' });
    expect(byKey.map).toEqual({
      t: 'map',
      entries: [
        [
          { t: 'string', v: 'k' },
          { t: 'number', v: 1 },
        ],
      ],
    });
    expect(byKey.set).toEqual({ t: 'set', items: [{ t: 'number', v: 1 }] });
    expect(byKey.date).toEqual({ t: 'date', v: '1970-01-01T00:00:00.000Z' });
    expect(byKey.undef).toEqual({ t: 'undefined' });
    expect(byKey.promise).toEqual({ t: 'promise' });
    expect(byKey.re).toEqual({ t: 'regexp', v: '/x/g' });
    expect(taggedKinds(tagged)).toContain('promise');
    expect(taggedKinds(tagged)).toContain('instance:Thing');
  });

  it('marks circular references but not shared ones', () => {
    const shared = { s: 1 };
    const a: Record<string, unknown> = { one: shared, two: shared };
    a.self = a;
    const tagged = toTagged(a);
    expect(taggedToJson(tagged)).toEqual({ one: { s: 1 }, two: { s: 1 }, self: '[Circular]' });
  });

  it('survives getters and proxies that throw', () => {
    const value = {
      get boom(): never {
        throw new Error('getter failed');
      },
      ok: 1,
    };
    expect(toTagged(value)).toEqual({
      t: 'object',
      ctor: null,
      entries: [
        ['boom', { t: 'thrown', message: 'Error: getter failed' }],
        ['ok', { t: 'number', v: 1 }],
      ],
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(toTagged(proxy)).toEqual({ t: 'thrown', message: 'Error: trap' });
  });

  it('keeps a __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const json = taggedToJson(toTagged(value)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('applies size limits', () => {
    const limits = { nodes: 100, depth: 3, string: 5, entries: 2 };
    expect(toTagged('abcdefgh', limits)).toEqual({ t: 'string', v: 'abcde', cut: 3 });
    expect(toTagged([1, 2, 3], limits)).toEqual({
      t: 'array',
      items: [
        { t: 'number', v: 1 },
        { t: 'number', v: 2 },
      ],
      more: 1,
    });
    expect(taggedToJson(toTagged({ a: { b: { c: { d: 1 } } } }, limits))).toEqual({
      a: { b: { c: { d: '[…]' } } },
    });
    const many = Array.from({ length: 50 }, (_, i) => [i]);
    const tagged = toTagged(many, { ...limits, entries: 100, nodes: 10 });
    expect(JSON.stringify(tagged)).toContain('"cut"');
  });

  it('tags special numbers', () => {
    expect(toTagged(NaN)).toEqual({ t: 'number', v: 'NaN' });
    expect(toTagged(-0)).toEqual({ t: 'number', v: '-0' });
    expect(toTagged(-Infinity)).toEqual({ t: 'number', v: '-Infinity' });
  });
});

describe('taggedToJson', () => {
  it('gives what JSON.stringify gives', () => {
    class WithToJson {
      toJSON(): string {
        return 'custom';
      }
    }
    const error = Object.assign(new Error('x'), { code: 'E1' });
    const samples: unknown[] = [
      undefined,
      null,
      'text',
      0,
      -0,
      NaN,
      Infinity,
      [undefined, () => 1, Symbol('x'), NaN],
      { a: undefined, b: () => 1, c: Symbol('y'), d: new Date(5), e: new Date(NaN) },
      new Map([[1, 2]]),
      new Set([1]),
      Promise.resolve(3),
      error,
      new WithToJson(),
      { nested: new WithToJson() },
      /re/,
    ];
    for (const sample of samples) {
      expect(taggedToJson(toTagged(sample))).toEqual(viaJson(sample));
    }
  });
});

describe('toTagged with dataOnly', () => {
  const LIMITS = { nodes: 100, depth: 3, string: 20, entries: 5, dataOnly: true };

  it('describes accessors without calling them, and skips toJSON', () => {
    let calls = 0;
    const counted = () => {
      calls++;
      return 1;
    };
    class Named {
      static get name(): string {
        calls++;
        return 'Named';
      }
      toJSON(): unknown {
        calls++;
        return 'json';
      }
    }
    const value = Object.defineProperties(new Named() as object, {
      both: { get: counted, set: () => {}, enumerable: true },
      getter: { get: counted, enumerable: true },
      setter: { set: () => {}, enumerable: true },
      plain: { value: 'p', enumerable: true },
    });
    const list = [1];
    Object.defineProperty(list, 0, { get: counted, enumerable: true });
    const error = Object.defineProperty(new Error('boom'), 'message', { get: counted });

    expect(toTagged(value, LIMITS)).toEqual({
      t: 'object',
      ctor: 'Object',
      entries: [
        ['both', { t: 'accessor', get: true, set: true }],
        ['getter', { t: 'accessor', get: true, set: false }],
        ['setter', { t: 'accessor', get: false, set: true }],
        ['plain', { t: 'string', v: 'p' }],
      ],
    });
    expect(toTagged(list, LIMITS)).toEqual({
      t: 'array',
      items: [{ t: 'accessor', get: true, set: false }],
    });
    expect(toTagged(error, LIMITS)).toMatchObject({ t: 'error', name: 'Error', message: '' });
    expect(toTagged(Named, LIMITS)).toEqual({ t: 'function', name: '' });
    expect(calls).toBe(0);
    // Without dataOnly the same values are read through their getters.
    toTagged(value, { ...LIMITS, dataOnly: false });
    expect(calls).toBeGreaterThan(0);
  });

  it('reads a constructor name kept as data', () => {
    class Point {
      x = 1;
    }
    expect(toTagged(new Point(), LIMITS)).toEqual({
      t: 'object',
      ctor: 'Point',
      entries: [['x', { t: 'number', v: 1 }]],
    });
  });
});
