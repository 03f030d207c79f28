import { EVENT_IDS, EVENT_NAMES } from '../schema/events';
import { useStore } from '../store/store';
import { LabelledSelect } from '../ui/labelled-select';

const OPTIONS = EVENT_IDS.map((id) => ({ value: id, label: EVENT_NAMES[id] }));

/** The event choice (combobox `Event`), stored by event id. */
export function EventSelect() {
  const event = useStore((s) => s.event);
  const setEvent = useStore((s) => s.setEvent);
  return <LabelledSelect label="Event" value={event} options={OPTIONS} onChange={setEvent} />;
}
