import { useEffect } from 'react';
import { focusCodeEditor } from '../features/editor/editor-handle';
import { moveFocusBetweenAreas, noteFocus, type Area } from './focus-areas';
import { requestShortcuts } from './shortcuts-sheet';

/** Focuses inside an area the way it wants to be entered (the code editor's text). */
const enterArea = (area: Area) => area === 'code' && focusCodeEditor();

/** Moves focus to the next (1) or previous (-1) area (not from a dialog); the code editors bind F6 to this too. */
export function moveArea(step: 1 | -1): void {
  if (!document.querySelector('dialog[open]')) moveFocusBetweenAreas(step, enterArea);
}

/** Whether typing in this element types text (so `?` is a character there, not a shortcut). */
function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  );
}

/** The page's own keys: F6 / Shift+F6 between the areas, `?` for the shortcuts sheet. */
export function useAppKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'F6') {
        event.preventDefault();
        moveArea(event.shiftKey ? -1 : 1);
      } else if (
        event.key === '?' &&
        !takesText(event.target) &&
        !document.querySelector('dialog[open]')
      ) {
        event.preventDefault();
        requestShortcuts();
      }
    };
    const onFocusIn = (event: FocusEvent) => noteFocus(event.target);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
