import { describe, expect, it } from 'vitest';
import { useStore } from '../../store/store';
import { loadPayload } from './case-actions';

describe('loadPayload', () => {
  it("loads a case's payload and event, and Undo restores both", () => {
    useStore.getState().setEvent('surveybot_messaging_survey_ended');
    const before = useStore.getState().payload;
    loadPayload({ conversationId: 'case-1' }, '"case"', 'surveybot_messaging_survey_started');
    expect(useStore.getState().payload).toEqual({ conversationId: 'case-1' });
    expect(useStore.getState().event).toBe('surveybot_messaging_survey_started');
    const undo = useStore.getState().notices.find((n) => n.id === 'suites')?.actions?.[0];
    expect(undo?.label).toBe('Undo');
    undo?.run();
    expect(useStore.getState().payload).toBe(before);
    expect(useStore.getState().event).toBe('surveybot_messaging_survey_ended');
  });

  it('keeps the event when the case has none', () => {
    useStore.getState().setEvent('surveybot_messaging_survey_ended');
    loadPayload({ conversationId: 'case-2' }, '"case"');
    expect(useStore.getState().event).toBe('surveybot_messaging_survey_ended');
  });
});
