/** The column map: positions after, at and inside inserted text map back to the user's columns. */
import { describe, expect, it } from 'vitest';
import { columnMap, lineStarts } from './column-map';
import { applyInsertions, InsertionList } from './insertions';

describe('lineStarts', () => {
  it('counts every kind of line break', () => {
    expect(lineStarts('a\nb\r\nc\rd\u2028e')).toEqual([0, 2, 5, 7, 9]);
  });
});

describe('columnMap', () => {
  const code = 'ab cd\nef gh';
  const list = new InsertionList();
  list.open(3, 1, 'XX');
  list.open(3, 2, 'Y');
  list.close(9, 1, 'ZZZ');
  const sorted = list.sorted();
  const out = applyInsertions(code, sorted, '');
  const map = columnMap(code, sorted);

  it('applies insertions at one position outer opening first', () => {
    expect(out).toBe('ab XXYcd\nef ZZZgh');
  });

  it('maps columns before, inside and after insertions (1-based)', () => {
    expect(map(1, 1)).toBe(1);
    expect(map(1, 4)).toBe(4); // X: inserted at user column 4
    expect(map(1, 6)).toBe(4); // Y
    expect(map(1, 7)).toBe(4); // c
    expect(map(1, 8)).toBe(5); // d
    expect(map(2, 4)).toBe(4); // Z
    expect(map(2, 7)).toBe(4); // g
    expect(map(2, 8)).toBe(5); // h
  });

  it('orders closings innermost first, before openings', () => {
    const nested = new InsertionList();
    nested.open(1, 1, '[');
    nested.close(1, 1, ')');
    nested.close(1, 3, '}');
    nested.open(1, 3, '(');
    expect(applyInsertions('ab', nested.sorted(), '')).toBe('a})[(b');
  });
});
