import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Combobox } from '../../ui/combobox';
import { Switch } from '../../ui/switch';
import { inputTextFor, parseInput, type EditorKind } from './field-input';
import type { TreeRow } from './tree-model';
import { readableTimestamp } from './tree-nodes';

/** Props of the inline editor of one field. */
export interface ValueEditorProps {
  row: TreeRow;
  kind: EditorKind;
  /** Called with the new value (Enter, picking a known value, or leaving the input). */
  onCommit: (value: unknown) => void;
  /** Called on Escape: the value stays as it was. */
  onCancel: () => void;
}

/** The input that fits a field's type, focused, committing on Enter and cancelling on Escape. */
export function ValueEditor({ row, kind, onCommit, onCancel }: ValueEditorProps) {
  const [text, setText] = useState(() => inputTextFor(kind, row.value));
  const done = useRef(false);
  const inputRef = useRef<HTMLInputElement & HTMLButtonElement>(null);
  const errorId = useId();
  const parsed = parseInput(kind, text);
  const label = `Value of ${row.id}`;

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select?.();
  }, []);

  const commit = (value: string) => {
    const result = parseInput(kind, value);
    if (done.current || !result.ok) return;
    done.current = true;
    onCommit(result.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Shortcuts with Ctrl/Cmd (Run) still reach the app; other keys stay in the editor.
    if (!e.ctrlKey && !e.metaKey) e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(text);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      done.current = true;
      onCancel();
    }
  };
  const onBlur = () => commit(text);

  if (kind === 'boolean') {
    return (
      <Switch
        ref={inputRef}
        label={label}
        checked={text === 'true'}
        onChange={(on) => setText(String(on))}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
    );
  }
  const invalid = !parsed.ok;
  const describedBy = invalid ? errorId : undefined;
  const date = kind === 'timestamp' && parsed.ok ? readableTimestamp(parsed.value) : null;
  return (
    <div className="relative flex min-w-0 flex-1 items-center gap-2">
      {kind === 'choice' ? (
        <Combobox
          ref={inputRef}
          label={label}
          value={text}
          onChange={setText}
          options={row.spec?.meta?.suggestions ?? []}
          onPick={commit}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          className="flex-1"
          invalid={invalid}
          describedBy={describedBy}
        />
      ) : (
        <input
          ref={inputRef}
          aria-label={label}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          spellCheck={false}
          className={`min-w-0 flex-1 rounded border bg-white px-1 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${
            invalid ? 'border-red-500' : 'border-sky-500'
          }`}
        />
      )}
      {date && (
        <span className="shrink-0 text-[11px] text-slate-500 dark:text-slate-400">{date}</span>
      )}
      {!parsed.ok && (
        <span
          id={errorId}
          className="absolute top-full left-0 z-20 mt-0.5 rounded bg-red-700 px-1.5 py-0.5 text-[11px] text-white shadow"
        >
          {parsed.message}
        </span>
      )}
    </div>
  );
}
