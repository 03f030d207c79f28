import { describe, expect, it } from 'vitest';
import type { Tagged } from './safe-serialise';
import { scalarText } from './tagged-text';

describe('scalarText', () => {
  it('writes the values every view shows alike', () => {
    const cases: [Tagged, string][] = [
      [{ t: 'undefined' }, 'undefined'],
      [{ t: 'null' }, 'null'],
      [{ t: 'boolean', v: false }, 'false'],
      [{ t: 'number', v: -0.5 }, '-0.5'],
      [{ t: 'bigint', v: '10' }, '10n'],
      [{ t: 'symbol', v: 'id' }, 'Symbol(id)'],
      [{ t: 'date', v: null }, 'Date(Invalid Date)'],
      [{ t: 'regexp', v: '/a+/g' }, '/a+/g'],
      [{ t: 'circular' }, '[Circular]'],
      [{ t: 'thrown', message: 'boom' }, '[Thrown: boom]'],
      [{ t: 'cut' }, '…'],
      [{ t: 'accessor', get: true, set: false }, '[Getter]'],
      [{ t: 'accessor', get: true, set: true }, '[Getter/Setter]'],
    ];
    for (const [value, text] of cases) expect(scalarText(value)).toBe(text);
  });

  it('leaves strings, functions, promises and containers to each view', () => {
    const cases: Tagged[] = [
      { t: 'string', v: 'a' },
      { t: 'function', name: 'f' },
      { t: 'promise' },
      { t: 'array', items: [] },
      { t: 'object', ctor: null, entries: [] },
    ];
    for (const value of cases) expect(scalarText(value)).toBeNull();
  });
});
