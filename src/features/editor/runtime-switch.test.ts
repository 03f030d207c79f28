import { beforeEach, describe, expect, it } from 'vitest';
import { functionTemplate } from '../../lib/function-templates';
import { useStore } from '../../store/store';
import { switchRuntime } from './runtime-switch';

const ENDED = 'surveybot_messaging_survey_ended';

beforeEach(() => {
  useStore.getState().setEvent(ENDED);
  useStore.getState().setRuntime('v2');
});

describe('switchRuntime', () => {
  it("swaps an unchanged template for the new runtime's, both ways", () => {
    useStore.getState().setCode(functionTemplate(ENDED, 'v2'));
    switchRuntime('v1');
    expect(useStore.getState()).toMatchObject({
      runtime: 'v1',
      code: functionTemplate(ENDED, 'v1'),
    });
    switchRuntime('v2');
    expect(useStore.getState()).toMatchObject({
      runtime: 'v2',
      code: functionTemplate(ENDED, 'v2'),
    });
  });

  it("keeps the user's own code", () => {
    const mine = 'async function lambda(input) { return input.payload.ttr; }';
    useStore.getState().setCode(mine);
    switchRuntime('v1');
    expect(useStore.getState()).toMatchObject({ runtime: 'v1', code: mine });
  });
});
