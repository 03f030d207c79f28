/** Props of a select with a visible label. */
export interface LabelledSelectProps<T extends string> {
  /** Visible label and accessible name. */
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A native select (role combobox) with a visible label, in the header's style. */
export function LabelledSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: LabelledSelectProps<T>) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-slate-600 dark:text-slate-300">{label}</span>
      <select
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
