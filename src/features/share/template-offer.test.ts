import { beforeEach, describe, expect, it } from 'vitest';
import { functionTemplate } from '../../lib/function-templates';
import { useStore } from '../../store/store';
import { templateOffer } from './template-offer';

const ENDED = 'surveybot_messaging_survey_ended';
const STARTED = 'surveybot_messaging_survey_started';

beforeEach(() => {
  useStore.setState({ notices: [] });
  useStore.getState().setEvent(STARTED);
});

describe('templateOffer', () => {
  it('offers nothing when the code fits the event', () => {
    useStore.getState().setCode(functionTemplate(STARTED));
    expect(templateOffer(ENDED, 'n')).toBeNull();
    useStore.getState().setCode('async function lambda(input) { return 1; }');
    expect(templateOffer(STARTED, 'n')).toBeNull();
    expect(templateOffer(null, 'n')).toBeNull();
  });

  it("names the other event's template and loads the open event's in the workspace's runtime, with Undo", () => {
    useStore.getState().setRuntime('v1');
    useStore.getState().setCode(functionTemplate(ENDED, 'v1'));
    const offer = templateOffer(null, 'n');
    expect(offer?.sentence).toBe(' The code is the Messaging Survey Ended template.');
    expect(offer?.action.label).toBe('Load the Messaging Survey Started template');
    offer?.action.run();
    expect(useStore.getState().code).toBe(functionTemplate(STARTED, 'v1'));
    const notice = useStore.getState().notices.find((n) => n.id === 'n');
    expect(notice?.message).toBe(
      'Loaded the Messaging Survey Started template, V1 (callback), in place of your code.',
    );
    notice?.actions?.[0]?.run();
    expect(useStore.getState().code).toBe(functionTemplate(ENDED, 'v1'));
    expect(useStore.getState().notices).toEqual([]);
  });

  it("loads the template of the workspace's runtime, whatever the code's style", () => {
    useStore.getState().setRuntime('v2');
    useStore.getState().setCode(functionTemplate(ENDED, 'v1'));
    templateOffer(null, 'n')?.action.run();
    expect(useStore.getState().code).toBe(functionTemplate(STARTED, 'v2'));
  });

  it('says code kept through an event change was written for the previous event', () => {
    useStore.getState().setCode('async function lambda(input) { return input.payload.ttr; }');
    expect(templateOffer(ENDED, 'n')?.sentence).toBe(
      ' Your code was written for Messaging Survey Ended.',
    );
  });
});
