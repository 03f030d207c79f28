// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { useRawDraft } from './use-raw-draft';

function useHarness(initial: Record<string, unknown>) {
  const [payload, setPayload] = useState(initial);
  return { payload, raw: useRawDraft(payload, setPayload, true), setPayload };
}

describe('useRawDraft', () => {
  it('writes the payload out as indented JSON', () => {
    const { result } = renderHook(() => useHarness({ a: 1 }));
    expect(result.current.raw.text).toBe('{\n  "a": 1\n}');
    expect(result.current.raw.error).toBeNull();
  });

  it('sends valid text to the payload and keeps the text as typed', () => {
    const { result } = renderHook(() => useHarness({ a: 1 }));
    act(() => result.current.raw.onChange('{"a":2,  "b":[]}'));
    expect(result.current.payload).toEqual({ a: 2, b: [] });
    expect(result.current.raw.text).toBe('{"a":2,  "b":[]}');
  });

  it('keeps the last valid payload while the text does not parse', () => {
    const { result } = renderHook(() => useHarness({ a: 1 }));
    act(() => result.current.raw.onChange('{"a": 3,\n "b" 4}'));
    expect(result.current.payload).toEqual({ a: 1 });
    expect(result.current.raw.text).toBe('{"a": 3,\n "b" 4}');
    expect(result.current.raw.error).toMatchObject({ line: 2, column: 6 });
    act(() => result.current.raw.onChange('[]'));
    expect(result.current.payload).toEqual({ a: 1 });
    expect(result.current.raw.error?.message).toMatch(/must be a JSON object/);
  });

  it('shows a change made elsewhere, and reverts to the payload on request', () => {
    const { result } = renderHook(() => useHarness({ a: 1 }));
    act(() => result.current.raw.onChange('{ broken'));
    act(() => result.current.raw.revert());
    expect(result.current.raw.text).toBe('{\n  "a": 1\n}');
    act(() => result.current.raw.onChange('{ broken'));
    act(() => result.current.setPayload({ z: true }));
    expect(result.current.raw.text).toBe('{\n  "z": true\n}');
    expect(result.current.raw.error).toBeNull();
  });
});
