// Bit-level helpers of the share codec: a bit writer and reader (varints, Elias gamma codes),
// 6-bit packing (base64url), a short checksum, and the error a damaged link raises.

/** A decoding failure with a sentence for the person who opened the link. */
export class ShareLinkError extends Error {}

const cutShort = () => new ShareLinkError('the link is damaged (was it cut short?)');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SIX_BITS = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Writes bits, most significant first, into bytes padded with zero bits. */
export class BitWriter {
  private readonly out: number[] = [];
  private size = 0;

  /** Appends the `count` low bits of a non-negative integer (count up to 53). */
  bits(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i -= 1) {
      const bit = Math.floor(value / 2 ** i) % 2;
      if (this.size % 8 === 0) this.out.push(0);
      this.out[this.out.length - 1]! |= bit << (7 - (this.size % 8));
      this.size += 1;
    }
  }

  /** Appends an unsigned integer up to 2^53 in 7-bit groups, each behind a "more" bit. */
  varint(value: number): void {
    let rest = value;
    do {
      const group = rest % 128;
      rest = Math.floor(rest / 128);
      this.bits(rest > 0 ? group + 128 : group, 8);
    } while (rest > 0);
  }

  /** Appends a small unsigned integer as an Elias gamma code of value + 1 (0 takes one bit). */
  gamma(value: number): void {
    const length = Math.floor(Math.log2(value + 1));
    this.bits(0, length);
    this.bits(value + 1, length + 1);
  }

  /** Pads with zero bits up to the next whole byte. */
  align(): void {
    this.size = this.out.length * 8;
  }

  /** Appends whole bytes. */
  raw(bytes: Uint8Array): void {
    for (const byte of bytes) this.bits(byte, 8);
  }

  /** The bytes written so far, the last one padded. */
  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

/** Reads what a BitWriter wrote; running past the end is a ShareLinkError. */
export class BitReader {
  private at = 0;

  constructor(private readonly data: Uint8Array) {}

  /** Reads `count` bits as an unsigned integer. */
  bits(count: number): number {
    if (this.at + count > this.data.length * 8) throw cutShort();
    let value = 0;
    for (let i = 0; i < count; i += 1, this.at += 1) {
      value = value * 2 + ((this.data[this.at >> 3]! >> (7 - (this.at & 7))) & 1);
    }
    return value;
  }

  /** Reads a varint. */
  varint(): number {
    let value = 0;
    for (let scale = 1; scale <= 2 ** 49; scale *= 128) {
      const group = this.bits(8);
      value += (group & 127) * scale;
      if (group < 128) {
        if (!Number.isSafeInteger(value)) break;
        return value;
      }
    }
    throw new ShareLinkError('the link is damaged (a number in it is out of range)');
  }

  /** Reads a gamma code. */
  gamma(): number {
    let length = 0;
    while (this.bits(1) === 0) if (++length > 52) throw cutShort();
    return 2 ** length + this.bits(length) - 1;
  }

  /** Reads `length` whole bytes. */
  raw(length: number): Uint8Array {
    if (this.at + length * 8 > this.data.length * 8) throw cutShort();
    return Uint8Array.from({ length }, () => this.bits(8));
  }

  /** The bytes after the current one (the rest of a partly read byte is padding). */
  rest(): Uint8Array {
    const from = Math.ceil(this.at / 8);
    this.at = this.data.length * 8;
    return this.data.subarray(from);
  }
}

/** Appends base64url characters at 6 bits each. */
export function writeSixBits(out: BitWriter, text: string): void {
  for (const char of text) {
    const value = SIX_BITS.get(char);
    if (value === undefined)
      throw new ShareLinkError(`it holds a character ("${char}") no link has`);
    out.bits(value, 6);
  }
}

/** Reads `length` base64url characters written by `writeSixBits`. */
export function readSixBits(input: BitReader, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += ALPHABET[input.bits(6)];
  return text;
}

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const group = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c += 1) text += ALPHABET[(group >> (18 - 6 * c)) & 63];
  }
  return text;
}

/** Base64url text (no padding) as bytes; throws a ShareLinkError on foreign characters. */
export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw cutShort();
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (const char of text) {
    const value = SIX_BITS.get(char);
    if (value === undefined)
      throw new ShareLinkError(`it holds a character ("${char}") no link has`);
    bits = ((bits << 6) | value) & 0xffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      if (at < out.length) out[at++] = (bits >> count) & 0xff;
    }
  }
  return out;
}

/** 16 bits of the FNV-1a hash of some bytes: catches a changed or missing character. */
export function checksum16(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
  return (hash ^ (hash >>> 16)) & 0xffff;
}
