/** Props of the plain JSON text area. */
export interface JsonTextareaProps {
  value: string;
  onChange: (text: string) => void;
  /** Whether the text has a syntax error (marks the box invalid). */
  invalid: boolean;
}

/** The payload's JSON as plain editable text (`Payload JSON`): used until, or instead of, a code editor. */
export function JsonTextarea({ value, onChange, invalid }: JsonTextareaProps) {
  return (
    <textarea
      aria-label="Payload JSON"
      aria-invalid={invalid || undefined}
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className="min-h-0 flex-1 resize-none rounded border border-slate-300 bg-white p-2 font-mono text-xs text-slate-900 focus:border-sky-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    />
  );
}
