import { describe, expect, it } from 'vitest';
import { applyPayloadEdits } from './payload-edit';

describe('applyPayloadEdits', () => {
  const base = { a: { b: 1, c: [1, 2] }, d: 'x' };

  it('sets, removes and fills in order, leaving the base unchanged', () => {
    const out = applyPayloadEdits(base, [
      { op: 'set', path: ['a', 'b'], value: null },
      { op: 'remove', path: ['d'] },
      { op: 'fill', path: ['a', 'c'], item: { n: 1 }, count: 3 },
    ]);
    expect(out).toEqual({ a: { b: null, c: [{ n: 1 }, { n: 1 }, { n: 1 }] } });
    expect(base).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
  });

  it('fills with distinct copies of the item', () => {
    const out = applyPayloadEdits(base, [{ op: 'fill', path: ['e'], item: { n: 1 }, count: 2 }]);
    const [first, second] = (out as unknown as { e: object[] }).e;
    expect(first).not.toBe(second);
  });

  it('creates missing containers on the way to a set', () => {
    expect(applyPayloadEdits({}, [{ op: 'set', path: ['x', 'y'], value: 1 }])).toEqual({
      x: { y: 1 },
    });
  });
});
