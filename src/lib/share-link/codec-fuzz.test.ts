import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateLinkState } from '../../schema/link-state';
import { dictionaryOf, LATEST_BASE } from './bases';
import { BitWriter, checksum16, fromBase64Url, toBase64Url } from './bits';
import { decodeShareLink, encodeShareLink } from './codec';
import { randomState, randomValue, seededRandom } from './random-states';

const random = seededRandom(77);
const int = (below: number) => Math.floor(random() * below);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const anyChar = () => (random() < 0.9 ? ALPHABET[int(64)]! : String.fromCharCode(int(0x3000)));

/** Bytes (checksum removed) of valid links of random states. */
const links = Array.from({ length: 200 }, () => encodeShareLink(randomState(random)));
const bytesOf = (link: string) => fromBase64Url(link.slice(4)).slice(0, -2);

/** Seals bytes with a valid checksum, so that decoding goes past the checksum. */
function seal(bytes: Uint8Array): string {
  const check = checksum16(bytes);
  return '#s=1' + toBase64Url(Uint8Array.of(...bytes, check >> 8, check & 0xff));
}

function mutateText(link: string): string {
  const at = int(link.length);
  switch (int(6)) {
    case 0:
      return link.slice(0, at);
    case 1:
      return link.slice(0, at) + anyChar() + link.slice(at + 1);
    case 2:
      return link.slice(0, at) + anyChar() + link.slice(at);
    case 3:
      return link.slice(0, at) + link.slice(at + 1);
    case 4:
      return '#s=' + String.fromCharCode(48 + int(75)) + link.slice(4);
    default:
      return link + link.slice(at);
  }
}

function mutateBytes(bytes: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes);
  const roll = int(4);
  if (roll === 0) return copy.slice(0, int(copy.length));
  if (roll === 1) return Uint8Array.of(...copy, ...Array.from({ length: int(20) }, () => int(256)));
  for (let i = 1 + int(3); i > 0; i -= 1) {
    const at = int(copy.length);
    copy[at] = roll === 2 ? copy[at]! ^ (1 << int(8)) : int(256);
  }
  return copy;
}

/** A text part with random content and, often, forbidden keys and hostile operations. */
function hostileText(): string {
  const evil = ['__proto__', 'constructor', 'prototype'][int(3)]!;
  const parts: Record<string, unknown> = {};
  for (const key of ['e', 'c', 'p', 'n', 's', 'm', 't', 'x']) {
    if (random() < 0.3) parts[key] = randomValue(random);
  }
  if (random() < 0.5) parts.p = [[], [[['context', evil], randomValue(random)]]];
  let text = JSON.stringify(parts);
  if (random() < 0.5)
    text = `{"${evil}":{"polluted":1}${text === '{}' ? '}' : ',' + text.slice(1)}`;
  return text;
}

function craft(text: string): string {
  const out = new BitWriter();
  [LATEST_BASE.id, LATEST_BASE.version, 0].forEach((n) => out.gamma(n)); // the base, no edits
  out.align();
  out.raw(deflateSync(strToU8(text), { dictionary: dictionaryOf(LATEST_BASE) }));
  return seal(out.bytes());
}

const makers: [number, () => string][] = [
  [2000, () => (random() < 0.5 ? '#s=1' : '') + Array.from({ length: int(300) }, anyChar).join('')],
  [3000, () => mutateText(links[int(links.length)]!)],
  [3500, () => seal(mutateBytes(bytesOf(links[int(links.length)]!)))],
  [1500, () => craft(hostileText())],
];

describe('compact share link fuzz', () => {
  it(
    'never throws on 10,000 random and mutated links: a valid state or a described error',
    { timeout: 60_000 },
    () => {
      const inputs = makers.flatMap(([count, make]) => Array.from({ length: count }, make));
      inputs.push(
        '#s=1' + 'A'.repeat(1_399_000),
        craft(JSON.stringify({ t: '0'.repeat(2_000_000) })),
      );
      const outcomes = { state: 0, error: 0 };
      for (const input of inputs) {
        let result: ReturnType<typeof decodeShareLink>;
        try {
          result = decodeShareLink(input);
        } catch (error) {
          throw new Error(
            `decoding threw on ${JSON.stringify(input.slice(0, 200))}: ${String(error)}`,
            { cause: error },
          );
        }
        if ('error' in result) {
          expect(result.error.length).toBeGreaterThan(5);
          expect(result.error).not.toMatch(/could not be read/);
          outcomes.error += 1;
        } else {
          expect(validateLinkState(result.state)).toEqual({ state: result.state });
          outcomes.state += 1;
        }
      }
      expect(inputs.length).toBeGreaterThanOrEqual(10_000);
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(outcomes.error).toBeGreaterThan(outcomes.state);
    },
  );
});
