/**
 * Node's console text for values, as `util.inspect` (depth 2, break length 80) prints them, from
 * their tagged trees: strings bare at top level and quoted inside, `{ a: 1, b: 'x' }`, `[ 1, 2 ]`,
 * `[Object]` past depth 2, an Error as its stack. Node's grouping of long arrays in columns and
 * `%s`-style format strings are not reproduced. It runs after user code: captured built-ins only.
 */
import {
  append,
  charCodeOf,
  countText,
  execPattern,
  indexOfText,
  textOf,
} from '../../lib/intrinsics';
import type { Tagged, TaggedEntry } from '../../lib/safe-serialise';
import { userStack } from './error-info';

/** How deep Node's console shows nested objects. */
const DEPTH = 2;
const BREAK_LENGTH = 80;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z_$0-9]*$/;

/** `text` quoted as Node quotes strings: single quotes unless the text holds one and no double quote. */
function quote(text: string): string {
  const q = indexOfText(text, "'") >= 0 && indexOfText(text, '"') < 0 ? '"' : "'";
  let out = q;
  for (let i = 0; i < text.length; i++) {
    const c = charCodeOf(text, i);
    if (c === 10) out += '\\n';
    else if (c === 9) out += '\\t';
    else if (c === 13) out += '\\r';
    else if (c === 92) out += '\\\\';
    else if (q === "'" && c === 39) out += "\\'";
    else out += text[i];
  }
  return out + q;
}

function keyText(key: string): string {
  return execPattern(IDENTIFIER, key) ? key : quote(key);
}

/** Adds Node's `... N more items` to `parts` when some were left out. */
function withMore(parts: string[], more: number | undefined, one: string, many: string): string[] {
  if (more) append(parts, `... ${countText(more)} more ${more === 1 ? one : many}`);
  return parts;
}

function indent(level: number): string {
  let out = '';
  for (let i = 0; i < level; i++) out += ' ';
  return out;
}

/** Joins entries on one line when they fit in the break length, else one per line (Node's rule). */
function braces(base: string, open: string, close: string, parts: string[], level: number): string {
  const prefix = base ? `${base} ` : '';
  if (parts.length === 0) return `${prefix}${open}${close}`;
  let total = parts.length + parts.length + level + open.length + base.length + 10;
  let joined = '';
  for (let i = 0; i < parts.length; i++) {
    total += parts[i]!.length;
    joined = i === 0 ? parts[i]! : `${joined}, ${parts[i]!}`;
  }
  if (total <= BREAK_LENGTH && indexOfText(joined + base, '\n') < 0)
    return `${prefix}${open} ${joined} ${close}`;
  const pad = `\n${indent(level)}  `;
  let lines = '';
  for (let i = 0; i < parts.length; i++) lines += (i === 0 ? pad : `,${pad}`) + parts[i]!;
  return `${prefix}${open}${lines}\n${indent(level)}${close}`;
}

function entryParts(entries: TaggedEntry[], depth: number, level: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    append(parts, `${keyText(entry[0])}: ${inspect(entry[1], depth + 1, level + 2)}`);
  }
  return parts;
}

function inspect(value: Tagged, depth: number, level: number): string {
  switch (value.t) {
    case 'undefined':
    case 'null':
      return value.t;
    case 'boolean':
    case 'number':
      return textOf(value.v);
    case 'string':
      return quote(value.v) + (value.cut ? `... ${countText(value.cut)} more characters` : '');
    case 'bigint':
      return `${value.v}n`;
    case 'symbol':
      return `Symbol(${value.v})`;
    case 'function':
      return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
    case 'date':
      return value.v ?? 'Invalid Date';
    case 'regexp':
      return value.v;
    case 'promise':
      return 'Promise { <pending> }';
    case 'circular':
      return '[Circular *1]';
    case 'thrown':
      return `[Getter: threw ${value.message}]`;
    case 'cut':
      return '[Object]';
    case 'accessor':
      return value.get && value.set ? '[Getter/Setter]' : value.get ? '[Getter]' : '[Setter]';
    case 'error': {
      const stack = value.stack ? userStack(value.stack).stack : '';
      const head = stack || `${value.name}: ${value.message}`;
      const own = entryParts(value.entries, depth, level);
      return own.length > 0 ? braces(head, '{', '}', own, level) : head;
    }
    case 'array':
      if (depth > DEPTH) return '[Array]';
      return braces('', '[', ']', items(value.items, value.more, depth, level), level);
    case 'set': {
      if (depth > DEPTH) return '[Set]';
      const size = countText(value.items.length + (value.more ?? 0));
      return braces(`Set(${size})`, '{', '}', items(value.items, value.more, depth, level), level);
    }
    case 'map': {
      if (depth > DEPTH) return '[Map]';
      const parts: string[] = [];
      for (let i = 0; i < value.entries.length; i++) {
        const pair = value.entries[i]!;
        const key = inspect(pair[0], depth + 1, level + 2);
        append(parts, `${key} => ${inspect(pair[1], depth + 1, level + 2)}`);
      }
      const size = countText(value.entries.length + (value.more ?? 0));
      return braces(`Map(${size})`, '{', '}', withMore(parts, value.more, 'item', 'items'), level);
    }
    case 'object': {
      if (depth > DEPTH) return value.ctor ? `[${value.ctor}]` : '[Object]';
      const parts = withMore(
        entryParts(value.entries, depth, level),
        value.more,
        'property',
        'properties',
      );
      return braces(value.ctor ?? '', '{', '}', parts, level);
    }
  }
}

function items(list: Tagged[], more: number | undefined, depth: number, level: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < list.length; i++) append(parts, inspect(list[i]!, depth + 1, level + 2));
  return withMore(parts, more, 'item', 'items');
}

/** What Node's console prints for a call with `args`: each inspected (strings bare), joined by spaces. */
export function consoleText(args: readonly Tagged[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const text =
      arg.t === 'string'
        ? arg.v + (arg.cut ? `... ${countText(arg.cut)} more characters` : '')
        : inspect(arg, 0, 0);
    out = i === 0 ? text : `${out} ${text}`;
  }
  return out;
}
