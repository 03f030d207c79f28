/**
 * Maps a position of the instrumented code back to the user's: the transform inserts no line
 * break inside the user's lines, so lines are the same and only columns move.
 */
import type { Insertion } from './insertions';

const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/g;

/** Offsets where each line of `code` starts (index 0: line 1). */
export function lineStarts(code: string): number[] {
  const starts = [0];
  for (const match of code.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

/** The 0-based line index of offset `pos`. */
function lineIndexOf(starts: readonly number[], pos: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= pos) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A function from a 1-based (line, column) of the instrumented code to the user's 1-based column
 * on that line; a column inside inserted text maps to where it was inserted.
 */
export function columnMap(
  code: string,
  sorted: readonly Insertion[],
): (line: number, column: number) => number {
  const starts = lineStarts(code);
  // Per line: user columns (0-based) with the total length inserted there, in order.
  const perLine = new Map<number, { column: number; length: number }[]>();
  for (const { pos, text } of sorted) {
    const index = lineIndexOf(starts, pos);
    const column = pos - starts[index]!;
    let list = perLine.get(index + 1);
    if (!list) perLine.set(index + 1, (list = []));
    const last = list[list.length - 1];
    if (last && last.column === column) last.length += text.length;
    else list.push({ column, length: text.length });
  }
  return (line, column) => {
    const list = perLine.get(line);
    if (!list) return column;
    const target = column - 1;
    let shift = 0;
    for (const { column: at, length } of list) {
      if (target < at + shift) break;
      if (target < at + shift + length) return at + 1;
      shift += length;
    }
    return target - shift + 1;
  };
}
