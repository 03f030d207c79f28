import { useCallback, useMemo, useState } from 'react';
import {
  containerIds,
  initiallyExpanded,
  searchTree,
  visibleRows,
  type TreeRow,
} from './tree-model';
import { idsAlong } from './tree-nodes';

const toggled = (set: ReadonlySet<string>, id: string, present: boolean) => {
  const next = new Set(set);
  if (present) next.add(id);
  else next.delete(id);
  return next;
};

/** The tree's view state (expanded nodes, search, focused and edited row) and its visible rows. */
export function useTreeState(payload: Record<string, unknown>) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => initiallyExpanded(payload));
  const [query, setQueryText] = useState('');
  const [collapsedInSearch, setCollapsedInSearch] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);

  const search = useMemo(() => searchTree(payload, query), [payload, query]);
  const rows = useMemo(
    () => visibleRows(payload, { expanded, search, collapsedInSearch }),
    [payload, expanded, search, collapsedInSearch],
  );
  const activeIndex = useMemo(
    () => (activeId === null ? -1 : rows.findIndex((r) => r.id === activeId)),
    [rows, activeId],
  );

  /** Opens or closes a container row. */
  const setOpen = useCallback(
    (row: TreeRow, open: boolean) => {
      if (search?.ancestors.has(row.id)) setCollapsedInSearch((s) => toggled(s, row.id, !open));
      else setExpanded((s) => toggled(s, row.id, open));
    },
    [search],
  );

  /** Shows the rows along a path (expanding its ancestors, leaving the search) and focuses it. */
  const reveal = useCallback((path: readonly (string | number)[]) => {
    const ids = idsAlong(path);
    const id = ids.pop();
    setExpanded((s) => new Set([...s, ...ids]));
    setQueryText('');
    setActiveId(id ?? null);
  }, []);

  /** Changes the search; when it is cleared, the focused row stays in view. */
  const setQuery = useCallback(
    (text: string) => {
      setQueryText(text);
      setCollapsedInSearch(new Set());
      const activeRow = activeIndex >= 0 ? rows[activeIndex] : undefined;
      if (!text.trim() && activeRow) {
        setExpanded((s) => new Set([...s, ...idsAlong(activeRow.path.slice(0, -1))]));
      }
    },
    [rows, activeIndex],
  );

  return {
    rows,
    query,
    search,
    activeId,
    activeIndex,
    activeRow: activeIndex >= 0 ? rows[activeIndex] : undefined,
    editingId,
    setActiveId,
    setEditingId,
    setOpen,
    setQuery,
    reveal,
    expandAll: useCallback(() => {
      setExpanded(containerIds(payload));
      setCollapsedInSearch(new Set());
    }, [payload]),
    collapseAll: useCallback(() => {
      setExpanded(new Set());
      if (search) setCollapsedInSearch(new Set(search.ancestors));
    }, [search]),
  };
}

/** What useTreeState gives the components. */
export type TreeState = ReturnType<typeof useTreeState>;
