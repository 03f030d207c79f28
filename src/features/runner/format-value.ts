/**
 * Text for tagged values: plain JSON exactly as `JSON.stringify(value, null, 2)` writes it, and
 * everything JSON cannot carry marked for what it is (`[Function f]`, `[Circular]`, `10n`...).
 */
import { isPlainJson, taggedToJson, type Tagged } from '../../lib/safe-serialise';
import { scalarText } from '../../lib/tagged-text';
import { formatCount } from '../../lib/format-count';

const key = (k: string) => JSON.stringify(k);

function scalar(value: Tagged): string | null {
  switch (value.t) {
    case 'string':
      return (
        JSON.stringify(value.v) +
        (value.cut ? ` … (${formatCount(value.cut)} more characters)` : '')
      );
    case 'function':
      return `[Function ${value.name || '(anonymous)'}]`;
    case 'promise':
      return 'Promise {}';
    default:
      return scalarText(value);
  }
}

function block(
  open: string,
  close: string,
  items: string[],
  more: number | undefined,
  pad: string,
  inner: string,
  inline: boolean,
): string {
  const all = more ? [...items, `… ${formatCount(more)} more`] : items;
  if (all.length === 0) return `${open}${close}`;
  return inline
    ? `${open} ${all.join(', ')} ${close}`
    : `${open}\n${all.map((i) => inner + i).join(',\n')}\n${pad}${close}`;
}

function render(value: Tagged, depth: number, inline: boolean): string {
  const simple = scalar(value);
  if (simple !== null) return simple;
  if (isPlainJson(value)) {
    const json = JSON.stringify(taggedToJson(value), null, inline ? undefined : 2);
    return inline ? json : json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
  }
  const pad = '  '.repeat(depth);
  const inner = inline ? '' : '  '.repeat(depth + 1);
  const next = (v: Tagged) => render(v, depth + 1, inline);
  switch (value.t) {
    case 'array':
      return block('[', ']', value.items.map(next), value.more, pad, inner, inline);
    case 'set':
      return block(
        `Set(${value.items.length + (value.more ?? 0)}) [`,
        ']',
        value.items.map(next),
        value.more,
        pad,
        inner,
        inline,
      );
    case 'map':
      return block(
        `Map(${value.entries.length + (value.more ?? 0)}) {`,
        '}',
        value.entries.map(([k, v]) => `${next(k)} => ${next(v)}`),
        value.more,
        pad,
        inner,
        inline,
      );
    case 'object': {
      if (value.json) return `${value.ctor ?? 'Object'} ${next(value.json)}`;
      const body = block(
        '{',
        '}',
        value.entries.map(([k, v]) => `${key(k)}: ${next(v)}`),
        value.more,
        pad,
        inner,
        inline,
      );
      return value.ctor ? `${value.ctor} ${body}` : body;
    }
    case 'error': {
      const head = `${value.name}: ${value.message}`;
      return value.entries.length === 0
        ? head
        : `${head} ${block(
            '{',
            '}',
            value.entries.map(([k, v]) => `${key(k)}: ${next(v)}`),
            undefined,
            pad,
            inner,
            inline,
          )}`;
    }
    default:
      return '';
  }
}

/** Multi-line text of a value; plain JSON is formatted exactly as `JSON.stringify(value, null, 2)`. */
export function formatValue(value: Tagged): string {
  return render(value, 0, false);
}

/** One-line text of a console argument: strings as they are, other values compact. */
export function formatLogArgument(value: Tagged): string {
  return value.t === 'string'
    ? value.v + (value.cut ? ` … (${formatCount(value.cut)} more characters)` : '')
    : render(value, 0, true);
}

/** Most characters of a value's text the Result view lays out: laying out more stalls the page. */
const SHOWN_CHARS = 50_000;

/**
 * The part of `text` the Result view shows (cut at a line end near `max` when there is one) and
 * how many characters it leaves out.
 */
export function shownPart(text: string, max = SHOWN_CHARS): { shown: string; hidden: number } {
  if (text.length <= max) return { shown: text, hidden: 0 };
  const lineEnd = text.lastIndexOf('\n', max);
  const end = lineEnd > max * 0.8 ? lineEnd : max;
  return { shown: text.slice(0, end), hidden: text.length - end };
}
