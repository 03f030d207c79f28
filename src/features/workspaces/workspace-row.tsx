import { useState } from 'react';
import { useStore } from '../../store/store';

/** Props of one saved workspace in the list. */
export interface WorkspaceRowProps {
  id: string;
  name: string;
  detail: string;
  current: boolean;
  onOpen: () => void;
}

const small = 'rounded px-2 py-0.5 text-xs border border-slate-300 dark:border-slate-600';

/** One saved workspace: open it, rename it inline, duplicate it, delete it (with Undo in a notice). */
export function WorkspaceRow({ id, name, detail, current, onOpen }: WorkspaceRowProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const {
    renameWorkspace,
    duplicateWorkspace,
    deleteWorkspace,
    restoreWorkspace,
    pushNotice,
    dismissNotice,
  } = useStore.getState();
  const commit = () => {
    if (draft.trim()) renameWorkspace(id, draft.trim());
    setEditing(false);
  };
  const remove = () => {
    const removed = deleteWorkspace(id);
    if (!removed) return;
    pushNotice({
      id: 'workspace-deleted',
      tone: 'info',
      message: `Deleted the workspace "${removed.name}".`,
      actions: [
        {
          label: 'Undo',
          run: () => {
            restoreWorkspace(removed);
            dismissNotice('workspace-deleted');
          },
        },
      ],
    });
  };
  return (
    <li aria-current={current || undefined} className="flex items-center gap-2 py-2">
      <div className="min-w-0 flex-1">
        {editing ? (
          <input
            aria-label="Workspace name"
            autoFocus
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') {
                e.preventDefault();
                setDraft(name);
                setEditing(false);
              }
            }}
            className="w-full rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-800"
          />
        ) : (
          <button
            type="button"
            onClick={onOpen}
            className="block max-w-full truncate text-left font-medium hover:underline"
          >
            {name}
            {current && <span className="ml-2 text-xs text-sky-700 dark:text-sky-300">(open)</span>}
          </button>
        )}
        <div className="truncate text-xs text-slate-500 dark:text-slate-400">{detail}</div>
      </div>
      <button
        type="button"
        className={small}
        aria-label={`Rename ${name}`}
        onClick={() => setEditing(true)}
      >
        Rename
      </button>
      <button
        type="button"
        className={small}
        aria-label={`Duplicate ${name}`}
        onClick={() => duplicateWorkspace(id)}
      >
        Duplicate
      </button>
      <button type="button" className={small} aria-label={`Delete ${name}`} onClick={remove}>
        Delete
      </button>
    </li>
  );
}
