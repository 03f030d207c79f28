import { describe, expect, it } from 'vitest';
import { capText, CUT_NOTE_ROOM, receivedMax, TEXT_CAPS } from './message-limits';

describe('capText', () => {
  it('keeps a short text as it is', () => {
    expect(capText('abc', 3)).toBe('abc');
  });
  it('cuts a long text and says how much it dropped', () => {
    expect(capText('x'.repeat(20_000_000), 20)).toBe(
      `${'x'.repeat(20)}… 19,999,980 more characters`,
    );
  });
  it('fits in what the app accepts, for the longest possible note', () => {
    const cut = capText('y'.repeat(100_000_000), TEXT_CAPS.message);
    expect(cut.length).toBeLessThanOrEqual(receivedMax('message'));
    // The longest note a JavaScript string can need (its length is below 2^53).
    expect(CUT_NOTE_ROOM).toBeGreaterThanOrEqual('… 9,007,199,254,740,991 more characters'.length);
  });
});
