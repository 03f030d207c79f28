/**
 * The transform's text insertions, kept in a list so that several at one position come out in
 * nesting order (what closes an inner construct before what closes an outer one, what opens an
 * outer one before what opens an inner one), then applied with magic-string.
 */
import MagicString from 'magic-string';

/** One piece of text to insert at a position of the user's code. */
export interface Insertion {
  pos: number;
  text: string;
  /** Whether it opens something (goes after what closes at the same position). */
  open: boolean;
  /** Nesting level of the construct it belongs to. */
  level: number;
  seq: number;
}

function order(a: Insertion, b: Insertion): number {
  if (a.pos !== b.pos) return a.pos - b.pos;
  if (a.open !== b.open) return a.open ? 1 : -1;
  if (a.level !== b.level) return a.open ? a.level - b.level : b.level - a.level;
  return a.seq - b.seq;
}

/** The insertions of one transform. */
export class InsertionList {
  private readonly items: Insertion[] = [];

  /** Text that opens a construct at level `level`. */
  open(pos: number, level: number, text: string): void {
    this.items.push({ pos, text, open: true, level, seq: this.items.length });
  }

  /** Text that closes a construct at level `level`. */
  close(pos: number, level: number, text: string): void {
    this.items.push({ pos, text, open: false, level, seq: this.items.length });
  }

  /** The insertions in output order. */
  sorted(): Insertion[] {
    return [...this.items].sort(order);
  }
}

/** `code` with the `sorted` insertions, and `tail` appended. */
export function applyInsertions(code: string, sorted: readonly Insertion[], tail: string): string {
  const text = new MagicString(code);
  for (const item of sorted) text.appendLeft(item.pos, item.text);
  text.append(tail);
  return text.toString();
}
