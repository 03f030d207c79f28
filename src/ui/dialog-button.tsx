import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Props of a button that opens a modal dialog. */
export interface DialogButtonProps {
  /** The button's accessible name, and its text unless `text` is given. */
  label: string;
  /** A shorter visible text, contained in `label`. */
  text?: string;
  /** The dialog's accessible name. */
  dialogLabel: string;
  /** Tailwind width class of the dialog. */
  width?: string;
  /** A window event that opens the dialog too (e.g. a keyboard shortcut elsewhere). */
  openOn?: string;
  /** The dialog's content, rendered only while open; `close` closes it. */
  children: (close: () => void) => ReactNode;
}

const BUTTON = 'rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600';

/** A button opening a native modal dialog (Escape and a `method="dialog"` form close it). */
export function DialogButton({
  label,
  text,
  dialogLabel,
  width = 'w-[36rem]',
  openOn,
  children,
}: DialogButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!openOn) return;
    const onOpen = () => setOpen(true);
    window.addEventListener(openOn, onOpen);
    return () => window.removeEventListener(openOn, onOpen);
  }, [openOn]);
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label={text ? label : undefined}
        onClick={() => setOpen(true)}
        className={BUTTON}
      >
        {text ?? label}
      </button>
      <dialog
        ref={dialog}
        aria-label={dialogLabel}
        onClose={() => setOpen(false)}
        className={`m-auto ${width} max-w-[95vw] rounded-lg bg-white p-4 text-slate-900 shadow-xl backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100`}
      >
        {open && children(() => setOpen(false))}
      </dialog>
    </>
  );
}

/** The Close button at the foot of a dialog. */
export function DialogClose() {
  return (
    <form method="dialog" className="flex justify-end">
      <button className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
        Close
      </button>
    </form>
  );
}
