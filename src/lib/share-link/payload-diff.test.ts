import { describe, expect, it } from 'vitest';
import { applyPayloadDiff, diffPayload, leafValues } from './payload-diff';

const base = () => ({
  id: 'c-1',
  ttr: { type: 'URGENT', value: 300 },
  tags: ['a', 'b', 'c'],
  empty: {},
  last: true,
});

const roundTrip = (value: Record<string, unknown>) => {
  const diff = diffPayload(base(), value);
  const back = applyPayloadDiff(base(), JSON.parse(JSON.stringify(diff)));
  expect(JSON.stringify(back)).toBe(JSON.stringify(value));
  return diff;
};

describe('payload diff', () => {
  it('numbers the leaves depth first, empty containers included', () => {
    expect(leafValues(base())).toEqual(['c-1', 'URGENT', 300, 'a', 'b', 'c', {}, true]);
  });

  it('is empty for the base itself', () => {
    expect(roundTrip(base())).toEqual({ edits: [], ops: [] });
  });

  it('writes changed leaves as edits by number, whatever their new type', () => {
    const value = { ...base(), ttr: { type: 'NORMAL', value: 300 }, tags: ['a', { x: 1 }, 'c'] };
    expect(roundTrip({ ...value, last: false })).toEqual({
      edits: [
        [1, 'NORMAL'],
        [4, { x: 1 }],
        [7, false],
      ],
      ops: [],
    });
    expect(roundTrip({ ...base(), empty: { now: 'full' } }).edits).toEqual([[6, { now: 'full' }]]);
  });

  it('writes removed and added keys as operations', () => {
    const { ttr: _ttr, ...rest } = base();
    expect(roundTrip({ ...rest, added: [1, 2] })).toEqual({
      edits: [],
      ops: [[['ttr']], [['added'], [1, 2]]],
    });
  });

  it('cuts and extends arrays', () => {
    expect(roundTrip({ ...base(), tags: ['a'] }).ops).toEqual([[['tags', 1]]]);
    expect(roundTrip({ ...base(), tags: ['a', 'b', 'c', 'd'] }).ops).toEqual([[['tags', 3], 'd']]);
  });

  it('replaces a reordered object or a branch that changed type whole', () => {
    expect(roundTrip({ ...base(), ttr: { value: 300, type: 'URGENT' } }).ops).toEqual([
      [['ttr'], { value: 300, type: 'URGENT' }],
    ]);
    expect(roundTrip({ ...base(), tags: 'none' }).ops).toEqual([[['tags'], 'none']]);
    expect(roundTrip({ last: true, id: 'c-1' }).ops).toEqual([[[], { last: true, id: 'c-1' }]]);
  });

  it.each([
    [{ edits: [[99, 1]], ops: [] }, 'it has no leaf 99'],
    [{ edits: [], ops: [[['ttr', '__proto__'], { polluted: 1 }]] }, 'it names "__proto__"'],
    [{ edits: [], ops: [[['nothing', 'here'], 1]] }, 'no place for "nothing"'],
    [{ edits: [], ops: [[['tags', 5], 'hole']] }, 'no place for 5'],
    [{ edits: [], ops: [[['tags', -1]]] }, 'no place for -1'],
    [{ edits: [], ops: [[['missing']]] }, 'it removes a missing "missing"'],
    [{ edits: [], ops: [[[]]] }, 'it removes the payload'],
    [{ edits: [], ops: ['not an op'] }, 'an operation is malformed'],
    [{ edits: [], ops: [[['id'], 1, 2]] }, 'an operation is malformed'],
  ])('refuses a difference that does not fit: %j', (diff, reason) => {
    expect(() => applyPayloadDiff(base(), diff as never)).toThrow(reason);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never changes the base it applies to', () => {
    const frozen = base();
    applyPayloadDiff(frozen, { edits: [[0, 'changed']], ops: [[['tags', 0]]] });
    expect(frozen).toEqual(base());
  });
});
