import { describe, expect, it } from 'vitest';
import { withinBudget } from './message-budget';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { t: 'array', items: [value] };
  return value;
}

describe('withinBudget', () => {
  it('accepts an ordinary message', () => {
    expect(
      withinBudget({ kind: 'log', runId: 1, entry: { message: { t: 'string', v: 'x' } } }),
    ).toBe(true);
  });
  it('refuses a message nested past the depth bound, without overflowing the stack', () => {
    expect(withinBudget(nested(100_000))).toBe(false);
    expect(withinBudget(nested(50))).toBe(true);
  });
  it('refuses a message holding too many values', () => {
    expect(
      withinBudget({ items: new Array(50).fill(0) }, { depth: 10, values: 40, chars: 100 }),
    ).toBe(false);
    expect(
      withinBudget({ items: new Array(30).fill(0) }, { depth: 10, values: 40, chars: 100 }),
    ).toBe(true);
  });
  it('refuses a message whose strings hold too many characters together', () => {
    const budget = { depth: 10, values: 100, chars: 100 };
    expect(withinBudget({ a: 'x'.repeat(60), b: ['y'.repeat(60)] }, budget)).toBe(false);
    expect(withinBudget({ a: 'x'.repeat(40), b: ['y'.repeat(40)] }, budget)).toBe(true);
  });
});
