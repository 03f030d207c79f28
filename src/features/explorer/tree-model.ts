// The explorer's tree as flat rows: what is visible given the expanded nodes and a search.
import type { FieldSpec } from '../../schema/field-spec';
import { childId, forEachChild, kindOf, rootSpec, sizeOf, type ValueKind } from './tree-nodes';

/** One visible row of the tree. */
export interface TreeRow {
  /** The path as JavaScript (`dialogs[0].dialogId`); unique. */
  id: string;
  path: (string | number)[];
  /** Property name, or `[i]` for an array item. */
  key: string;
  /** 0 for top-level fields. */
  depth: number;
  value: unknown;
  kind: ValueKind;
  /** Documentation; undefined for fields the documentation does not list. */
  spec: FieldSpec | undefined;
  /** Number of children (objects and arrays). */
  size: number;
  expandable: boolean;
  expanded: boolean;
  /** 1-based position among its visible siblings, and their count. */
  posinset: number;
  setsize: number;
  /** Whether the row itself matches the search. */
  matched: boolean;
}

/** The outcome of a search: matching ids and the ids of their ancestors. */
export interface TreeSearch {
  query: string;
  matched: Set<string>;
  ancestors: Set<string>;
}

/** Lower-cased search text with a leading `input.payload.` removed. */
export function normalizeQuery(query: string): string {
  return query
    .trim()
    .toLowerCase()
    .replace(/^(?:input\.)?payload(?:\.|$)/, '');
}

const descriptions = new WeakMap<FieldSpec, string>();
const descriptionOf = (spec: FieldSpec): string => {
  let text = descriptions.get(spec);
  if (text === undefined)
    descriptions.set(spec, (text = spec.meta?.description.toLowerCase() ?? ''));
  return text;
};

const isContainer = (value: unknown) => value !== null && typeof value === 'object';

/** Finds fields whose key, path, description or value contains the query; null for an empty query. */
export function searchTree(payload: unknown, rawQuery: string): TreeSearch | null {
  const query = normalizeQuery(rawQuery);
  if (!query) return null;
  const matched = new Set<string>();
  const ancestors = new Set<string>();
  const walk = (
    value: unknown,
    spec: FieldSpec | undefined,
    id: string,
    lower: string,
  ): boolean => {
    let found = false;
    forEachChild(value, spec, (key, child, childSpec) => {
      const cid = childId(id, key);
      const clower = typeof key === 'number' ? `${lower}[${key}]` : cid.toLowerCase();
      const text = isContainer(child) || child === undefined ? '' : String(child).toLowerCase();
      const hit =
        clower.includes(query) ||
        text.includes(query) ||
        (childSpec !== undefined && descriptionOf(childSpec).includes(query));
      if (hit) matched.add(cid);
      const below = isContainer(child) && walk(child, childSpec, cid, clower);
      if (below) ancestors.add(cid);
      found = found || hit || below;
    });
    return found;
  };
  walk(payload, rootSpec, '', '');
  return { query, matched, ancestors };
}

/** How the rows are chosen. */
export interface RowOptions {
  /** Ids of expanded containers (outside a search, or below a matching container). */
  expanded: ReadonlySet<string>;
  /** The active search, if any: only matches and their ancestors are shown. */
  search?: TreeSearch | null;
  /** Ancestors of matches the user collapsed during the search. */
  collapsedInSearch?: ReadonlySet<string>;
}

/** The visible rows, depth first. */
export function visibleRows(payload: unknown, options: RowOptions): TreeRow[] {
  const { expanded, search, collapsedInSearch } = options;
  const rows: TreeRow[] = [];
  const kept = (id: string) => search!.matched.has(id) || search!.ancestors.has(id);
  const walk = (
    value: unknown,
    spec: FieldSpec | undefined,
    parentId: string,
    parentPath: (string | number)[],
    depth: number,
    filtered: boolean,
  ) => {
    const children: [string | number, unknown, FieldSpec | undefined, string][] = [];
    forEachChild(value, spec, (key, child, childSpec) => {
      const id = childId(parentId, key);
      if (!filtered || kept(id)) children.push([key, child, childSpec, id]);
    });
    children.forEach(([key, child, childSpec, id], index) => {
      const kind = kindOf(child);
      const expandable = kind === 'object' || kind === 'array';
      const filterBelow = filtered && search!.ancestors.has(id);
      const open = expandable && (filterBelow ? !collapsedInSearch?.has(id) : expanded.has(id));
      const path = [...parentPath, key];
      rows.push({
        id,
        path,
        key: typeof key === 'number' ? `[${key}]` : key,
        depth,
        value: child,
        kind,
        spec: childSpec,
        size: sizeOf(child),
        expandable,
        expanded: open,
        posinset: index + 1,
        setsize: children.length,
        matched: filtered && search!.matched.has(id),
      });
      if (open) walk(child, childSpec, id, path, depth + 1, filterBelow);
    });
  };
  walk(payload, rootSpec, '', [], 0, Boolean(search));
  return rows;
}

/** Ids of every object and array in the payload (for Expand all). */
export function containerIds(payload: unknown): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown, spec: FieldSpec | undefined, id: string) =>
    forEachChild(value, spec, (key, child, childSpec) => {
      if (!isContainer(child)) return;
      const cid = childId(id, key);
      ids.add(cid);
      walk(child, childSpec, cid);
    });
  walk(payload, rootSpec, '');
  return ids;
}

/** The ids expanded at first: the top-level objects (not arrays). */
export function initiallyExpanded(payload: Record<string, unknown>): Set<string> {
  return new Set(
    Object.keys(payload)
      .filter((key) => kindOf(payload[key]) === 'object')
      .map((key) => childId('', key)),
  );
}
