import { useStore } from '../store/store';

/** The banners: problems as alerts, other notices as status messages, each with its actions. */
export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  if (!notices.length) return null;
  return (
    <div className="flex flex-col gap-1 px-3 pt-2">
      {notices.map((n) => (
        <div
          key={n.id}
          role={n.tone === 'error' ? 'alert' : 'status'}
          className={`flex items-start gap-3 rounded border px-3 py-2 text-sm ${
            n.tone === 'error'
              ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100'
              : 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100'
          }`}
        >
          <span className="flex-1">{n.message}</span>
          {n.actions?.map((a) => (
            <button key={a.label} type="button" onClick={a.run} className="font-semibold underline">
              {a.label}
            </button>
          ))}
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)} className="px-1">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
