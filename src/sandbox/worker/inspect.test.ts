import { describe, expect, it } from 'vitest';
import { toTagged } from '../../lib/safe-serialise';
import { consoleText } from './inspect';

const text = (...args: unknown[]) => consoleText(args.map((a) => toTagged(a)));

describe('consoleText (util.inspect as Node prints console arguments)', () => {
  it('prints strings bare at top level and quoted inside, joined by spaces', () => {
    expect(text('module-level info', { a: 1, b: 'x' })).toBe("module-level info { a: 1, b: 'x' }");
    expect(text(["it's", 'a\nb'])).toBe(`[ "it's", 'a\\nb' ]`);
    expect(text({ 'a-b': 1 })).toBe("{ 'a-b': 1 }");
  });

  it('prints primitives, empty containers and built-ins as Node does', () => {
    expect(text(1, -0, NaN, 10n, null, undefined, true, Symbol('s'))).toBe(
      '1 -0 NaN 10n null undefined true Symbol(s)',
    );
    expect(text([], {}, [1, 2])).toBe('[] {} [ 1, 2 ]');
    expect(text(new Map([['k', { v: 1 }]]), new Set([1]))).toBe(
      "Map(1) { 'k' => { v: 1 } } Set(1) { 1 }",
    );
    expect(
      text(
        function named() {},
        () => {},
      ),
    ).toBe('[Function: named] [Function (anonymous)]');
    expect(text(new Date(0), /a+/g)).toBe('1970-01-01T00:00:00.000Z /a+/g');
    class Point {
      x = 1;
    }
    expect(text(new Point())).toBe('Point { x: 1 }');
  });

  it('shows nesting to depth 2, then [Object] and [Array]', () => {
    expect(text({ a: { b: { c: { d: 1 } } } })).toBe('{ a: { b: { c: [Object] } } }');
    expect(text([[[[1]]]])).toBe('[ [ [ [Array] ] ] ]');
  });

  it('breaks an object over lines past 80 characters, indented by 2', () => {
    const value = { first: 'a'.repeat(30), second: 'b'.repeat(30), third: 'c'.repeat(30) };
    expect(text(value)).toBe(
      `{\n  first: '${'a'.repeat(30)}',\n  second: '${'b'.repeat(30)}',\n  third: '${'c'.repeat(30)}'\n}`,
    );
  });

  it('prints an Error as its stack, with its own properties after it', () => {
    const error = new TypeError('bad');
    error.stack = 'TypeError: bad\n    at lambda (function.js:3:9)';
    expect(text(error)).toBe('TypeError: bad\n    at lambda (function.js:2:9)');
    const coded = Object.assign(new Error('x'), { code: 'C' });
    coded.stack = 'Error: x\n    at f (function.js:2:1)';
    expect(text(coded)).toBe("Error: x\n    at f (function.js:1:1) {\n  code: 'C'\n}");
  });

  it('marks circular references', () => {
    const o: Record<string, unknown> = { a: 1 };
    o.self = o;
    expect(text(o)).toBe('{ a: 1, self: [Circular *1] }');
  });
});
