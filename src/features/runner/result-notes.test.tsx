// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toTagged } from '../../lib/safe-serialise';
import type { RunOutcome } from '../../sandbox/protocol';
import { runOutcome } from '../../sandbox/test-support/run-outcome';
import { useStore } from '../../store/store';
import { RunnerPanel } from './runner-panel';
import { runCurrent, useRunState } from './run-state';
import { takeSnapshot } from './stale-result';

const outcome = runOutcome({ hasResult: true, result: toTagged('ok'), raw: '"ok"' });

afterEach(() => {
  cleanup();
  useStore.getState().setPayloadDraftError(null);
  useRunState.setState({ outcome: null, ranWith: null, refused: null });
});

describe('result notes', () => {
  it('refuses to run while the JSON text does not parse, and says why until it parses', async () => {
    useStore.getState().setPayloadDraftError('Line 4, column 3: Unexpected token');
    render(<RunnerPanel />);
    let result: RunOutcome | null = outcome;
    await act(async () => void (result = await runCurrent()));
    expect(result).toBeNull();
    expect(useRunState.getState().running).toBe(false);
    expect(screen.getByLabelText('Run status').textContent).toBe(
      "Not run: the payload's JSON does not parse (Line 4, column 3: Unexpected token). Fix it, or revert to the last valid payload.",
    );
    act(() => useStore.getState().setPayloadDraftError(null));
    expect(screen.getByLabelText('Run status').textContent).toBe('Not run yet: press Run');
  });

  it('marks the result out of date when the code changes after the run', () => {
    useRunState.setState({ outcome, ranWith: takeSnapshot(useStore.getState()) });
    render(<RunnerPanel />);
    expect(screen.queryByRole('note')).toBeNull();
    const code = useStore.getState().code;
    act(() => useStore.getState().setCode(`${code}\n// edited`));
    expect(screen.getByRole('note').textContent).toMatch(
      /^Out of date: the code changed since this run\./,
    );
    act(() => useStore.getState().setCode(code));
    expect(screen.queryByRole('note')).toBeNull();
  });
});
