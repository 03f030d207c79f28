import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter } from './bits';
import { isProse, readProse, writeProse } from './prose';

const roundTrip = (text: string) => {
  const out = new BitWriter();
  writeProse(out, text);
  const bytes = out.bytes();
  return { back: readProse(new BitReader(bytes)), bytes: bytes.length };
};

describe('prose code', () => {
  it('writes English at under 5 bits a character', () => {
    const text = 'Thank you for contacting us today. Is there anything else we can do for you?';
    const { back, bytes } = roundTrip(text);
    expect(back).toBe(text);
    expect((bytes * 8) / text.length).toBeLessThan(5);
  });

  it('round-trips any other character through its escape', () => {
    for (const text of [
      '',
      'Grüße aus Köln — 10 € 🙂',
      'tab\there',
      '\ud800 lone',
      'a'.repeat(300),
    ]) {
      expect(roundTrip(text).back).toBe(text);
    }
  });

  it('takes strings with spaces and few unusual characters for prose', () => {
    expect(isProse('Your card ships today.')).toBe(true);
    expect(isProse('no-spaces-here')).toBe(false);
    expect(isProse('日本語 の テキスト')).toBe(false);
  });

  it('stops with a ShareLinkError at the end of the bytes', () => {
    expect(() => readProse(new BitReader(Uint8Array.of(5)))).toThrow('cut short');
  });
});
