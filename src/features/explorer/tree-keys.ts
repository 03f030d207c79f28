// What a key pressed on a tree row does (WAI-ARIA tree pattern), as a pure decision.
import type { TreeRow } from './tree-model';

/** The effect of a key on the focused row. */
export type TreeKeyAction =
  | { type: 'focus'; index: number }
  | { type: 'expand'; index: number }
  | { type: 'collapse'; index: number }
  | { type: 'edit'; index: number };

/** Index of a row's parent among the rows, or -1 for a top-level row. */
export function parentIndex(rows: readonly TreeRow[], index: number): number {
  const depth = rows[index]?.depth ?? 0;
  for (let i = index - 1; i >= 0; i -= 1) if (rows[i]!.depth < depth) return i;
  return -1;
}

/** Decides what a key does on the row at index; null when the key is not the tree's. */
export function treeKeyAction(
  key: string,
  rows: readonly TreeRow[],
  index: number,
  editable: (row: TreeRow) => boolean,
): TreeKeyAction | null {
  const row = rows[index];
  if (!row) return rows.length ? { type: 'focus', index: 0 } : null;
  const last = rows.length - 1;
  switch (key) {
    case 'ArrowDown':
      return { type: 'focus', index: Math.min(last, index + 1) };
    case 'ArrowUp':
      return { type: 'focus', index: Math.max(0, index - 1) };
    case 'Home':
      return { type: 'focus', index: 0 };
    case 'End':
      return { type: 'focus', index: last };
    case 'ArrowRight':
      if (row.expandable && !row.expanded) return { type: 'expand', index };
      if (row.expanded && rows[index + 1]?.depth === row.depth + 1)
        return { type: 'focus', index: index + 1 };
      return { type: 'focus', index };
    case 'ArrowLeft': {
      if (row.expanded) return { type: 'collapse', index };
      const parent = parentIndex(rows, index);
      return { type: 'focus', index: parent === -1 ? index : parent };
    }
    case 'Enter':
    case 'F2':
      if (editable(row)) return { type: 'edit', index };
      if (key === 'Enter' && row.expandable)
        return { type: row.expanded ? 'collapse' : 'expand', index };
      return { type: 'focus', index };
    default:
      return null;
  }
}
