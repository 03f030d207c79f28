import { useState } from 'react';
import { DialogButton, DialogClose } from '../../ui/dialog-button';
import { cliFunctionName, exportCliZip } from '../../lib/cli-project';
import { downloadBytes, downloadText } from '../../lib/storage';
import { useStore } from '../../store/store';
import { pickWorkspace } from '../../schema/workspace';
import { importFile } from './file-import';

const button = 'rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600';

/** Button `Import / Export`: payload JSON download and upload, CLI project zip export and import. */
export function ImportExportButton() {
  return (
    <DialogButton label="Import / Export" dialogLabel="Import and export" width="w-[34rem]">
      {(close) => <ImportExportContent onDone={close} />}
    </DialogButton>
  );
}

function ImportExportContent({ onDone }: { onDone: () => void }) {
  const workspaceName = useStore(
    (s) => s.savedWorkspaces.find((w) => w.id === s.currentWorkspaceId)?.name ?? '',
  );
  const [name, setName] = useState(() => cliFunctionName(workspaceName));
  const [secrets, setSecrets] = useState(false);
  const exportZip = () => {
    const workspace = pickWorkspace(useStore.getState());
    downloadBytes(
      `${cliFunctionName(name)}.zip`,
      exportCliZip(workspace, { name, includeSecrets: secrets }),
      'application/zip',
    );
  };
  const downloadPayload = () =>
    downloadText('payload.json', JSON.stringify(useStore.getState().payload, null, 2) + '\n');
  return (
    <div className="flex flex-col gap-4 text-sm">
      <h2 className="text-lg font-semibold">Import and export</h2>
      <section className="flex flex-col gap-2">
        <h3 className="font-semibold">Payload</h3>
        <div>
          <button type="button" className={button} onClick={downloadPayload}>
            Download payload
          </button>
        </div>
      </section>
      <section className="flex flex-col gap-2">
        <h3 className="font-semibold">CLI project</h3>
        <p className="text-slate-600 dark:text-slate-400">
          A zip in the layout of the LivePerson Functions CLI: functions/&lt;name&gt;/index.js and
          config.json (payload, environment), playground-cases.json with your test cases (the CLI
          ignores it), and functions/settings.json with the secrets only if you include them.
        </p>
        <label className="flex items-center gap-2">
          Function name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="flex-1 rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600 dark:bg-slate-800"
          />
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={secrets} onChange={(e) => setSecrets(e.target.checked)} />
          Include secrets
        </label>
        {secrets && (
          <p
            role="note"
            className="rounded border border-amber-400 bg-amber-50 px-2 py-1 dark:bg-amber-950"
          >
            The zip will hold your secrets in plain text.
          </p>
        )}
        <div>
          <button type="button" className={button} onClick={exportZip}>
            Export CLI project
          </button>
        </div>
      </section>
      <section className="flex flex-col gap-2">
        <h3 className="font-semibold">Import</h3>
        <p className="text-slate-600 dark:text-slate-400">
          A payload JSON replaces the payload (with Undo); a CLI project zip or config.json opens as
          a new workspace. You can also drop a file anywhere on the page.
        </p>
        <label className="flex items-center gap-2">
          Import a file
          <input
            type="file"
            accept=".json,.zip,application/json,application/zip"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file).then(onDone);
            }}
          />
        </label>
      </section>
      <DialogClose />
    </div>
  );
}
