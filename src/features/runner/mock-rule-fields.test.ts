import { describe, expect, it } from 'vitest';
import { bodyToText, headersToText, textToBody, textToHeaders } from './mock-rule-fields';

describe('mock rule fields', () => {
  it('round-trips headers through Name: value lines', () => {
    const headers = { 'Content-Type': 'text/plain', 'X-A': 'b: c' };
    expect(textToHeaders(headersToText(headers))).toEqual(headers);
    expect(textToHeaders('no colon\n')).toBeUndefined();
  });

  it('reads JSON bodies as values and other text as text', () => {
    expect(textToBody('{"a": 1}')).toEqual({ a: 1 });
    expect(textToBody('plain text')).toBe('plain text');
    expect(textToBody('  ')).toBeUndefined();
    expect(bodyToText({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(bodyToText('x')).toBe('x');
  });
});
