import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('writes counts as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1_000, 19_999_980, 1_234_567_890])
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
    expect(formatCount(19_999_980)).toBe('19,999,980');
  });
});
