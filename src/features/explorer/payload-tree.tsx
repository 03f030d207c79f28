import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { editorKindFor } from './field-input';
import type { ProblemIndex } from './problem-index';
import { treeKeyAction } from './tree-keys';
import type { TreeRow } from './tree-model';
import { ROW_HEIGHT, TreeRowView } from './tree-row';
import type { TreeState } from './use-tree-state';

/** Props of the virtualised payload tree. */
export interface PayloadTreeProps {
  state: TreeState;
  problems: ProblemIndex;
  /** Sets a field to a value. */
  onCommit: (row: TreeRow, value: unknown) => void;
}

const isEditable = (row: TreeRow) => editorKindFor(row.spec, row.value) !== null;

/** The tree `Payload`: virtualised rows, roving tabindex and the arrow-key pattern. */
export function PayloadTree({ state, problems, onCommit }: PayloadTreeProps) {
  const { rows, activeIndex, editingId, setActiveId, setEditingId, setOpen } = state;
  const scrollRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);
  const baseId = useId();
  const focusIndex = activeIndex >= 0 ? activeIndex : 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // Rows in the first render (the tree is never taller than the window); measured right after.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
    getItemKey: (index) => rows[index]?.id ?? index,
    // The focused row stays rendered, so the tree always keeps its tab stop.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusIndex < rows.length && !indexes.includes(focusIndex)) {
        indexes.push(focusIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
  });

  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    scrollRef.current
      ?.querySelector<HTMLElement>(`[role="treeitem"][data-index="${focusIndex}"]`)
      ?.focus({ preventScroll: true });
  });

  // The active row is scrolled into view when it changes (keys, reveal, a new item).
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const focusRow = (index: number) => {
    const row = rows[index];
    if (!row) return;
    setActiveId(row.id);
    wantFocus.current = true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.getAttribute('role') !== 'treeitem') return;
    const index = Number(target.dataset.index);
    const action = treeKeyAction(e.key, rows, index, isEditable);
    if (!action) return;
    e.preventDefault();
    const row = rows[action.index]!;
    if (action.type === 'focus') focusRow(action.index);
    else if (action.type === 'expand' || action.type === 'collapse')
      setOpen(row, action.type === 'expand');
    else setEditingId(row.id);
  };

  const onActivate = useCallback(
    (index: number) => setActiveId(rows[index]?.id ?? null),
    [rows, setActiveId],
  );
  const onToggle = useCallback((row: TreeRow) => setOpen(row, !row.expanded), [setOpen]);
  const onStartEdit = useCallback(
    (row: TreeRow) => {
      setActiveId(row.id);
      setEditingId(row.id);
    },
    [setActiveId, setEditingId],
  );
  const endEdit = useCallback(() => {
    setEditingId(null);
    wantFocus.current = true;
  }, [setEditingId]);
  const onCommitRow = useCallback(
    (row: TreeRow, value: unknown) => {
      onCommit(row, value);
      endEdit();
    },
    [onCommit, endEdit],
  );

  return (
    <>
      {rows.length === 0 && (
        <p className="p-3 text-xs text-slate-500 dark:text-slate-400">
          {state.search ? `No field matches “${state.query.trim()}”.` : 'The payload is empty.'}
        </p>
      )}
      <div
        ref={scrollRef}
        role="tree"
        aria-label="Payload"
        onKeyDown={onKeyDown}
        className="relative min-h-0 flex-1 overflow-auto"
      >
        <div style={{ height: virtualizer.getTotalSize() }} className="relative w-full">
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <TreeRowView
                key={row.id}
                row={row}
                index={item.index}
                top={item.start}
                active={item.index === activeIndex}
                tabbable={item.index === focusIndex}
                editing={row.id === editingId}
                problems={problems.byId.get(row.id)}
                problemsBelow={problems.inside.has(row.id)}
                descriptionId={`${baseId}-d${item.index}`}
                onActivate={onActivate}
                onToggle={onToggle}
                onStartEdit={onStartEdit}
                onCommit={onCommitRow}
                onCancelEdit={endEdit}
              />
            );
          })}
        </div>
      </div>
    </>
  );
}
