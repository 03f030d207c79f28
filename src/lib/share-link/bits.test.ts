import { describe, expect, it } from 'vitest';
import {
  BitReader,
  BitWriter,
  checksum16,
  fromBase64Url,
  readSixBits,
  toBase64Url,
  writeSixBits,
} from './bits';
import { seededRandom } from './random-states';

describe('share bits', () => {
  it('writes base64url without padding, as Node does', () => {
    const random = seededRandom(3);
    for (let length = 0; length < 40; length += 1) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it('refuses base64url text that cannot be whole or holds other characters', () => {
    expect(() => fromBase64Url('AAAAA')).toThrow('cut short');
    expect(() => fromBase64Url('AA+A')).toThrow('("+") no link has');
  });

  it('round-trips bits, varints up to 2^53, gamma codes and 6-bit text', () => {
    const values = [0, 1, 127, 128, 300, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER];
    const out = new BitWriter();
    out.bits(5, 3);
    values.forEach((v) => out.varint(v));
    values.slice(0, 5).forEach((v) => out.gamma(v));
    writeSixBits(out, 'Ab-_9');
    out.align();
    out.raw(Uint8Array.of(1, 2));
    const input = new BitReader(out.bytes());
    expect(input.bits(3)).toBe(5);
    expect(values.map(() => input.varint())).toEqual(values);
    expect(values.slice(0, 5).map(() => input.gamma())).toEqual(values.slice(0, 5));
    expect(readSixBits(input, 5)).toBe('Ab-_9');
    expect(input.rest()).toEqual(Uint8Array.of(1, 2));
  });

  it('spends one bit on a gamma code of 0 and three on 1 or 2', () => {
    const out = new BitWriter();
    [0, 1, 2, 0, 0].forEach((v) => out.gamma(v));
    expect(out.bytes()).toEqual(Uint8Array.of(0b10100111, 0b10000000));
  });

  it('refuses to read past the end or a varint past 2^53', () => {
    expect(() => new BitReader(Uint8Array.of(1)).bits(9)).toThrow('cut short');
    expect(() => new BitReader(new Uint8Array(9).fill(255)).varint()).toThrow(
      /cut short|out of range/,
    );
    expect(() => new BitReader(Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0)).gamma()).toThrow('cut short');
  });

  it('changes its checksum when a byte changes or goes missing', () => {
    const bytes = Uint8Array.of(1, 2, 3, 4);
    const sum = checksum16(bytes);
    expect(checksum16(Uint8Array.of(1, 2, 3, 5))).not.toBe(sum);
    expect(checksum16(bytes.subarray(0, 3))).not.toBe(sum);
    expect(sum).toBeLessThan(65536);
  });
});
