import { describe, expect, it } from 'vitest';
import {
  lineColumnAt,
  offsetFromMessage,
  parsePayloadText,
  syntaxErrorOffset,
  tidyMessage,
} from './json-text';

describe('lineColumnAt', () => {
  it('counts lines and columns from 1', () => {
    const text = 'ab\ncd\n\nef';
    expect(lineColumnAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt(text, 7)).toEqual({ line: 4, column: 1 });
    expect(lineColumnAt(text, 99)).toEqual({ line: 4, column: 3 });
  });
});

describe('syntaxErrorOffset', () => {
  it.each([
    ['{"a": 1}', null],
    [' [1, -2.5e3, "x\\u00e9", true, false, null, {}] ', null],
    ['{"a": x}', 6],
    ['{"a": tru}', 9],
    ['{"a":1,}', 7],
    ['[1,]', 3],
    ['{"a":1', 6],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a": 01}', 7],
    ['{"a": 1.}', 8],
    ['"bad \\q"', 6],
    ['"line\nbreak"', 5],
    ['[1] x', 4],
    ['', 0],
    ['nul', 3],
  ])('%j -> %s', (text, offset) => {
    expect(syntaxErrorOffset(text)).toBe(offset);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    for (const text of ['{"a": [1, {"b": null}]}', '{"a": [1, {"b": nul}]}', '{,}', '"\\u12"']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(syntaxErrorOffset(text) === null).toBe(valid);
    }
  });
});

describe('offsetFromMessage', () => {
  it('reads V8 positions, line/column pairs and the end of input', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    expect(offsetFromMessage("Expected ',' in JSON at position 13", text)).toBe(13);
    expect(offsetFromMessage("Expected ',' at line 3 column 3 of the JSON data", text)).toBe(13);
    expect(offsetFromMessage('Unexpected end of JSON input', text)).toBe(text.length);
    expect(offsetFromMessage('Unexpected token \'x\', "{x}" is not valid JSON', text)).toBeNull();
  });
});

describe('tidyMessage', () => {
  it('drops positions and the echoed text', () => {
    expect(
      tidyMessage(
        "Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)",
      ),
    ).toBe("Expected ',' or '}' after property value");
    expect(tidyMessage('Unexpected token \'x\', "{"a": x}" is not valid JSON')).toBe(
      "Unexpected token 'x'",
    );
    expect(tidyMessage('Unexpected token \'x\', ..."e, "a": x}"... is not valid JSON')).toBe(
      "Unexpected token 'x'",
    );
  });
});

describe('parsePayloadText', () => {
  it('returns the object for valid text', () => {
    expect(parsePayloadText('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('gives line and column of a missing comma', () => {
    const result = parsePayloadText('{\n  "a": 1\n  "b": 2\n}');
    expect(result).toEqual({
      ok: false,
      error: { line: 3, column: 3, message: "Expected ',' or '}' after property value" },
    });
  });

  it('finds the position itself when the message has none', () => {
    const result = parsePayloadText('{\n  "a": x\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ line: 2, column: 8 });
  });

  it('points at the end for truncated text', () => {
    const result = parsePayloadText('{\n  "a": [1, 2');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ line: 2, column: 13 });
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['[1]', '5', 'null', '"x"']) {
      const result = parsePayloadText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/must be a JSON object/);
    }
  });
});
