import { useId, useState } from 'react';

/** Props of a JSON field. */
export interface JsonFieldProps {
  label: string;
  /** The current value; undefined when the field is empty. */
  value: unknown;
  /** Called with each valid value typed, or undefined when the field is emptied. */
  onChange: (value: unknown) => void;
}

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 2));

/** A text area for a JSON value that keeps what is typed and says why it is not valid JSON. */
export function JsonField({ label, value, onChange }: JsonFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => show(value));
  const [problem, setProblem] = useState<string | null>(null);
  const commit = (text: string) => {
    setDraft(text);
    if (text.trim() === '') {
      setProblem(null);
      onChange(undefined);
      return;
    }
    try {
      onChange(JSON.parse(text));
      setProblem(null);
    } catch (error) {
      setProblem(`Not valid JSON: ${(error as Error).message}. The last valid value is kept.`);
    }
  };
  return (
    <div className="flex flex-col gap-0.5 text-xs">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={draft}
        rows={Math.min(6, Math.max(2, draft.split('\n').length))}
        spellCheck={false}
        placeholder="Not checked"
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => commit(e.target.value)}
        className="rounded border border-slate-300 bg-white px-1 py-0.5 font-mono dark:border-slate-600 dark:bg-slate-800 aria-[invalid=true]:border-red-500"
      />
      {problem && (
        <span id={`${id}-problem`} className="text-red-700 dark:text-red-300">
          {problem}
        </span>
      )}
    </div>
  );
}
