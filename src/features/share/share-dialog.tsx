import { useEffect, useMemo, useState } from 'react';
import { DialogButton, DialogClose } from '../../ui/dialog-button';
import { encodeShareLink } from '../../lib/share-link/codec';
import { writeSessionText } from '../../lib/storage';
import { useStore } from '../../store/store';
import { pickWorkspace } from '../../schema/workspace';
import { SHARED_HASH_KEY } from './link-import';
import { DEFAULT_SHARE_OPTIONS, linkStateOf, type ShareOptions } from './share-state';

const SHARE_EVENT = 'playground:share';

/** Opens the share dialog (Ctrl/Cmd+S in the editor). */
export function requestShare(): void {
  window.dispatchEvent(new Event(SHARE_EVENT));
}

const CHOICES: { key: keyof ShareOptions; label: string }[] = [
  { key: 'code', label: 'Code' },
  { key: 'env', label: 'Environment variables' },
  { key: 'mocks', label: 'Mock rules' },
  { key: 'cases', label: 'Test cases' },
  { key: 'secrets', label: 'Secrets' },
];

/** Button `Share`: a dialog with the link (textbox `Share link`), what it carries, and Copy. */
export function ShareButton() {
  return (
    <DialogButton label="Share" dialogLabel="Share" width="w-[40rem]" openOn={SHARE_EVENT}>
      {() => <ShareContent />}
    </DialogButton>
  );
}

function ShareContent() {
  const [options, setOptions] = useState(DEFAULT_SHARE_OPTIONS);
  const [copied, setCopied] = useState<'yes' | 'refused' | null>(null);
  const workspace = useMemo(() => pickWorkspace(useStore.getState()), []);
  const hash = useMemo(
    () => encodeShareLink(linkStateOf(workspace, options)),
    [workspace, options],
  );
  const url = `${location.origin}${location.pathname}${hash}`;
  useEffect(() => {
    history.replaceState(history.state, '', hash);
    writeSessionText(SHARED_HASH_KEY, hash);
    setCopied(null);
  }, [hash]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('refused');
    }
  };
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">Share</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The link carries the event and the payload; choose what else goes in. Its code never runs
        until the person who opens it presses Run.
      </p>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Include in the link</legend>
        {CHOICES.map(({ key, label }) => (
          <label key={key} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(e) => setOptions({ ...options, [key]: e.target.checked })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {options.secrets && (
        <p
          role="note"
          className="rounded border border-amber-400 bg-amber-50 px-2 py-1 text-sm dark:bg-amber-950"
        >
          Anyone who gets this link can read your secrets. Share it only with people who may see
          them.
        </p>
      )}
      <textarea
        aria-label="Share link"
        readOnly
        value={url}
        rows={3}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full resize-none break-all rounded border border-slate-300 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
      />
      <div className="flex items-center gap-3 text-sm">
        <button
          type="button"
          onClick={copy}
          className="rounded bg-blue-700 px-3 py-1 text-white hover:bg-blue-800"
        >
          Copy link
        </button>
        <span className="text-slate-600 dark:text-slate-400">
          {url.length.toLocaleString()} characters
        </span>
        <span role="status">
          {copied === 'yes' && 'Copied to the clipboard.'}
          {copied === 'refused' &&
            'The browser refused the clipboard: select the link and copy it.'}
        </span>
        <span className="ml-auto">
          <DialogClose />
        </span>
      </div>
    </div>
  );
}
