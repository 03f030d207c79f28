import { describe, expect, it } from 'vitest';
import {
  breakpointsWithin,
  removeBreakpoint,
  shiftBreakpoints,
  toggleBreakpoint,
  updateBreakpoint,
  type CodeEdit,
} from './breakpoints';

const at = (...lines: number[]) => lines.map((line) => ({ line }));
const edit = (
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number,
  text: string,
): CodeEdit => ({ startLine, startColumn, endLine, endColumn, text });

describe('toggle, update and remove', () => {
  it('adds a breakpoint in line order, and removes it when toggled again', () => {
    const list = toggleBreakpoint(at(2, 9), 5);
    expect(list).toEqual(at(2, 5, 9));
    expect(toggleBreakpoint(list, 5)).toEqual(at(2, 9));
  });

  it('sets and clears a condition or a message, adding the breakpoint when missing', () => {
    const withCondition = updateBreakpoint(at(3), 1, { condition: 'x > 1' });
    expect(withCondition).toEqual([{ line: 1, condition: 'x > 1' }, { line: 3 }]);
    const withLog = updateBreakpoint(withCondition, 1, { log: 'x is {x}' });
    expect(withLog[0]).toEqual({ line: 1, condition: 'x > 1', log: 'x is {x}' });
    const cleared = updateBreakpoint(withLog, 1, { condition: '', log: undefined });
    expect(cleared[0]).toEqual({ line: 1 });
    expect(Object.keys(cleared[0]!)).toEqual(['line']);
  });

  it('removes only the breakpoint on the line', () => {
    expect(removeBreakpoint(at(1, 2, 3), 2)).toEqual(at(1, 3));
    expect(removeBreakpoint(at(1), 7)).toEqual(at(1));
  });

  it('drops breakpoints past the end of the code', () => {
    expect(breakpointsWithin(at(4, 1, 3, 9), 'a\nb\nc')).toEqual(at(1, 3));
  });
});

describe('shiftBreakpoints', () => {
  it('moves breakpoints below a new line made by Enter in the middle of a line, not the line itself', () => {
    expect(shiftBreakpoints(at(2, 3, 5), [edit(3, 4, 3, 4, '\n  ')])).toEqual(at(2, 3, 6));
  });

  it('moves the line itself down when lines are inserted at its start', () => {
    expect(shiftBreakpoints(at(2, 3), [edit(3, 1, 3, 1, 'a\nb\n')])).toEqual(at(2, 5));
  });

  it('removes a breakpoint on a deleted line and moves the ones below up', () => {
    // Lines 3 and 4 deleted whole (from 3:1 to 5:1).
    expect(shiftBreakpoints(at(2, 3, 4, 5, 8), [edit(3, 1, 5, 1, '')])).toEqual(at(2, 3, 6));
    // Line 4 joined to line 3 (Backspace at its start).
    expect(shiftBreakpoints(at(3, 4, 6), [edit(3, 10, 4, 1, '')])).toEqual(at(3, 5));
  });

  it('keeps breakpoints above an edit and ones on a line edited within', () => {
    expect(shiftBreakpoints(at(1, 4), [edit(4, 2, 4, 6, 'abc')])).toEqual(at(1, 4));
  });

  it('applies several edits in order, from the end of the code', () => {
    const edits = [edit(10, 1, 10, 1, 'x\n'), edit(2, 5, 2, 5, '\n')];
    expect(shiftBreakpoints(at(1, 5, 10), edits)).toEqual(at(1, 6, 12));
  });

  it('keeps conditions and messages, and one breakpoint per line', () => {
    const list = [
      { line: 2, condition: 'a' },
      { line: 4, log: 'b' },
    ];
    expect(shiftBreakpoints(list, [edit(1, 1, 1, 1, '\n')])).toEqual([
      { line: 3, condition: 'a' },
      { line: 5, log: 'b' },
    ]);
  });
});
