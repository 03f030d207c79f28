// After an example, a link or a file switched the event: when the code was written for the other
// event, the notice says so and offers to load the new event's template in the workspace's
// runtime (with Undo).
import { functionTemplate, templateOf, TEMPLATE_STYLES } from '../../lib/function-templates';
import { EVENT_NAMES, type EventId } from '../../schema/events';
import { useStore } from '../../store/store';
import type { Notice } from '../../store/ui-slice';

/** What a notice adds to offer the template: a sentence and its action. */
export interface TemplateOffer {
  sentence: string;
  action: NonNullable<Notice['actions']>[number];
}

/**
 * The offer for the open workspace, or null when its code fits its event.
 * @param codeFrom the event the code was written for when it was kept through the change (the
 *   previous event), or null when the code arrived with the change (a link's or a file's)
 * @param noticeId the notice the offer sits in; the template's notice replaces it
 */
export function templateOffer(codeFrom: EventId | null, noticeId: string): TemplateOffer | null {
  const { event, code, runtime } = useStore.getState();
  const template = templateOf(code);
  const writtenFor = template?.event ?? codeFrom;
  if (writtenFor === null || writtenFor === event) return null;
  const name = EVENT_NAMES[event];
  return {
    sentence: template
      ? ` The code is the ${EVENT_NAMES[writtenFor]} template.`
      : ` Your code was written for ${EVENT_NAMES[writtenFor]}.`,
    action: {
      label: `Load the ${name} template`,
      run: () => {
        const store = useStore.getState();
        const previous = { code: store.code, event: store.event };
        store.setEvent(event);
        store.setCode(functionTemplate(event, runtime));
        store.pushNotice({
          id: noticeId,
          tone: 'info',
          message: `Loaded the ${name} template, ${TEMPLATE_STYLES[runtime]}, in place of your code.`,
          actions: [
            {
              label: 'Undo',
              run: () => {
                const now = useStore.getState();
                now.setEvent(previous.event);
                now.setCode(previous.code);
                now.dismissNotice(noticeId);
              },
            },
          ],
        });
      },
    },
  };
}
