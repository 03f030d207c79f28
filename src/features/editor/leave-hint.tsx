import { useEffect, useState } from 'react';
import { lastInputWasKeyboard } from './input-modality';
import type { monaco } from './monaco-setup';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The text of the hint: how to get out of an editor where Tab inserts a tab. */
const LEAVE_HINT = `Tab inserts a tab; press ${isMac ? 'Ctrl+Shift+M' : 'Ctrl+M'} to toggle Tab moving focus, or F6 to go to the next area`;

/** While the editor has keyboard focus (Tab, F6), a note in its corner says how to leave it. */
export function LeaveHint({ editor }: { editor: monaco.editor.IStandaloneCodeEditor }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const focus = editor.onDidFocusEditorText(() => setShown(lastInputWasKeyboard()));
    const blur = editor.onDidBlurEditorText(() => setShown(false));
    return () => {
      focus.dispose();
      blur.dispose();
    };
  }, [editor]);
  if (!shown) return null;
  return (
    <p
      role="note"
      className="pointer-events-none absolute right-4 bottom-2 z-10 max-w-[calc(100%-2rem)] rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs text-slate-800 shadow dark:border-slate-600 dark:bg-slate-800/95 dark:text-slate-100"
    >
      {LEAVE_HINT}
    </p>
  );
}
