import { describe, expect, it } from 'vitest';
import { breakpointView, lookupAt } from './breakpoint-hits';
import { sampleRecording } from './test-support/trace-builder';

const r = sampleRecording();

describe('breakpointView', () => {
  it('hits breakpoint lines where their condition holds, and reports condition errors', () => {
    const view = breakpointView(r, [
      { line: 3, condition: 'b === 1' },
      { line: 12 },
      { line: 9, condition: 'nope' },
    ]);
    expect([...Array(r.count).keys()].filter(view.hit)).toEqual([8, 12]);
    expect(view.errors).toEqual(new Map([[9, 'nope is not defined at this step']]));
    expect(breakpointView(r, [{ line: 3, condition: 'b ===' }]).errors.get(3)).toMatch(
      /^Syntax error/,
    );
  });

  it('logs logpoint messages at each step on their line, where their condition holds; they never stop', () => {
    const view = breakpointView(r, [
      { line: 4, log: 'sum is {sum}' },
      { line: 3, log: 'b={b}', condition: 'b > 0' },
    ]);
    expect(view.logpoints.map((e) => [e.step, e.text])).toEqual([
      [5, 'sum is 10'],
      [8, 'b=1'],
      [9, 'sum is 11'],
    ]);
    expect([...Array(r.count).keys()].some(view.hit)).toBe(false);
  });
});

describe('lookupAt', () => {
  it('finds the innermost variable first, and input', () => {
    const lookup = lookupAt(r, 4);
    expect(lookup('a')).toEqual({ state: 'value', value: { t: 'number', v: 10 } });
    expect(lookup('input')?.state).toBe('value');
    expect(lookup('total')).toBeUndefined();
  });
});
