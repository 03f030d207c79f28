// What the user is told about the saved state: a save that could not be read, workspaces set
// aside, writes that failed. Every text that could not be loaded is offered for download.
import { downloadText } from '../lib/storage';
import type { SavedStorageEvents, WriteFailure } from './saved-storage';
import type { Notice } from './ui-slice';

/** Id of the notice about failed writes. */
export const STORAGE_FULL = 'storage-full';

const NOT_KEPT = ' Browser storage could not keep it: download it now if you need it.';

function writeMessage({ failure, slot }: WriteFailure): string {
  if (slot === 'previous') {
    return failure === 'full'
      ? 'Browser storage is full: your work is saved, but the copy of the previous save could not be kept. Export your work or free some space.'
      : 'Browser storage cannot be written: your work is saved, but the copy of the previous save could not be kept.';
  }
  return failure === 'full'
    ? 'Browser storage is full: your work stays in this tab but is not saved. Export it or free some space.'
    : 'Browser storage cannot be written: your work stays in this tab but is not saved.';
}

/** The saved storage's events as notices: `notify` shows one, `dismiss` removes one by id. */
export function savedStateNotices(
  notify: (notice: Notice) => void,
  dismiss: (id: string) => void,
): SavedStorageEvents {
  return {
    onUnreadable: ({ reason, text, previousLoaded, kept }) =>
      notify({
        id: 'unreadable-state',
        tone: 'error',
        message:
          (previousLoaded
            ? `Your last save could not be read (${reason}). The previous save was loaded instead; the unreadable text is kept and can be downloaded.`
            : `Your saved work could not be read (${reason}). The playground started with the defaults; the unreadable text is kept and can be downloaded.`) +
          (kept ? '' : NOT_KEPT),
        actions: [
          {
            label: 'Download saved text',
            run: () => downloadText('unreadable-saved-state.json', text),
          },
        ],
      }),
    onSetAside: ({ read, records, kept }) => {
      const which = read.setAside.map((w) => `"${w.name}" (${w.reason})`).join('; ');
      const rest = read.startedNew
        ? 'No other workspace was saved, so a new one was started.'
        : `The other workspaces loaded as they were${read.reopened ? `; "${read.reopened}" is open` : ''}.`;
      notify({
        id: 'set-aside-workspaces',
        tone: 'error',
        message: `${read.setAside.length > 1 ? 'Saved workspaces' : 'A saved workspace'} could not be read and ${read.setAside.length > 1 ? 'were' : 'was'} set aside: ${which}. ${rest} The set-aside text is kept and can be downloaded.${kept ? '' : NOT_KEPT}`,
        actions: [
          {
            label: 'Download set-aside text',
            run: () => downloadText('set-aside-workspaces.json', JSON.stringify(records, null, 2)),
          },
        ],
      });
    },
    onWriteResult: (failed) =>
      failed
        ? notify({ id: STORAGE_FULL, tone: 'error', message: writeMessage(failed) })
        : dismiss(STORAGE_FULL),
  };
}
