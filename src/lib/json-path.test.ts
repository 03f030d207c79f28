import { describe, expect, it } from 'vitest';
import { getAt, insertAt, removeAt, setAt } from './json-path';

const sample = () => ({
  a: { b: [{ c: 1 }, { c: 2 }], keep: { x: true } },
  list: [1, 2, 3],
  'odd key': 'v',
});

describe('getAt', () => {
  it('reads nested keys and indexes', () => {
    expect(getAt(sample(), ['a', 'b', 1, 'c'])).toBe(2);
    expect(getAt(sample(), ['odd key'])).toBe('v');
    expect(getAt(sample(), [])).toEqual(sample());
  });

  it('returns undefined for missing steps and inherited keys', () => {
    expect(getAt(sample(), ['a', 'nope', 'c'])).toBeUndefined();
    expect(getAt(sample(), ['list', 9])).toBeUndefined();
    expect(getAt(sample(), ['list', 'length'])).toBeUndefined();
    expect(getAt(sample(), ['toString'])).toBeUndefined();
    expect(getAt('text', ['x'])).toBeUndefined();
  });
});

describe('setAt', () => {
  it('returns a new root, copying only the containers on the path', () => {
    const before = sample();
    const snapshot = structuredClone(before);
    const after = setAt(before, ['a', 'b', 0, 'c'], 10);
    expect(before).toEqual(snapshot);
    expect(getAt(after, ['a', 'b', 0, 'c'])).toBe(10);
    expect(after.a).not.toBe(before.a);
    expect(after.a.b).not.toBe(before.a.b);
    expect(Array.isArray(after.a.b)).toBe(true);
    expect(after.a.keep).toBe(before.a.keep);
    expect(after.list).toBe(before.list);
  });

  it('keeps the key order of the object it changes', () => {
    expect(Object.keys(setAt(sample(), ['list'], []))).toEqual(['a', 'list', 'odd key']);
  });

  it('creates missing containers (arrays for index steps)', () => {
    expect(setAt({}, ['x', 0, 'y'], 'z')).toEqual({ x: [{ y: 'z' }] });
  });

  it('replaces the root for an empty path', () => {
    expect(setAt(sample(), [], 5)).toBe(5);
  });

  it('stores __proto__ as an own key, never as a prototype', () => {
    const after = setAt({}, ['__proto__'], { polluted: true }) as Record<string, unknown>;
    expect(Object.hasOwn(after, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('removeAt', () => {
  it('removes an object key without touching the input', () => {
    const before = sample();
    const after = removeAt(before, ['a', 'keep']);
    expect(after.a).toEqual({ b: before.a.b });
    expect(before.a.keep).toEqual({ x: true });
  });

  it('splices an array item out', () => {
    expect(removeAt(sample(), ['list', 1]).list).toEqual([1, 3]);
    expect(removeAt(sample(), ['a', 'b', 0]).a.b).toEqual([{ c: 2 }]);
  });

  it('returns the same root when nothing is there', () => {
    const before = sample();
    expect(removeAt(before, ['a', 'missing'])).toBe(before);
    expect(removeAt(before, ['list', 7])).toBe(before);
    expect(removeAt(before, [])).toBe(before);
  });
});

describe('insertAt', () => {
  it('inserts into an array at an index, shifting the rest', () => {
    const before = sample();
    const after = insertAt(before, ['list', 1], 9);
    expect(after.list).toEqual([1, 9, 2, 3]);
    expect(before.list).toEqual([1, 2, 3]);
  });

  it('appends when the index is the length or beyond', () => {
    expect(insertAt(sample(), ['list', 3], 4).list).toEqual([1, 2, 3, 4]);
    expect(insertAt(sample(), ['list', 99], 4).list).toEqual([1, 2, 3, 4]);
  });

  it('creates the array when missing and refuses a non-index step', () => {
    expect(insertAt({}, ['items', 0], 'a')).toEqual({ items: ['a'] });
    expect(() => insertAt({}, ['items', 'x'], 1)).toThrow(/array index/);
  });
});
