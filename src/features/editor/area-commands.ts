import { monaco } from './monaco-setup';

/** Moves focus to the page's next (1) or previous (-1) area. */
export type MoveArea = (step: 1 | -1) => void;

/**
 * Binds F6 and Shift+F6 inside an editor to the page's area moves: Monaco keeps the keys it gets,
 * so the page's own handler never sees them there. `move` is read at each press.
 */
export function addAreaCommands(
  editor: monaco.editor.IStandaloneCodeEditor,
  move: () => MoveArea | undefined,
): void {
  const { KeyMod, KeyCode } = monaco;
  editor.addCommand(KeyCode.F6, () => move()?.(1));
  editor.addCommand(KeyMod.Shift | KeyCode.F6, () => move()?.(-1));
}
