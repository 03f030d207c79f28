import { useState } from 'react';
import {
  functionTemplate,
  isTemplateCode,
  TEMPLATE_STYLES,
  type TemplateStyle,
} from '../../lib/function-templates';
import { useStore } from '../../store/store';
import { EVENT_IDS, EVENT_NAMES, type EventId } from '../../schema/events';
import { ConfirmDialog } from './confirm-dialog';
import { replaceCode, useEditorLoaded } from './editor-handle';

interface Choice {
  event: EventId;
  style: TemplateStyle;
}

const STYLES = Object.keys(TEMPLATE_STYLES) as TemplateStyle[];
const CHOICES: Choice[] = EVENT_IDS.flatMap((event) => STYLES.map((style) => ({ event, style })));
const valueOf = (c: Choice) => `${c.event}:${c.style}`;

/** "New from template": event × style; asks before it replaces code that is not a template. */
export function TemplateMenu() {
  const [pending, setPending] = useState<Choice | null>(null);
  const undoable = useEditorLoaded();
  const apply = ({ event, style }: Choice) => {
    const { setEvent, setCode } = useStore.getState();
    const template = functionTemplate(event, style);
    setEvent(event);
    if (!replaceCode(template)) setCode(template);
    setPending(null);
  };
  const choose = (value: string) => {
    const choice = CHOICES.find((c) => valueOf(c) === value);
    if (!choice) return;
    if (isTemplateCode(useStore.getState().code)) apply(choice);
    else setPending(choice);
  };
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
          <optgroup key={event} label={EVENT_NAMES[event]}>
            {STYLES.map((style) => (
              <option key={style} value={valueOf({ event, style })}>
                {`${EVENT_NAMES[event]} · ${TEMPLATE_STYLES[style]}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <ConfirmDialog
        open={pending !== null}
        title="Replace your code?"
        message={
          pending
            ? `Your code differs from every template. The ${EVENT_NAMES[pending.event]} ${TEMPLATE_STYLES[pending.style]} template will replace it${undoable ? ' (Ctrl+Z in the editor brings it back)' : ''}.`
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
