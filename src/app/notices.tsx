import { useId, useState } from 'react';
import { useStore } from '../store/store';
import type { Notice } from '../store/ui-slice';
import { stackNotices } from './notice-stack';

/** One banner: a problem as an alert, another notice as a status message, with its actions. */
function NoticeBanner({ notice }: { notice: Notice }) {
  const dismiss = useStore((s) => s.dismissNotice);
  return (
    <div
      role={notice.tone === 'error' ? 'alert' : 'status'}
      className={`flex min-w-0 flex-1 items-start gap-3 rounded border px-3 py-2 text-sm ${
        notice.tone === 'error'
          ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100'
          : 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100'
      }`}
    >
      <span className="flex-1">{notice.message}</span>
      {notice.actions?.map((a) => (
        <button key={a.label} type="button" onClick={a.run} className="font-semibold underline">
          {a.label}
        </button>
      ))}
      <button
        type="button"
        aria-label="Dismiss"
        onClick={() => dismiss(notice.id)}
        className="px-1"
      >
        ×
      </button>
    </div>
  );
}

/** The one notice area: the latest notice, and a count of older ones that opens to them. */
export function Notices() {
  const notices = useStore((s) => s.notices);
  const listId = useId();
  // Open for one latest notice: a new notice closes the list again.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const { latest, older } = stackNotices(notices);
  if (!latest) return null;
  const open = openFor === latest.id && older.length > 0;
  return (
    <div className="relative px-3 pt-2">
      <div className="flex items-start gap-2">
        <NoticeBanner notice={latest} />
        {older.length > 0 && (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            title={open ? 'Hide the older notices' : 'Show the older notices'}
            onClick={() => setOpenFor(open ? null : latest.id)}
            className="shrink-0 rounded border border-slate-300 bg-white px-2 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            {open ? 'Hide older' : `+${older.length} older`}
          </button>
        )}
      </div>
      {open && (
        <div
          id={listId}
          role="group"
          aria-label="Older notices"
          className="absolute inset-x-3 top-full z-40 mt-1 flex max-h-[50vh] flex-col gap-1 overflow-auto rounded border border-slate-300 bg-white p-1 shadow-lg dark:border-slate-600 dark:bg-slate-900"
        >
          {older.map((n) => (
            <NoticeBanner key={n.id} notice={n} />
          ))}
        </div>
      )}
    </div>
  );
}
