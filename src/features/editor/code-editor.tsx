import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { addAreaCommands, type MoveArea } from './area-commands';
import { FUNCTION_FILE } from './editor-files';
import { breakpointsAfterEdit, watchBreakpoints } from './breakpoint-glyphs';
import { createDebugView } from './debug-view';
import { CHECKED_MARK, markOnce, READY_MARK } from '../../lib/start-up-marks';
import { attachEditor } from './editor-handle';
import { replaceModelText } from './model-sync';
import { LeaveHint } from './leave-hint';
import { TouchNote, useTouchReadOnly } from './touch-note';
import { createEditor, monaco, setTypings, themeFor } from './monaco-setup';
import { watchPlatformLints, type LintWatch } from './platform-markers';
import { useDarkEditor } from './use-dark-editor';

/** Shortcuts the page handles; Monaco would otherwise keep these keys to itself. */
export interface CodeEditorProps {
  /** Ctrl/Cmd+Enter. */
  onRun?: () => void;
  /** Ctrl/Cmd+Shift+Enter (Monaco's "insert line above" otherwise). */
  onDebug?: () => void;
  /** Escape, when no editor widget (suggestions, find, hover…) is open to close. */
  onStop?: () => void;
  /** Ctrl/Cmd+S. */
  onShare?: () => void;
  /** F6 and Shift+F6: focus the page's next or previous area. */
  onMoveArea?: MoveArea;
}

const ARIA_LABEL = 'Function code';

/** Escape stops a run only when Monaco has nothing of its own to close. */
const ESCAPE_FREE =
  '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible && !editorHasMultipleSelections && !inSnippetMode && !markersNavigationVisible';

function functionModel(code: string): monaco.editor.ITextModel {
  const uri = monaco.Uri.parse(FUNCTION_FILE);
  return monaco.editor.getModel(uri) ?? monaco.editor.createModel(code, 'javascript', uri);
}

/** Monaco editing the store's function code, typed for the store's event and runtime, themed like the app. */
export function CodeEditor({ onRun, onDebug, onStop, onShare, onMoveArea }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const [checked, setChecked] = useState(false);
  const [lintWatch, setLintWatch] = useState<LintWatch | null>(null);
  const code = useStore((s) => s.code);
  const event = useStore((s) => s.event);
  const runtime = useStore((s) => s.runtime);
  const dark = useDarkEditor();
  const touch = useTouchReadOnly();
  const keys = useRef({ onRun, onDebug, onStop, onShare, onMoveArea });
  useEffect(() => {
    keys.current = { onRun, onDebug, onStop, onShare, onMoveArea };
  }, [onRun, onDebug, onStop, onShare, onMoveArea]);

  useEffect(() => setTypings(event, runtime), [event, runtime]);
  // The checks follow the runtime at once (the watch's first check reads it when it starts).
  const checkedRuntime = useRef(runtime);
  useEffect(() => {
    if (!lintWatch || checkedRuntime.current === runtime) return;
    checkedRuntime.current = runtime;
    lintWatch.recheck();
  }, [lintWatch, runtime]);

  useEffect(() => {
    const model = functionModel(useStore.getState().code);
    if (model.getValue() !== useStore.getState().code) model.setValue(useStore.getState().code);
    const created = createEditor(host.current!, {
      model,
      ariaLabel: ARIA_LABEL,
      glyphMargin: true,
      automaticLayout: true,
      fixedOverflowWidgets: true,
      fontSize: 13,
      tabSize: 2,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderValidationDecorations: 'on',
    });
    const { KeyMod, KeyCode } = monaco;
    created.addCommand(KeyMod.CtrlCmd | KeyCode.Enter, () => keys.current.onRun?.());
    created.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter, () =>
      keys.current.onDebug?.(),
    );
    created.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, () => keys.current.onShare?.());
    created.addCommand(KeyCode.Escape, () => keys.current.onStop?.(), ESCAPE_FREE);
    addAreaCommands(created, () => keys.current.onMoveArea);
    const unwatchBreakpoints = watchBreakpoints(created);
    const debugView = createDebugView(created, ARIA_LABEL);
    // Only the user's edits move breakpoints: code set from the store comes with its own.
    const edits = model.onDidChangeContent((change) => {
      const store = useStore.getState();
      if (model.getValue() === store.code) return;
      const breakpoints = breakpointsAfterEdit(store.breakpoints, change.changes);
      store.setCode(model.getValue());
      if (breakpoints !== store.breakpoints) store.setBreakpoints([...breakpoints]);
    });
    const lints = watchPlatformLints(
      model,
      () => useStore.getState().runtime,
      () => {
        setChecked(true);
        markOnce(CHECKED_MARK);
      },
    );
    const detach = attachEditor({
      insert: (text) => {
        const at = created.getSelection() ?? new monaco.Selection(1, 1, 1, 1);
        created.executeEdits('insert-path', [{ range: at, text, forceMoveMarkers: true }]);
        created.focus();
      },
      format: () => void created.getAction('editor.action.formatDocument')?.run(),
      replaceAll: (text) => replaceModelText(model, text),
      focus: () => created.focus(),
      showDebugView: (view) => debugView.show(view),
    });
    setEditor(created);
    setLintWatch(lints);
    // Monaco draws its lines in the next frame, before this callback runs.
    requestAnimationFrame(() => markOnce(READY_MARK));
    return () => {
      detach();
      debugView.dispose();
      unwatchBreakpoints();
      lints.dispose();
      edits.dispose();
      created.dispose();
    };
  }, []);

  // Code changed elsewhere (link, workspace, import): a new text, with a new undo history.
  useEffect(() => {
    const model = editor?.getModel();
    if (model && model.getValue() !== code) model.setValue(code);
  }, [editor, code]);

  useEffect(() => {
    monaco.editor.setTheme(themeFor(dark));
  }, [dark]);

  useEffect(() => editor?.updateOptions({ readOnly: touch.readOnly }), [editor, touch.readOnly]);

  return (
    <div className="relative flex h-full min-h-0 w-full flex-col">
      {touch.readOnly && <TouchNote onEdit={touch.allowEditing} />}
      <div
        ref={host}
        data-testid="code-editor"
        data-ready={checked ? 'true' : undefined}
        className="min-h-0 w-full flex-1"
      />
      {editor && <LeaveHint editor={editor} />}
    </div>
  );
}
