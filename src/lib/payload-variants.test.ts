import { describe, expect, it } from 'vitest';
import { examplePayload } from '../schema/example-payload';
import { allFieldSpecs } from '../schema/field-spec';
import { getAt } from './json-path';
import { applyPayloadEdits } from './payload-edit';
import {
  NON_ASCII_TEXT,
  payloadVariants,
  VARIANT_LIMITS,
  type PayloadVariant,
} from './payload-variants';

const base = examplePayload() as unknown as Record<string, unknown>;
const variants = payloadVariants(base);
const at = (path: string) => variants.filter((v) => v.path === path);
const changes = (path: string) => at(path).map((v) => v.change);
const apply = (variant: PayloadVariant | undefined) =>
  applyPayloadEdits(base, variant?.edits ?? []) as Record<string, unknown>;

describe('payloadVariants', () => {
  it('covers every documented field path', () => {
    const covered = new Set(variants.map((v) => v.field));
    expect(allFieldSpecs.map((s) => s.path).filter((p) => !covered.has(p))).toEqual([]);
  });

  it('covers every documented field path of an empty payload too', () => {
    const covered = new Set(payloadVariants({}).map((v) => v.field));
    expect(allFieldSpecs.map((s) => s.path).filter((p) => !covered.has(p))).toEqual([]);
  });

  it('removes, nulls, empties and mistypes an object field', () => {
    expect(changes('ttr')).toEqual(['removed', 'null', 'empty object', 'a string ("text")']);
    const [removed, nulled] = at('ttr');
    expect('ttr' in apply(removed)).toBe(false);
    expect(apply(nulled).ttr).toBeNull();
  });

  it('sets a string to each known value, long text and non-ASCII text', () => {
    const current = base.closeReason;
    const known = ['AGENT', 'CONSUMER', 'SYSTEM'].filter((v) => v !== current);
    expect(changes('closeReason')).toEqual([
      'removed',
      'null',
      'empty string',
      'a number (42)',
      '10,000 characters',
      'non-ASCII text',
      ...known.map((v) => JSON.stringify(v)),
    ]);
    const long = at('closeReason').find((v) => v.change === '10,000 characters');
    expect(apply(long).closeReason).toHaveLength(VARIANT_LIMITS.longString);
    const text = at('closeReason').find((v) => v.change === 'non-ASCII text');
    expect(apply(text).closeReason).toBe(NON_ASCII_TEXT);
  });

  it('turns a number into a string of itself', () => {
    const mistyped = at('ttr.value').find((v) => v.change.startsWith('a string'));
    const value = (base.ttr as { value: number }).value;
    expect(mistyped?.change).toBe(`a string ("${value}")`);
    expect(getAt(apply(mistyped), ['ttr', 'value'])).toBe(String(value));
  });

  it('empties an array and fills it with many copies of its first item', () => {
    expect(changes('dialogs')).toEqual([
      'removed',
      'null',
      'empty array',
      'an object ({})',
      '1,000 items',
    ]);
    const long = apply(at('dialogs').find((v) => v.change === '1,000 items'));
    const dialogs = long.dialogs as unknown[];
    expect(dialogs).toHaveLength(VARIANT_LIMITS.longArray);
    expect(dialogs[999]).toEqual((base.dialogs as unknown[])[0]);
  });

  it('varies the fields of array items, up to a few items', () => {
    const { itemsPerArray } = VARIANT_LIMITS;
    const participants = Array.from({ length: itemsPerArray + 2 }, (_, i) => ({ id: `p${i}` }));
    const paths = new Set(payloadVariants({ ...base, participants }).map((v) => v.path));
    expect(paths).toContain(`participants[${itemsPerArray - 1}].id`);
    expect(paths).not.toContain(`participants[${itemsPerArray}].id`);
  });

  it('creates a missing container from the documented example before varying inside it', () => {
    const { ttr: _ttr, ...rest } = base;
    const inside = payloadVariants(rest).find(
      (v) => v.path === 'ttr.ttrType' && v.change === 'null',
    );
    const payload = applyPayloadEdits(rest, inside?.edits ?? []);
    expect(getAt(payload, ['ttr', 'ttrType'])).toBeNull();
    expect(typeof getAt(payload, ['ttr', 'value'])).toBe('number');
  });

  it('creates an item in an empty array to vary its fields', () => {
    const empty = { ...base, dialogs: [] };
    const inside = payloadVariants(empty).find(
      (v) => v.path === 'dialogs[0].dialogId' && v.change === 'removed',
    );
    const payload = applyPayloadEdits(empty, inside?.edits ?? []) as { dialogs: object[] };
    expect(payload.dialogs).toHaveLength(1);
    expect('dialogId' in payload.dialogs[0]!).toBe(false);
  });

  it('changes the payload in every variant, and nothing but the named field', () => {
    const json = JSON.stringify(base);
    for (const variant of variants) {
      const changed = apply(variant);
      expect(JSON.stringify(changed), `${variant.path} ${variant.change}`).not.toBe(json);
      const top = variant.field.split(/[.[]/)[0]!;
      for (const key of Object.keys(base))
        if (key !== top) expect(changed[key], `${variant.path} ${variant.change}`).toBe(base[key]);
    }
    expect(base).toEqual(examplePayload());
  });

  it('says what kind of change each variant is', () => {
    const kinds = (path: string) => at(path).map((v) => [v.change, v.kind]);
    expect(kinds('dialogs')).toEqual([
      ['removed', 'removed'],
      ['null', 'null'],
      ['empty array', 'array-size'],
      ['an object ({})', 'wrong-type'],
      ['1,000 items', 'array-size'],
    ]);
    expect(new Set(at('closeReason').map((v) => v.kind))).toEqual(
      new Set([
        'removed',
        'null',
        'empty',
        'wrong-type',
        'long-string',
        'non-ascii',
        'known-value',
      ]),
    );
  });
});
