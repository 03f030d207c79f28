/** The debugger's keys while a recording is open: F10/F11/F8 and their Shift reverses. */
import { useEffect } from 'react';
import { runDebugCommand, type DebugCommand } from './debugger-commands';
import { useDebugSession } from './debug-session';

const KEYS: Record<string, [plain: DebugCommand, shifted: DebugCommand]> = {
  F10: ['stepOver', 'stepBack'],
  F11: ['stepInto', 'stepOut'],
  F8: ['continue', 'reverseContinue'],
};

/** While a recording is open, listens on window in the capture phase so Monaco and the browser never see these keys. */
export function useDebuggerKeys(): void {
  const open = useDebugSession((s) => s.recording !== null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      const pair = KEYS[event.key];
      if (!pair || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      runDebugCommand(event.shiftKey ? pair[1] : pair[0]);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);
}
