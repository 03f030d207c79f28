import { useSyncExternalStore } from 'react';

// The code editor as the rest of the app may reach it, without importing Monaco: the loaded editor
// attaches itself here, and detaches when it unmounts.

/** What the debugger shows in the code: its current line, and the values lines last wrote (text shown at each line's end). */
export interface DebugView {
  line: number | null;
  inline: { line: number; text: string }[];
}

/** What the loaded code editor offers to other parts of the page. */
export interface EditorHandle {
  /** Replaces the selection (or inserts at the cursor) with text, and focuses the editor. */
  insert(text: string): void;
  /** Runs Format Document. */
  format(): void;
  /** Replaces all the code as one edit that Ctrl+Z undoes. */
  replaceAll(text: string): void;
  /** Puts the keyboard focus in the code. */
  focus(): void;
  /** Shows the debugger's view in the code; null clears it. */
  showDebugView(view: DebugView | null): void;
}

let current: EditorHandle | null = null;
// The debugger's view, kept so that an editor loading later shows it.
let debugView: DebugView | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Attaches the loaded editor; returns the function that detaches it. */
export function attachEditor(handle: EditorHandle): () => void {
  current = handle;
  if (debugView) handle.showDebugView(debugView);
  notify();
  return () => {
    if (current !== handle) return;
    current = null;
    notify();
  };
}

/** Inserts text at the code editor's cursor (e.g. `input.payload.conversationId`); false until it has loaded. */
export function insertAtCursor(text: string): boolean {
  current?.insert(text);
  return current !== null;
}

/** Replaces the code through the editor, undoably (templates); false until it has loaded. */
export function replaceCode(text: string): boolean {
  current?.replaceAll(text);
  return current !== null;
}

/** Formats the function code; false until the editor has loaded. */
export function formatDocument(): boolean {
  current?.format();
  return current !== null;
}

/** Focuses the code editor's text; false until it has loaded. */
export function focusCodeEditor(): boolean {
  current?.focus();
  return current !== null;
}

/** Shows the debugger's current line and inline values in the code (null clears them); kept and shown when the editor loads later. */
export function showDebugView(view: DebugView | null): void {
  debugView = view;
  current?.showDebugView(view);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether the code editor has loaded (for controls that need it). */
export function useEditorLoaded(): boolean {
  return useSyncExternalStore(subscribe, () => current !== null);
}
