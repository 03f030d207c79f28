import { useState } from 'react';
import { functionTemplate, isTemplateCode, TEMPLATE_STYLES } from '../../lib/function-templates';
import { useStore } from '../../store/store';
import { EVENT_IDS, EVENT_NAMES, type EventId } from '../../schema/events';
import { ConfirmDialog } from './confirm-dialog';
import { replaceCode, useEditorLoaded } from './editor-handle';

/** "New from template": the chosen runtime's template of each event; asks before it replaces code that is not a template. */
export function TemplateMenu() {
  const [pending, setPending] = useState<EventId | null>(null);
  const undoable = useEditorLoaded();
  const runtime = useStore((s) => s.runtime);
  const apply = (event: EventId) => {
    const { setEvent, setCode } = useStore.getState();
    const template = functionTemplate(event, useStore.getState().runtime);
    setEvent(event);
    if (!replaceCode(template)) setCode(template);
    setPending(null);
  };
  const choose = (value: string) => {
    const event = EVENT_IDS.find((e) => e === value);
    if (!event) return;
    if (isTemplateCode(useStore.getState().code)) apply(event);
    else setPending(event);
  };
  const label = (event: EventId) => `${EVENT_NAMES[event]} · ${TEMPLATE_STYLES[runtime]}`;
  return (
    <>
      <select
        aria-label="New from template"
        value=""
        onChange={(e) => choose(e.target.value)}
        className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800"
      >
        <option value="" disabled>
          New from template…
        </option>
        {EVENT_IDS.map((event) => (
          <option key={event} value={event}>
            {label(event)}
          </option>
        ))}
      </select>
      <ConfirmDialog
        open={pending !== null}
        title="Replace your code?"
        message={
          pending
            ? `Your code differs from every template. The ${label(pending)} template will replace it${undoable ? ' (Ctrl+Z in the editor brings it back)' : ''}.`
            : ''
        }
        confirmLabel="Replace code"
        cancelLabel="Keep my code"
        onConfirm={() => pending && apply(pending)}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
