// The frozen bases a compact share link is a difference from. A link names its base by id and
// version, so a link keeps decoding after the defaults change: never edit a frozen base, add one.
import { strToU8 } from 'fflate';
import type { KeyValue } from '../../schema/workspace';
import defaultsV1 from './bases/defaults-v1.json';
import defaultsV2 from './bases/defaults-v2.json';

/** A frozen base: event ids, template codes, example payload, template env and secrets. */
export interface ShareBase {
  /** Which family of bases (0: the playground's defaults). */
  id: number;
  /** The family's name, for people. */
  name: string;
  /** Version within the family; the newest encodes new links. */
  version: number;
  /** Event ids, in the order links number them. */
  events: readonly string[];
  /** Template codes, in the order links number them. */
  codes: readonly string[];
  /** The example payload. */
  payload: Record<string, unknown>;
  /** The template's environment rows. */
  env: readonly KeyValue[];
  /** The template's secret rows. */
  secrets: readonly KeyValue[];
  /**
   * More dictionary text: common English words (Wikipedia's list of the 100 most common, for
   * messages) and the codec's JSON skeleton. Not derived from the defaults: a new base copies them.
   */
  phrases: string;
}

/** Every frozen base, oldest first. */
export const SHARE_BASES: readonly ShareBase[] = [defaultsV1, defaultsV2];

/** The base new links are encoded against. */
export const LATEST_BASE: ShareBase = SHARE_BASES[SHARE_BASES.length - 1]!;

/** The base a link names, if this version of the playground knows it. */
export function findBase(id: number, version: number): ShareBase | undefined {
  return SHARE_BASES.find((base) => base.id === id && base.version === version);
}

const dictionaries = new WeakMap<ShareBase, Uint8Array>();

/** The deflate preset dictionary of a base: its texts, the most likely matches last (nearest). */
export function dictionaryOf(base: ShareBase): Uint8Array {
  let dictionary = dictionaries.get(base);
  if (!dictionary) {
    const text = [
      ...base.codes,
      JSON.stringify(base.secrets),
      JSON.stringify(base.env),
      JSON.stringify(base.payload),
      base.phrases,
    ].join('\n');
    dictionary = strToU8(text);
    dictionaries.set(base, dictionary);
  }
  return dictionary;
}
