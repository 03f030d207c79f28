import { importCliFiles } from '../../lib/cli-project';
import { findForbiddenKey } from '../../schema/link-state';
import { validatePayload } from '../../schema/validate-payload';
import { useStore } from '../../store/store';
import { pickWorkspace } from '../../schema/workspace';
import { defaultWorkspace } from '../../store/workspace-slice';
import { templateOffer } from './template-offer';

const NOTICE_ID = 'file-import';
const MAX_BYTES = 20_000_000;

const fail = (message: string) =>
  useStore
    .getState()
    .pushNotice({ id: NOTICE_ID, tone: 'error', message: `${message} Nothing was changed.` });

function looksLikeConfig(value: Record<string, unknown>): boolean {
  return (
    typeof value.input === 'object' &&
    ('event' in value || 'name' in value || 'environmentVariables' in value)
  );
}

/** Puts a payload read from a file into the open workspace, with Undo. */
function importPayload(payload: Record<string, unknown>, filename: string): void {
  const store = useStore.getState();
  const previous = store.payload;
  store.setPayload(payload);
  const problems = validatePayload(payload).length;
  store.pushNotice({
    id: NOTICE_ID,
    tone: 'info',
    message: `Loaded the payload from ${filename}.${problems ? ` It has ${problems} problem${problems > 1 ? 's' : ''}, marked in the explorer.` : ''}`,
    actions: [
      {
        label: 'Undo',
        run: () => {
          store.setPayload(previous);
          store.dismissNotice(NOTICE_ID);
        },
      },
    ],
  });
}

/** Opens a CLI project (zip or config.json) as a new workspace. */
function importProject(data: Uint8Array, filename: string): void {
  const found = importCliFiles(data, filename);
  if ('error' in found) return fail(`${found.error}.`);
  const store = useStore.getState();
  const workspace = defaultWorkspace(store.event, { ...pickWorkspace(store), ...found.parts });
  store.createWorkspace(workspace, found.name);
  // Without an index.js the current code is kept, written for the event open before.
  const offer = templateOffer(found.parts.code === undefined ? store.event : null, NOTICE_ID);
  store.pushNotice({
    id: NOTICE_ID,
    tone: 'info',
    message:
      [`Opened the CLI function "${found.name}" as a new workspace.`, ...found.notes].join(' ') +
      (offer?.sentence ?? ''),
    ...(offer && { actions: [offer.action] }),
  });
}

/** Reads a dropped or chosen file: a payload JSON, a CLI config.json, or a CLI project zip. */
export async function importFile(file: File): Promise<void> {
  if (file.size > MAX_BYTES) return fail(`${file.name} is larger than 20 MB.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.zip$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b))
    return importProject(bytes, file.name);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return fail(`${file.name} is not valid JSON (${(error as Error).message}).`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      `${file.name} does not hold a JSON object, so it is neither a payload nor a config.json.`,
    );
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) return fail(`${file.name} holds a forbidden key (${forbidden}).`);
  const object = value as Record<string, unknown>;
  if (looksLikeConfig(object)) return importProject(bytes, file.name);
  importPayload(object, file.name);
}
