// Writes the payload's leaf edits compactly: identifiers, numbers and prose as bits, not text.
// First the edit count, then per edit the unchanged leaves since the previous one (gamma code), a
// 3-bit kind and the value. Values that pack badly go to a text list, which the codec deflates.
import { BitReader, BitWriter, readSixBits, ShareLinkError, writeSixBits } from './bits';
import { isProse, readProse, writeProse } from './prose';

const KIND = {
  text: 0, // the next value of the text list
  uuid: 1, // lower-case UUID: 16 bytes
  hex: 2, // lower-case hex of even length: byte count, bytes
  id64: 3, // letters, digits, - and _: length, 6 bits each
  number: 4, // sign bit, decimal places (gamma), magnitude; integers relative to their family
  digits: 5, // a string of digits without a leading zero: its number
  prose: 6, // English text: see share-prose
  repeat: 7, // the value of an earlier edit: how many edits back
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DIGITS = /^(?:0|[1-9]\d{0,14})$/;
const HEX = /^(?:[0-9a-f]{2})+$/;
const ID64 = /^[A-Za-z0-9_-]+$/;
/** Shorter strings, and those the dictionary holds, compress better as text. */
const MIN_PACKED = 8;

const hexToBytes = (hex: string) =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const bytesToHex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * An integer is written as the difference from the previous integer edit of its family: leaves
 * whose base values have the same sign and number of digits (the timestamps, the 10-digit ids).
 */
const familyOf = (base: unknown) =>
  typeof base === 'number' ? `${Math.sign(base)}${String(Math.trunc(Math.abs(base))).length}` : '';

/** A number with decimals as `[digits without the point, decimal places]`, when exact. */
function decimalOf(value: number): [number, number] | null {
  const match = /^(\d+)\.(\d+)$/.exec(String(Math.abs(value)));
  if (!match) return null;
  const digits = Number(match[1]! + match[2]!);
  const places = match[2]!.length;
  return Number.isSafeInteger(digits) && digits / 10 ** places === Math.abs(value)
    ? [digits, places]
    : null;
}

/** What both sides know: the base payload's leaf values, and which strings its dictionary holds. */
export interface EditContext {
  baseLeaves: readonly unknown[];
  inDictionary: (value: string) => boolean;
}

/** Writes `[leaf, value]` edits (leaves increasing); values that are not packed go to `text`. */
export function writeEdits(
  edits: readonly [number, unknown][],
  out: BitWriter,
  text: unknown[],
  { baseLeaves, inDictionary }: EditContext,
  useProse: boolean,
): void {
  const lastInt = new Map<string, number>();
  let previous = -1;
  out.gamma(edits.length);
  edits.forEach(([leaf, value], i) => {
    out.gamma(leaf - previous - 1);
    previous = leaf;
    const kind = (k: number) => out.bits(k, 3);
    const family = familyOf(baseLeaves[leaf]);
    const from = lastInt.get(family) ?? 0;
    const back = edits
      .slice(0, i)
      .reverse()
      .findIndex(([, earlier]) => earlier === value && value !== null && typeof value !== 'object');
    const packable =
      typeof value === 'string' && value.length >= MIN_PACKED && !inDictionary(value);
    if (back >= 0) {
      kind(KIND.repeat);
      out.varint(back + 1);
    } else if (typeof value === 'string' && UUID.test(value)) {
      kind(KIND.uuid);
      out.raw(hexToBytes(value.replaceAll('-', '')));
    } else if (typeof value === 'string' && DIGITS.test(value)) {
      kind(KIND.digits);
      out.varint(Number(value));
    } else if (packable && HEX.test(value)) {
      kind(KIND.hex);
      out.varint(value.length / 2);
      out.raw(hexToBytes(value));
    } else if (packable && ID64.test(value)) {
      kind(KIND.id64);
      out.varint(value.length);
      writeSixBits(out, value);
    } else if (useProse && packable && isProse(value)) {
      kind(KIND.prose);
      writeProse(out, value);
    } else if (Number.isSafeInteger(value) && Number.isSafeInteger((value as number) - from)) {
      kind(KIND.number);
      out.bits((value as number) < from ? 1 : 0, 1);
      out.gamma(0);
      out.varint(Math.abs((value as number) - from));
      lastInt.set(family, value as number);
    } else if (typeof value === 'number' && decimalOf(value)) {
      const [digits, places] = decimalOf(value)!;
      kind(KIND.number);
      out.bits(value < 0 ? 1 : 0, 1);
      out.gamma(places);
      out.varint(digits);
    } else {
      kind(KIND.text);
      text.push(value);
    }
  });
}

/** Stands for a value of the text list, which is read after the edits. */
class TextRef {
  constructor(readonly index: number) {}
}

/** Reads a number; an integer (no decimal places) also becomes its family's latest. */
function readNumber(input: BitReader, lastInt: Map<string, number>, family: string): number {
  const sign = input.bits(1) ? -1 : 1;
  const places = input.gamma();
  const magnitude = input.varint();
  if (places) return (sign * magnitude) / 10 ** places;
  const value = (lastInt.get(family) ?? 0) + sign * magnitude;
  if (!Number.isSafeInteger(value)) {
    throw new ShareLinkError('the link is damaged (a number in it is out of range)');
  }
  lastInt.set(family, value);
  return value;
}

/**
 * Reads edits written by `writeEdits`; untrusted input: throws a ShareLinkError. Returns a function
 * that puts in the text list's values once it is known.
 */
export function readEdits(
  input: BitReader,
  { baseLeaves }: Pick<EditContext, 'baseLeaves'>,
): (text: readonly unknown[]) => [number, unknown][] {
  const edits: [number, unknown][] = [];
  const lastInt = new Map<string, number>();
  let leaf = -1;
  let texts = 0;
  for (let count = input.gamma(); count > 0; count -= 1) {
    leaf += input.gamma() + 1;
    if (leaf >= baseLeaves.length) throw new ShareLinkError('the link does not fit its base');
    const kind = input.bits(3);
    let value: unknown;
    if (kind === KIND.text) {
      value = new TextRef(texts++);
    } else if (kind === KIND.uuid) {
      const hex = bytesToHex(input.raw(16));
      value = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    } else if (kind === KIND.hex) {
      value = bytesToHex(input.raw(input.varint()));
    } else if (kind === KIND.id64) {
      value = readSixBits(input, input.varint());
    } else if (kind === KIND.number) {
      value = readNumber(input, lastInt, familyOf(baseLeaves[leaf]));
    } else if (kind === KIND.digits) {
      value = String(input.varint());
    } else if (kind === KIND.prose) {
      value = readProse(input);
    } else {
      const earlier = edits[edits.length - input.varint()];
      if (!earlier) throw new ShareLinkError('the link is damaged (bad back-reference)');
      value = earlier[1];
    }
    edits.push([leaf, value]);
  }
  return (text) => {
    if (text.length !== texts) throw new ShareLinkError('the link is damaged (values missing)');
    return edits.map(([leaf, value]) => [
      leaf,
      value instanceof TextRef ? text[value.index] : value,
    ]);
  };
}
