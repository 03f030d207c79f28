/**
 * The part of Node's `Buffer` function code commonly uses (basic auth headers, base64 and hex
 * payloads): a Uint8Array with `from`, `alloc`, `concat`, `isBuffer`, `byteLength` and
 * `toString(encoding)` for utf8, base64, base64url, hex, latin1/binary and ascii.
 */
import { atob, btoa } from '../../lib/intrinsics';

type Encoding = 'utf8' | 'base64' | 'base64url' | 'hex' | 'latin1';

function encodingOf(name: unknown): Encoding {
  const value = String(name ?? 'utf8').toLowerCase();
  if (value === 'utf8' || value === 'utf-8') return 'utf8';
  if (value === 'base64' || value === 'base64url' || value === 'hex') return value;
  if (value === 'latin1' || value === 'binary' || value === 'ascii') return 'latin1';
  throw new TypeError(`Unknown encoding: ${String(name)}`);
}

function decode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text);
    case 'hex':
      return Uint8Array.from(text.match(/[0-9a-f]{2}/gi) ?? [], (pair) => parseInt(pair, 16));
    case 'latin1':
      return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
    default: {
      const standard = text
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .replace(/[^A-Za-z0-9+/]/g, '');
      const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
      return Uint8Array.from(binary, (char) => char.charCodeAt(0));
    }
  }
}

/** Node's Buffer, as far as function code commonly needs it. */
export class NodeBuffer extends Uint8Array {
  /** A buffer from a string (in an encoding), an array of bytes, or another buffer. */
  static override from(value: unknown, encoding?: unknown): NodeBuffer {
    if (typeof value === 'string') return NodeBuffer.wrap(decode(value, encodingOf(encoding)));
    if (value instanceof ArrayBuffer) return NodeBuffer.wrap(new Uint8Array(value));
    if (value instanceof Uint8Array || Array.isArray(value))
      return NodeBuffer.wrap(Uint8Array.from(value as ArrayLike<number>));
    throw new TypeError(
      'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array.',
    );
  }

  /** A zero-filled buffer of `size` bytes. */
  static alloc(size: number): NodeBuffer {
    return new NodeBuffer(size);
  }

  /** The buffers one after another. */
  static concat(list: readonly Uint8Array[]): NodeBuffer {
    const out = new NodeBuffer(list.reduce((n, b) => n + b.length, 0));
    let offset = 0;
    for (const part of list) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  /** Whether `value` is a buffer. */
  static isBuffer(value: unknown): boolean {
    return value instanceof NodeBuffer;
  }

  /** The length in bytes of a string in an encoding. */
  static byteLength(value: string | Uint8Array, encoding?: unknown): number {
    return typeof value === 'string' ? decode(value, encodingOf(encoding)).length : value.length;
  }

  private static wrap(bytes: Uint8Array): NodeBuffer {
    const out = new NodeBuffer(bytes.length);
    out.set(bytes);
    return out;
  }

  /** The bytes as text in an encoding (utf8 by default). */
  override toString(encoding?: unknown): string {
    const kind = encodingOf(encoding);
    if (kind === 'utf8') return new TextDecoder().decode(this);
    if (kind === 'hex')
      return Array.from(this, (byte) => byte.toString(16).padStart(2, '0')).join('');
    const binary = Array.from(this, (byte) => String.fromCharCode(byte)).join('');
    if (kind === 'latin1') return binary;
    const base64 = btoa(binary);
    return kind === 'base64'
      ? base64
      : base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  /** What JSON.stringify writes for a buffer, as Node does. */
  toJSON(): { type: 'Buffer'; data: number[] } {
    return { type: 'Buffer', data: Array.from(this) };
  }
}

// Shown as Node shows it (`Buffer`), in results and errors.
Object.defineProperty(NodeBuffer, 'name', { value: 'Buffer' });
