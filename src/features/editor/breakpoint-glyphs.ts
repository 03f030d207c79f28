// The code editor's breakpoints: glyphs in the margin from the store's list (plain, conditional,
// logpoint, each with its hover text), a click in the glyph margin or on a line number and F9 to
// toggle, and the list following the user's edits of the code.
import { shiftBreakpoints, toggleBreakpoint, type CodeEdit } from '../../lib/breakpoints';
import type { Breakpoint } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { monaco } from './monaco-setup';
import './debug-decorations.css';

/** The glyph's class and hover text of a breakpoint. */
export function breakpointLook(breakpoint: Breakpoint): { className: string; hover: string } {
  if (breakpoint.log !== undefined)
    return { className: 'sfp-logpoint', hover: `Logpoint: ${breakpoint.log}` };
  if (breakpoint.condition !== undefined)
    return {
      className: 'sfp-breakpoint-conditional',
      hover: `Conditional breakpoint: ${breakpoint.condition}`,
    };
  return { className: 'sfp-breakpoint', hover: 'Breakpoint' };
}

const decorationsOf = (list: readonly Breakpoint[]): monaco.editor.IModelDeltaDecoration[] =>
  list.map((breakpoint) => {
    const { className, hover } = breakpointLook(breakpoint);
    return {
      range: new monaco.Range(breakpoint.line, 1, breakpoint.line, 1),
      options: {
        glyphMarginClassName: className,
        glyphMarginHoverMessage: { value: hover },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    };
  });

/** Monaco's content changes as the edits `shiftBreakpoints` reads. */
export const codeEditsOf = (changes: readonly monaco.editor.IModelContentChange[]): CodeEdit[] =>
  changes.map(({ range, text }) => ({
    startLine: range.startLineNumber,
    startColumn: range.startColumn,
    endLine: range.endLineNumber,
    endColumn: range.endColumn,
    text,
  }));

const toggleAt = (line: number) => {
  const { breakpoints, setBreakpoints } = useStore.getState();
  setBreakpoints(toggleBreakpoint(breakpoints, line));
};

/** Shows and edits the store's breakpoints in the editor; returns the cleanup. */
export function watchBreakpoints(editor: monaco.editor.IStandaloneCodeEditor): () => void {
  const glyphs = editor.createDecorationsCollection(decorationsOf(useStore.getState().breakpoints));
  const unsubscribe = useStore.subscribe((state, previous) => {
    if (state.breakpoints !== previous.breakpoints) glyphs.set(decorationsOf(state.breakpoints));
  });
  const { MouseTargetType } = monaco.editor;
  const clicks = editor.onMouseDown((event) => {
    const { type, position } = event.target;
    const inGutter =
      type === MouseTargetType.GUTTER_GLYPH_MARGIN || type === MouseTargetType.GUTTER_LINE_NUMBERS;
    if (!inGutter || !position || !event.event.leftButton) return;
    event.event.preventDefault();
    toggleAt(position.lineNumber);
  });
  const action = editor.addAction({
    id: 'sfp.toggleBreakpoint',
    label: 'Toggle breakpoint',
    keybindings: [monaco.KeyCode.F9],
    run: () => {
      const line = editor.getPosition()?.lineNumber;
      if (line !== undefined) toggleAt(line);
    },
  });
  return () => {
    action.dispose();
    clicks.dispose();
    unsubscribe();
    glyphs.clear();
  };
}

/** The breakpoints after a user's edit of the code (the store still holds the code before it). */
export function breakpointsAfterEdit(
  list: readonly Breakpoint[],
  changes: readonly monaco.editor.IModelContentChange[],
): readonly Breakpoint[] {
  if (list.length === 0) return list;
  const moved = shiftBreakpoints(list, codeEditsOf(changes));
  return JSON.stringify(moved) === JSON.stringify(list) ? list : moved;
}
