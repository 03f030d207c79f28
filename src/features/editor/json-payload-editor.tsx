import { useEffect, useRef, useState } from 'react';
import { addAreaCommands, type MoveArea } from './area-commands';
import { PAYLOAD_FILE } from './editor-files';
import { createEditor, monaco, themeFor } from './monaco-setup';
import { useDarkEditor } from './use-dark-editor';

/** A JSON text problem, by line and column (1-based). */
export interface JsonTextProblem {
  line: number;
  column: number;
  message: string;
}

/** Props of the payload's JSON editor (the explorer's raw view). */
export interface JsonPayloadEditorProps {
  value: string;
  onChange: (text: string) => void;
  /** The parse error the explorer found, shown as an error marker where it is. */
  error: JsonTextProblem | null;
  /** F6 and Shift+F6: focus the page's next or previous area. */
  onMoveArea?: MoveArea;
}

const PARSE_OWNER = 'payload-parse';

/** Monaco editing the payload as JSON, checked against the payload's JSON Schema (hovers show field docs). */
export function JsonPayloadEditor({ value, onChange, error, onMoveArea }: JsonPayloadEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [model, setModel] = useState<monaco.editor.ITextModel | null>(null);
  const changed = useRef(onChange);
  const moveArea = useRef(onMoveArea);
  /** True while the editor reports its own change: the value that comes back must not be set again. */
  const reporting = useRef(false);
  const dark = useDarkEditor();
  useEffect(() => {
    changed.current = onChange;
    moveArea.current = onMoveArea;
  }, [onChange, onMoveArea]);

  useEffect(() => {
    const created = monaco.editor.createModel('', 'json', monaco.Uri.parse(PAYLOAD_FILE));
    const editor = createEditor(host.current!, {
      model: created,
      ariaLabel: 'Payload JSON',
      automaticLayout: true,
      fixedOverflowWidgets: true,
      fontSize: 12,
      tabSize: 2,
      wordWrap: 'on',
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
    });
    addAreaCommands(editor, () => moveArea.current);
    const edits = created.onDidChangeContent((e) => {
      if (e.isFlush) return;
      reporting.current = true;
      try {
        changed.current(created.getValue());
      } finally {
        reporting.current = false;
      }
    });
    setModel(created);
    return () => {
      edits.dispose();
      editor.dispose();
      created.dispose();
    };
  }, []);

  // A text from outside (tree edits, reset, import). Setting it while Monaco is still applying the
  // user's edit (a parent that re-renders synchronously) would tear that edit apart.
  useEffect(() => {
    if (model && !reporting.current && model.getValue() !== value) model.setValue(value);
  }, [model, value]);

  useEffect(() => {
    if (!model) return;
    const markers: monaco.editor.IMarkerData[] = error
      ? [
          {
            severity: monaco.MarkerSeverity.Error,
            message: error.message,
            startLineNumber: error.line,
            startColumn: error.column,
            endLineNumber: error.line,
            endColumn: error.column + 1,
          },
        ]
      : [];
    monaco.editor.setModelMarkers(model, PARSE_OWNER, markers);
  }, [model, error]);

  useEffect(() => {
    monaco.editor.setTheme(themeFor(dark));
  }, [dark]);

  return <div ref={host} className="min-h-0 flex-1" />;
}
