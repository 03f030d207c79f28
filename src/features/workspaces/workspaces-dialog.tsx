import { EVENT_NAMES } from '../../schema/events';
import { useStore } from '../../store/store';
import { defaultWorkspace } from '../../store/workspace-slice';
import { DialogButton, DialogClose } from '../../ui/dialog-button';
import { WorkspaceRow } from './workspace-row';

/** Button `Workspaces` opening the list of saved workspaces: open, new, rename, duplicate, delete with undo. */
export function WorkspacesButton() {
  return (
    <DialogButton label="Workspaces" dialogLabel="Workspaces">
      {(close) => <WorkspaceList onOpened={close} />}
    </DialogButton>
  );
}

function WorkspaceList({ onOpened }: { onOpened: () => void }) {
  const saved = useStore((s) => s.savedWorkspaces);
  const currentId = useStore((s) => s.currentWorkspaceId);
  const event = useStore((s) => s.event);
  const list = saved.map(({ id, name, updatedAt, workspace }) => ({
    id,
    name,
    updatedAt,
    event: id === currentId ? event : workspace.event,
  }));
  const { createWorkspace, switchWorkspace } = useStore.getState();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Workspaces</h2>
        <button
          type="button"
          onClick={() => {
            createWorkspace(defaultWorkspace(event), `Workspace ${list.length + 1}`);
            onOpened();
          }}
          className="rounded bg-sky-700 px-3 py-1 text-sm text-white hover:bg-sky-800"
        >
          New workspace
        </button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Each workspace keeps its own event, payload, code, environment, secrets and mocks. The open
        one is saved as you work.
      </p>
      <ul
        aria-label="Saved workspaces"
        className="flex flex-col divide-y divide-slate-200 dark:divide-slate-700"
      >
        {list.map((w) => (
          <WorkspaceRow
            key={w.id}
            id={w.id}
            name={w.name}
            detail={`${EVENT_NAMES[w.event]} · saved ${new Date(w.updatedAt).toLocaleString()}`}
            current={w.id === currentId}
            onOpen={() => {
              switchWorkspace(w.id);
              onOpened();
            }}
          />
        ))}
      </ul>
      <DialogClose />
    </div>
  );
}
