import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter } from './bits';
import { readEdits, writeEdits, type EditContext } from './values';

const context: EditContext = {
  baseLeaves: [
    'id',
    1528464044687,
    1551702854131,
    2451931211,
    'x',
    'y',
    'z',
    37607275.23,
    'w',
    'v',
  ],
  inDictionary: (value) => value === 'CONSUMER-KNOWN',
};

function roundTrip(edits: [number, unknown][], useProse = true) {
  const out = new BitWriter();
  const text: unknown[] = [];
  writeEdits(edits, out, text, context, useProse);
  const bytes = out.bytes();
  const back = readEdits(new BitReader(bytes), context)(JSON.parse(JSON.stringify(text)));
  expect(back).toEqual(edits);
  return { bytes: bytes.length, text };
}

describe('packed payload edits', () => {
  it('packs ids as bits: a UUID in 16 bytes, hex at 4 bits and ids at 6 bits a character', () => {
    expect(roundTrip([[0, '7d2f24c2-b502-4740-87b9-d9a0cf8c6266']])).toEqual({
      bytes: 17,
      text: [],
    });
    expect(roundTrip([[4, 'a9a389b9dc3790efc6ef109b68b89b04']]).bytes).toBe(19);
    expect(roundTrip([[5, 'TZZ2GOhrPP3bo0c3hhbgWg']]).bytes).toBe(19);
    expect(roundTrip([[6, '80092078']]).bytes).toBe(6);
  });

  it('writes timestamps as differences from the previous one of their family', () => {
    const start = 1767772496123;
    const { bytes } = roundTrip([
      [1, start],
      [2, start + 4000],
      [3, 1615073930],
    ]);
    expect(bytes).toBeLessThanOrEqual(1 + 7 + 3 + 6);
    roundTrip([
      [1, -5],
      [2, 0],
      [3, Number.MAX_SAFE_INTEGER],
      [4, -Number.MAX_SAFE_INTEGER],
    ]);
  });

  it('packs exact decimals and repeats, and leaves the rest to the text list', () => {
    expect(roundTrip([[7, 52914788.17]]).text).toEqual([]);
    expect(roundTrip([[7, -0.5]]).text).toEqual([]);
    const { text } = roundTrip([
      [0, 'abc-uuid-like-but-not'],
      [4, 'CONSUMER-KNOWN'],
      [5, 0.1 + 0.2],
      [6, { nested: true }],
      [8, null],
      [9, 'CONSUMER-KNOWN'],
    ]);
    expect(text).toEqual(['CONSUMER-KNOWN', 0.1 + 0.2, { nested: true }, null]);
  });

  it('writes prose with the prose code only when asked', () => {
    const message = 'Your replacement card is on its way and should arrive soon.';
    expect(roundTrip([[8, message]], true).text).toEqual([]);
    expect(roundTrip([[8, message]], false).text).toEqual([message]);
  });

  it('refuses edits past the base, bad back-references and a wrong text count', () => {
    const read = (write: (out: BitWriter) => void, text: unknown[] = []) => {
      const out = new BitWriter();
      write(out);
      return () => readEdits(new BitReader(out.bytes()), context)(text);
    };
    expect(read((o) => (o.gamma(1), o.gamma(10), o.bits(0, 3)))).toThrow('does not fit its base');
    expect(read((o) => (o.gamma(1), o.gamma(0), o.bits(7, 3), o.varint(1)))).toThrow(
      'back-reference',
    );
    expect(read((o) => (o.gamma(1), o.gamma(0), o.bits(0, 3)), [1, 2])).toThrow('values missing');
    expect(read((o) => o.gamma(3))).toThrow('cut short');
  });
});
