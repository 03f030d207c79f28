// Parsing the raw JSON view's text: a payload object, or a syntax error with line and column.

/** Where a JSON text goes wrong, 1-based, with a message a person understands. */
export interface JsonTextError {
  line: number;
  column: number;
  message: string;
}

/** The result of reading the raw view's text. */
export type JsonObjectResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; error: JsonTextError };

/** 1-based line and column of a character offset in text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line += 1;
  return { line, column: before.length - lineStart + 1 };
}

class JsonStop {
  constructor(readonly offset: number) {}
}

/** Offset of the first character that breaks JSON syntax, or null when the text is valid JSON. */
export function syntaxErrorOffset(text: string): number | null {
  let i = 0;
  const n = text.length;
  const fail = (at: number): never => {
    throw new JsonStop(at);
  };
  const space = () => {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i += 1;
  };
  const digits = () => {
    const start = i;
    while (i < n && text[i]! >= '0' && text[i]! <= '9') i += 1;
    if (i === start) fail(i);
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(i);
      i += 1;
    }
  };
  const string = () => {
    i += 1;
    for (;;) {
      if (i >= n) fail(n);
      const ch = text[i]!;
      if (ch === '"') return void (i += 1);
      if (ch < ' ') fail(i);
      if (ch === '\\') {
        i += 1;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k += 1) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(i + k);
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail(i);
      }
      i += 1;
    }
  };
  const number = () => {
    if (text[i] === '-') i += 1;
    if (text[i] === '0') i += 1;
    else digits();
    if (text[i] === '.') {
      i += 1;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      digits();
    }
  };
  const members = (close: string, member: () => void) => {
    i += 1;
    space();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      member();
      space();
      if (text[i] === ',') i += 1;
      else if (text[i] === close) return void (i += 1);
      else fail(i);
    }
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{')
      members('}', () => {
        space();
        if (text[i] !== '"') fail(i);
        string();
        space();
        if (text[i] !== ':') fail(i);
        i += 1;
        value();
      });
    else if (ch === '[') members(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail(i);
  };
  try {
    value();
    space();
    if (i < n) fail(i);
    return null;
  } catch (stop) {
    if (stop instanceof JsonStop) return stop.offset;
    throw stop;
  }
}

/** The offset a JSON.parse message names (`position N`, or `line L column C`), if any. */
export function offsetFromMessage(message: string, text: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line += 1) {
      const next = text.indexOf('\n', offset);
      if (next === -1) break;
      offset = next + 1;
    }
    return offset + Number(lineColumn[2]) - 1;
  }
  if (/unexpected end/i.test(message)) return text.length;
  return null;
}

/** JSON.parse's message without the position details and the echoed text. */
export function tidyMessage(message: string): string {
  return message
    .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/\s*in JSON at position \d+(?: \(line \d+ column \d+\))?/, '')
    .replace(/^JSON\.parse: /, '');
}

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/** Reads the raw view's text as a payload: a JSON object, or where and why it is not one. */
export function parsePayloadText(text: string): JsonObjectResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = offsetFromMessage(message, text) ?? syntaxErrorOffset(text) ?? 0;
    return { ok: false, error: { ...lineColumnAt(text, offset), message: tidyMessage(message) } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      error: {
        line: 1,
        column: 1,
        message: `The payload must be a JSON object ({ … }), but this is ${kindOf(value)}.`,
      },
    };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
