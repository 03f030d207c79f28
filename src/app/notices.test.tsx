// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store/store';
import type { Notice } from '../store/ui-slice';
import { stackNotices } from './notice-stack';
import { Notices } from './notices';

const notice = (id: string, over: Partial<Notice> = {}): Notice => ({
  id,
  tone: 'info',
  message: `Notice ${id}`,
  ...over,
});

describe('stackNotices', () => {
  it('puts the latest on top and the older ones behind it, newest first', () => {
    expect(stackNotices([])).toEqual({ latest: null, older: [] });
    const [a, b, c] = [notice('a'), notice('b'), notice('c')];
    expect(stackNotices([a, b, c])).toEqual({ latest: c, older: [b, a] });
  });
});

describe('Notices', () => {
  beforeEach(() => useStore.setState({ notices: [] }));
  afterEach(cleanup);

  it('shows the latest notice with a count of older ones that opens to them, actions kept', () => {
    const undone: string[] = [];
    const undo = (id: string) => [{ label: 'Undo', run: () => undone.push(id) }];
    const { pushNotice } = useStore.getState();
    pushNotice(notice('a', { actions: undo('a') }));
    pushNotice(notice('b', { tone: 'error' }));
    pushNotice(notice('c', { actions: undo('c') }));
    render(<Notices />);
    expect(screen.getAllByRole('status').map((n) => n.textContent)).toEqual(['Notice cUndo×']);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undone).toEqual(['c']);

    fireEvent.click(screen.getByRole('button', { name: '+2 older' }));
    const older = screen.getByRole('group', { name: 'Older notices' });
    expect(within(older).getByRole('alert').textContent).toContain('Notice b');
    fireEvent.click(within(older).getByRole('button', { name: 'Undo' }));
    expect(undone).toEqual(['c', 'a']);

    act(() => pushNotice(notice('d')));
    expect(screen.queryByRole('group', { name: 'Older notices' })).toBeNull();
    expect(screen.getByRole('button', { name: '+3 older' })).toBeTruthy();
  });

  it('shows one notice alone, an error as an alert', () => {
    useStore.getState().pushNotice(notice('a', { tone: 'error' }));
    render(<Notices />);
    expect(screen.getByRole('alert').textContent).toContain('Notice a');
    expect(screen.queryByRole('button', { name: /older/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(useStore.getState().notices).toEqual([]);
  });
});
