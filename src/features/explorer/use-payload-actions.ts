import { useCallback, useMemo } from 'react';
import { examplePayload } from '../../schema/example-payload';
import { useStore } from '../../store/store';
import { addArrayItem, editField, removeField, resetField } from './payload-edits';
import type { TreeRow } from './tree-model';
import { childId } from './tree-nodes';
import type { TreeState } from './use-tree-state';

const RESET_NOTICE = 'payload-reset';

/** The explorer's changes to the payload in the store: edit, reset, add and remove. */
export function usePayloadActions(tree: TreeState) {
  const setPayload = useStore((s) => s.setPayload);
  const pushNotice = useStore((s) => s.pushNotice);
  const dismissNotice = useStore((s) => s.dismissNotice);
  const { setOpen, setActiveId, setEditingId } = tree;
  const current = () => useStore.getState().payload;

  const commit = useCallback(
    (row: TreeRow, value: unknown) => setPayload(editField(current(), row.path, value)),
    [setPayload],
  );

  const resetAll = useCallback(() => {
    const previous = current();
    setPayload(examplePayload());
    pushNotice({
      id: RESET_NOTICE,
      tone: 'info',
      message: 'The payload is back to the documented example.',
      actions: [
        {
          label: 'Undo',
          run: () => {
            setPayload(previous);
            dismissNotice(RESET_NOTICE);
          },
        },
      ],
    });
  }, [setPayload, pushNotice, dismissNotice]);

  return useMemo(
    () => ({
      commit,
      resetAll,
      onEdit: (row: TreeRow) => setEditingId(row.id),
      onReset: (row: TreeRow) => setPayload(resetField(current(), row.path)),
      onRemove: (row: TreeRow) => setPayload(removeField(current(), row.path)),
      onAddItem: (row: TreeRow) => {
        setPayload(addArrayItem(current(), row.path));
        if (!row.expanded) setOpen(row, true);
        setActiveId(childId(row.id, row.size));
      },
    }),
    [commit, resetAll, setPayload, setOpen, setActiveId, setEditingId],
  );
}
