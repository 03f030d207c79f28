import { useState } from 'react';
import { Button } from '../../ui/button';

/** Whether the only pointer is a finger (a phone or a tablet without a mouse). */
const touchOnly = () =>
  typeof matchMedia === 'function' &&
  matchMedia('(pointer: coarse)').matches &&
  !matchMedia('(any-pointer: fine)').matches;

/** On a touch-only device the code starts read-only (Monaco handles touch poorly), until the user asks to edit. */
export function useTouchReadOnly(): { readOnly: boolean; allowEditing: () => void } {
  const [readOnly, setReadOnly] = useState(touchOnly);
  return { readOnly, allowEditing: () => setReadOnly(false) };
}

/** The note above a read-only code editor on a touch screen, with "Edit anyway". */
export function TouchNote({ onEdit }: { onEdit: () => void }) {
  return (
    <p
      role="note"
      className="flex items-center gap-2 border-b border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span className="flex-1">
        The code is read-only on a touch screen: the editor handles touch poorly. A keyboard and a
        mouse work best.
      </span>
      <Button onClick={onEdit}>Edit anyway</Button>
    </p>
  );
}
