import { describe, expect, it } from 'vitest';
import type { Tagged } from '../../lib/safe-serialise';
import { childrenOf, previewValue } from './value-preview';

const n = (v: number): Tagged => ({ t: 'number', v });
const obj = (entries: [string, Tagged][], more?: number): Tagged => ({
  t: 'object',
  ctor: null,
  entries,
  ...(more ? { more } : {}),
});

describe('previewValue', () => {
  it('writes scalars the way a debugger shows them', () => {
    expect(previewValue({ t: 'undefined' })).toBe('undefined');
    expect(previewValue({ t: 'number', v: '-0' })).toBe('-0');
    expect(previewValue({ t: 'bigint', v: '12' })).toBe('12n');
    expect(previewValue({ t: 'function', name: '' })).toBe('ƒ (anonymous)');
    expect(previewValue({ t: 'error', name: 'TypeError', message: 'x', entries: [] })).toBe(
      'TypeError: x',
    );
  });

  it('caps strings, entries and depth, counting every cut', () => {
    expect(
      previewValue({ t: 'string', v: 'abcdef', cut: 10 }, { depth: 2, entries: 5, string: 3 }),
    ).toBe('"abc"… (13 more characters)');
    expect(
      previewValue(
        { t: 'array', items: [n(1), n(2), n(3)], more: 4 },
        { depth: 2, entries: 2, string: 9 },
      ),
    ).toBe('[1, 2, … 5 more]');
    expect(
      previewValue(
        obj([
          ['a', obj([['b', obj([['c', n(1)]])]])],
          ['my key', n(2)],
        ]),
      ),
    ).toBe('{a: {b: {…}}, "my key": 2}');
    expect(
      previewValue({ t: 'array', items: [{ t: 'array', items: [{ t: 'array', items: [n(1)] }] }] }),
    ).toBe('[[Array(1)]]');
    expect(previewValue({ t: 'map', entries: [[{ t: 'string', v: 'k' }, n(1)]], more: 2 })).toBe(
      'Map(3) {"k" => 1, … 2 more}',
    );
    expect(previewValue({ t: 'object', ctor: 'Point', entries: [['x', n(1)]] })).toBe(
      'Point {x: 1}',
    );
  });
});

describe('childrenOf', () => {
  it('lists the children of containers with the count the recording cut, and none for scalars', () => {
    expect(childrenOf(obj([['a', n(1)]], 3))).toEqual({
      children: [{ key: 'a', value: n(1) }],
      more: 3,
    });
    expect(childrenOf({ t: 'array', items: [n(5)] })).toEqual({
      children: [{ key: '0', value: n(5) }],
      more: 0,
    });
    expect(childrenOf({ t: 'map', entries: [[{ t: 'string', v: 'k' }, n(1)]] })).toEqual({
      children: [{ key: '"k"', value: n(1) }],
      more: 0,
    });
    expect(childrenOf(n(1))).toBeNull();
    expect(childrenOf({ t: 'error', name: 'E', message: 'm', entries: [] })).toBeNull();
  });
});
