import { describe, expect, it } from 'vitest';
import { toTagged } from '../../lib/safe-serialise';
import { formatLogArgument, formatValue, shownPart } from './format-value';

describe('formatValue', () => {
  it('writes plain JSON exactly as JSON.stringify(value, null, 2)', () => {
    const value = { a: [1, { b: 'x' }], c: null, d: true };
    expect(formatValue(toTagged(value))).toBe(JSON.stringify(value, null, 2));
    expect(formatValue(toTagged('ok'))).toBe('"ok"');
  });

  it('marks what JSON cannot carry', () => {
    class Point {
      x = 1;
    }
    const circular: Record<string, unknown> = {
      n: 1n,
      f: function go() {},
      u: undefined,
      p: new Point(),
      m: new Map([['k', 1]]),
    };
    circular.self = circular;
    expect(formatValue(toTagged(circular))).toBe(
      [
        '{',
        '  "n": 1n,',
        '  "f": [Function go],',
        '  "u": undefined,',
        '  "p": Point {',
        '    "x": 1',
        '  },',
        '  "m": Map(1) {',
        '    "k" => 1',
        '  },',
        '  "self": [Circular]',
        '}',
      ].join('\n'),
    );
    expect(formatValue(toTagged(new TypeError('bad')))).toBe('TypeError: bad');
    expect(formatValue(toTagged(Promise.resolve()))).toBe('Promise {}');
    expect(formatValue(toTagged(new Date(0)))).toBe('Date(1970-01-01T00:00:00.000Z)');
    expect(formatValue(toTagged(NaN))).toBe('NaN');
  });

  it('keeps plain JSON nested in special values indented', () => {
    expect(formatValue(toTagged([undefined, { a: [1] }]))).toBe(
      '[\n  undefined,\n  {\n    "a": [\n      1\n    ]\n  }\n]',
    );
  });

  it('shows what toJSON gives for objects that define it', () => {
    const value = { toJSON: () => 'as-json' };
    expect(formatValue(toTagged(value))).toBe('Object "as-json"');
  });
});

describe('formatLogArgument', () => {
  it('writes strings as they are and other values on one line', () => {
    expect(formatLogArgument(toTagged('hello'))).toBe('hello');
    expect(formatLogArgument(toTagged({ a: 1, b: [1, 2] }))).toBe('{"a":1,"b":[1,2]}');
    expect(formatLogArgument(toTagged({ e: new Error('x') }))).toBe('{ "e": Error: x }');
  });
});

describe('shownPart', () => {
  it('keeps a short text whole', () => {
    expect(shownPart('abc', 10)).toEqual({ shown: 'abc', hidden: 0 });
  });

  it('cuts a long text at the last line end near the limit, counting the rest', () => {
    const text = `${'a'.repeat(90)}\n${'b'.repeat(50)}`;
    expect(shownPart(text, 100)).toEqual({ shown: 'a'.repeat(90), hidden: 51 });
  });

  it('cuts a long line at the limit when no line ends near it', () => {
    const text = `${'a'.repeat(10)}\n${'b'.repeat(200)}`;
    expect(shownPart(text, 100)).toEqual({ shown: text.slice(0, 100), hidden: 111 });
  });
});
