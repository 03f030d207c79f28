import { useStore } from '../store/store';

/** The function source as plain text, until the code editor loads. */
export function PlainCodeArea() {
  const code = useStore((s) => s.code);
  const setCode = useStore((s) => s.setCode);
  return (
    <textarea
      aria-label="Function code"
      spellCheck={false}
      value={code}
      onChange={(e) => setCode(e.target.value)}
      className="h-full w-full resize-none bg-white p-3 font-mono text-sm dark:bg-slate-900"
    />
  );
}
