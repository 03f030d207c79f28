/**
 * Short one-line text of recorded (tagged) values for the debugger, capped in depth, entries and
 * string length with every cut counted, and the children an expandable value shows in the tree.
 */
import type { Tagged } from '../../lib/safe-serialise';
import { scalarText } from '../../lib/tagged-text';
import { formatCount } from '../../lib/format-count';

/** How far a preview goes before it cuts. */
export interface PreviewCaps {
  depth: number;
  entries: number;
  string: number;
}

/** The caps of the Variables tree's and the inline values' previews. */
export const PREVIEW_CAPS: PreviewCaps = { depth: 2, entries: 5, string: 60 };

const more = (count: number) => `… ${formatCount(count)} more`;

function quoted(value: string, cut: number | undefined, caps: PreviewCaps): string {
  const over = value.length - caps.string;
  const shown = over > 0 ? value.slice(0, caps.string) : value;
  const hidden = (over > 0 ? over : 0) + (cut ?? 0);
  return JSON.stringify(shown) + (hidden ? `… (${formatCount(hidden)} more characters)` : '');
}

function list(items: string[], hidden: number, open: string, close: string): string {
  const all = hidden ? [...items, more(hidden)] : items;
  return all.length ? `${open}${all.join(', ')}${close}` : `${open}${close}`;
}

function render(value: Tagged, depth: number, caps: PreviewCaps): string {
  const inner = (v: Tagged) => render(v, depth + 1, caps);
  const deep = depth >= caps.depth;
  switch (value.t) {
    case 'string':
      return quoted(value.v, value.cut, caps);
    case 'function':
      return `ƒ ${value.name || '(anonymous)'}`;
    case 'promise':
      return 'Promise';
    case 'error':
      return `${value.name}: ${value.message}`;
    case 'array': {
      const total = value.items.length + (value.more ?? 0);
      if (deep) return `Array(${total})`;
      const shown = value.items.slice(0, caps.entries).map(inner);
      return list(shown, total - shown.length, '[', ']');
    }
    case 'set': {
      const total = value.items.length + (value.more ?? 0);
      if (deep) return `Set(${total})`;
      const shown = value.items.slice(0, caps.entries).map(inner);
      return `Set(${total}) ${list(shown, total - shown.length, '{', '}')}`;
    }
    case 'map': {
      const total = value.entries.length + (value.more ?? 0);
      if (deep) return `Map(${total})`;
      const shown = value.entries
        .slice(0, caps.entries)
        .map(([k, v]) => `${inner(k)} => ${inner(v)}`);
      return `Map(${total}) ${list(shown, total - shown.length, '{', '}')}`;
    }
    case 'object': {
      if (value.json) return `${value.ctor ?? 'Object'} ${render(value.json, depth, caps)}`;
      const prefix = value.ctor && value.ctor !== 'Object' ? `${value.ctor} ` : '';
      const total = value.entries.length + (value.more ?? 0);
      if (deep) return total ? `${prefix}{…}` : `${prefix}{}`;
      const shown = value.entries
        .slice(0, caps.entries)
        .map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${inner(v)}`);
      return prefix + list(shown, total - shown.length, '{', '}');
    }
    default:
      return scalarText(value) ?? '…';
  }
}

/** One-line preview of a recorded value, cut at `caps` (each cut counted). */
export function previewValue(value: Tagged, caps: PreviewCaps = PREVIEW_CAPS): string {
  return render(value, 0, caps);
}

/** A child of an expandable value in the tree: its key and value. */
export interface ValueChild {
  key: string;
  value: Tagged;
}

/** What an expanded value shows: its children, and how many the recording left out. */
export interface ValueChildren {
  children: ValueChild[];
  more: number;
}

/** The children of an expandable value (array, object, map, set, error with fields), or null. */
export function childrenOf(value: Tagged): ValueChildren | null {
  switch (value.t) {
    case 'array':
      return {
        children: value.items.map((v, i) => ({ key: String(i), value: v })),
        more: value.more ?? 0,
      };
    case 'set':
      return {
        children: value.items.map((v, i) => ({ key: String(i), value: v })),
        more: value.more ?? 0,
      };
    case 'map':
      return {
        children: value.entries.map(([k, v]) => ({ key: previewValue(k), value: v })),
        more: value.more ?? 0,
      };
    case 'object':
      if (value.json) return childrenOf(value.json);
      return {
        children: value.entries.map(([k, v]) => ({ key: k, value: v })),
        more: value.more ?? 0,
      };
    case 'error':
      return value.entries.length
        ? { children: value.entries.map(([k, v]) => ({ key: k, value: v })), more: 0 }
        : null;
    default:
      return null;
  }
}
