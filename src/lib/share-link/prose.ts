// A static Huffman code for short English prose (a payload's messages): about 4.4 bits a character,
// where deflate, with no room for its own tables in a short link, spends 6 or more.
// Part of share link format 1: changing the table breaks every link written with it.
import { ShareLinkError, type BitReader, type BitWriter } from './bits';

// Letters per 1,000 characters of English text (Wikipedia's "Letter frequency" table, times 7.2,
// as letters are about 72% of prose); capitals a twentieth of that, then space, digits, punctuation.
const LETTERS = 'etaoinshrdlcumwfgypbvkjxqz';
const LETTER_WEIGHTS = [
  91, 66, 59, 54, 50, 48, 45, 44, 43, 31, 29, 20, 20, 17, 17, 16, 14, 14, 14, 11, 7, 5.5, 1.1, 1.1,
  0.7, 0.5,
];
/** Any other character: this code, then the character's code point as a varint. */
const ESCAPE = '';
const weighted = (chars: string, weight: (i: number) => number) =>
  [...chars].map((symbol, i) => ({ symbol, weight: weight(i) }));
const SYMBOLS = [
  { symbol: ' ', weight: 180 },
  ...weighted(LETTERS, (i) => LETTER_WEIGHTS[i]!),
  ...weighted(LETTERS.toUpperCase(), (i) => Math.max(LETTER_WEIGHTS[i]! / 20, 0.3)),
  ...weighted('0123456789', () => 1),
  ...weighted('.,', () => 8),
  ...weighted('\'?!-:"()/@&%$+*#;_=\n', () => 0.5),
  { symbol: ESCAPE, weight: 0.5 },
];

interface Node {
  weight: number;
  symbol?: string;
  zero?: Node;
  one?: Node;
}

function buildTree(): Node {
  const nodes: Node[] = SYMBOLS.map((leaf) => ({ ...leaf }));
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.weight - b.weight);
    const [zero, one] = nodes.splice(0, 2) as [Node, Node];
    nodes.push({ weight: zero.weight + one.weight, zero, one });
  }
  return nodes[0]!;
}

const TREE = buildTree();
const CODES = new Map<string, string>();
(function collect(node: Node, path: string) {
  if (node.symbol !== undefined) return void CODES.set(node.symbol, path);
  collect(node.zero!, path + '0');
  collect(node.one!, path + '1');
})(TREE, '');

/** Whether a string reads as prose: it has spaces, and few characters outside the table. */
export function isProse(text: string): boolean {
  const chars = [...text];
  return chars.includes(' ') && chars.filter((c) => !CODES.has(c)).length * 10 <= chars.length;
}

/** Writes a string: its length in code points, then each one's code. */
export function writeProse(out: BitWriter, text: string): void {
  const chars = [...text];
  out.varint(chars.length);
  for (const char of chars) {
    const code = CODES.get(char) ?? CODES.get(ESCAPE)!;
    for (const bit of code) out.bits(bit === '1' ? 1 : 0, 1);
    if (!CODES.has(char)) out.varint(char.codePointAt(0)!);
  }
}

/** Reads a string written by `writeProse`; untrusted input: throws a ShareLinkError. */
export function readProse(input: BitReader): string {
  const length = input.varint();
  let text = '';
  for (let i = 0; i < length; i += 1) {
    let node = TREE;
    while (node.symbol === undefined) node = input.bits(1) ? node.one! : node.zero!;
    if (node.symbol !== ESCAPE) text += node.symbol;
    else {
      const point = input.varint();
      if (point > 0x10ffff) throw new ShareLinkError('the link is damaged (bad character)');
      text += String.fromCodePoint(point);
    }
  }
  return text;
}
