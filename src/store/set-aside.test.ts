import { describe, expect, it } from 'vitest';
import { withFakeLocalStorage } from './fake-local-storage';
import { keepAside, SET_ASIDE_KEY, type SetAsideRecord } from './set-aside';

const storage = withFakeLocalStorage();
const kept = () => JSON.parse(storage().data.get(SET_ASIDE_KEY)!) as SetAsideRecord[];
const record = (text: string): SetAsideRecord => ({
  keptAt: '2025-01-01T00:00:00.000Z',
  what: 'workspace "W"',
  reason: 'r',
  text,
});

describe('keepAside', () => {
  it('appends to what was kept before', () => {
    expect(keepAside([record('one')])).toBeNull();
    expect(keepAside([record('two'), record('three')])).toBeNull();
    expect(kept().map((r) => r.text)).toEqual(['one', 'two', 'three']);
  });

  it('drops the oldest records beyond twenty', () => {
    for (let i = 1; i <= 22; i += 1) keepAside([record(String(i))]);
    expect(kept().map((r) => r.text)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 3)));
  });

  it('drops the oldest records beyond a million characters, never the new ones', () => {
    keepAside([record('a'.repeat(600_000))]);
    keepAside([record('b'.repeat(600_000))]);
    expect(kept().map((r) => r.text[0])).toEqual(['b']);
    keepAside([record('c'.repeat(700_000)), record('d'.repeat(700_000))]);
    expect(kept().map((r) => r.text[0])).toEqual(['c', 'd']);
  });

  it('keeps earlier text it cannot read as a list as a record of its own', () => {
    storage().data.set(SET_ASIDE_KEY, 'something else');
    keepAside([record('new')]);
    expect(kept().map((r) => [r.what, r.text])).toEqual([
      ['earlier set-aside text', 'something else'],
      ['workspace "W"', 'new'],
    ]);
  });

  it('says when storage refuses, and changes nothing', () => {
    keepAside([record('one')]);
    storage().full = true;
    expect(keepAside([record('two')])).toBe('full');
    expect(kept().map((r) => r.text)).toEqual(['one']);
  });
});
