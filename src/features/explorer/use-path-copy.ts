import { useCallback, useEffect, useState } from 'react';

/** The outcome of the last copy: copied, or refused (then the text is offered to copy by hand). */
export type CopyStatus = { copied: boolean; text: string } | null;

/** Copies text to the clipboard and remembers the outcome for a visible confirmation. */
export function usePathCopy() {
  const [status, setStatus] = useState<CopyStatus>(null);
  const copy = useCallback(async (text: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ copied: true, text });
    } catch {
      setStatus({ copied: false, text });
    }
  }, []);
  useEffect(() => {
    if (!status?.copied) return;
    const timer = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  return { status, copy, dismiss: useCallback(() => setStatus(null), []) };
}
