// The debugger's view in the code editor: the current line (whole-line highlight, an arrow in the
// glyph margin, said in the editor's accessible name, revealed in the centre when out of view),
// the values each executed line last wrote at its end, and the debugger's keys kept from Monaco.
import { monaco } from './monaco-setup';
import type { DebugView } from './editor-handle';
import './debug-decorations.css';

/** The context key true while a debug view is shown. */
const SHOWN_KEY = 'sfpDebugViewShown';

/** The debugger's keys (its window listener handles them): Monaco must not act on them meanwhile (F8 is its "next problem"). */
const DEBUGGER_KEYS = [
  monaco.KeyCode.F8,
  monaco.KeyCode.F10,
  monaco.KeyCode.F11,
  monaco.KeyMod.Shift | monaco.KeyCode.F8,
  monaco.KeyMod.Shift | monaco.KeyCode.F10,
  monaco.KeyMod.Shift | monaco.KeyCode.F11,
];

/** The longest inline value text shown at a line's end. */
const MAX_INLINE_CHARS = 120;

const clip = (text: string) =>
  text.length > MAX_INLINE_CHARS ? `${text.slice(0, MAX_INLINE_CHARS - 1)}…` : text;

/** The decorations of a debug view on a model. */
function decorationsOf(
  model: monaco.editor.ITextModel,
  view: DebugView,
): monaco.editor.IModelDeltaDecoration[] {
  const lines = model.getLineCount();
  const decorations: monaco.editor.IModelDeltaDecoration[] = [];
  for (const { line, text } of view.inline) {
    if (line < 1 || line > lines || !text) continue;
    const end = model.getLineMaxColumn(line);
    decorations.push({
      range: new monaco.Range(line, end, line, end),
      options: {
        showIfCollapsed: true,
        after: { content: `  ${clip(text)}`, inlineClassName: 'sfp-inline-value' },
      },
    });
  }
  if (view.line !== null && view.line >= 1 && view.line <= lines) {
    decorations.push({
      range: new monaco.Range(view.line, 1, view.line, 1),
      options: {
        isWholeLine: true,
        className: 'sfp-current-line',
        glyphMarginClassName: 'sfp-current-arrow',
        glyphMarginHoverMessage: { value: 'The debugger is at this line' },
        overviewRuler: { color: '#eab308', position: monaco.editor.OverviewRulerLane.Full },
      },
    });
  }
  return decorations;
}

/** Shows debug views in an editor; `show(null)` clears. */
export function createDebugView(
  editor: monaco.editor.IStandaloneCodeEditor,
  ariaLabel: string,
): { show(view: DebugView | null): void; dispose(): void } {
  const decorations = editor.createDecorationsCollection();
  const shown = editor.createContextKey<boolean>(SHOWN_KEY, false);
  // A no-op bound while the view is shown overrides Monaco's own binding of the key.
  for (const key of DEBUGGER_KEYS) editor.addCommand(key, () => {}, SHOWN_KEY);
  return {
    show(view) {
      const model = editor.getModel();
      shown.set(view !== null);
      if (!view || !model) {
        decorations.clear();
        editor.updateOptions({ ariaLabel });
        return;
      }
      decorations.set(decorationsOf(model, view));
      editor.updateOptions({
        ariaLabel:
          view.line === null ? ariaLabel : `${ariaLabel}, the debugger is at line ${view.line}`,
      });
      if (view.line !== null) editor.revealLineInCenterIfOutsideViewport(view.line);
    },
    dispose() {
      decorations.clear();
      shown.reset();
    },
  };
}
