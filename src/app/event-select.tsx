import { EVENT_IDS, EVENT_NAMES, type EventId } from '../schema/workspace';
import { useStore } from '../store/store';

/** The event choice (combobox `Event`), stored by event id. */
export function EventSelect() {
  const event = useStore((s) => s.event);
  const setEvent = useStore((s) => s.setEvent);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-slate-600 dark:text-slate-300">Event</span>
      <select
        aria-label="Event"
        value={event}
        onChange={(e) => setEvent(e.target.value as EventId)}
        className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
      >
        {EVENT_IDS.map((id) => (
          <option key={id} value={id}>
            {EVENT_NAMES[id]}
          </option>
        ))}
      </select>
    </label>
  );
}
