// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunToolbar } from './run-toolbar';

afterEach(cleanup);

describe('RunToolbar Debug', () => {
  it('puts Debug right after Run, with its shortcut, and calls onDebug on a click', () => {
    const onDebug = vi.fn();
    render(<RunToolbar onDebug={onDebug} />);
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons.slice(0, 3)).toEqual(['Run', 'Debug', 'Stop']);
    const debug = screen.getByRole('button', { name: 'Debug' });
    expect(debug.getAttribute('title')).toBe('Debug the function (Ctrl+Shift+Enter)');
    expect(debug.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Enter Meta+Shift+Enter');
    fireEvent.click(debug);
    expect(onDebug).toHaveBeenCalledTimes(1);
  });

  it('debugs on Ctrl+Shift+Enter and Cmd+Shift+Enter anywhere, not with Alt too', () => {
    const onDebug = vi.fn();
    render(<RunToolbar onDebug={onDebug} />);
    const shifted = new KeyboardEvent('keydown', {
      key: 'Enter',
      ctrlKey: true,
      shiftKey: true,
      cancelable: true,
    });
    window.dispatchEvent(shifted);
    expect(onDebug).toHaveBeenCalledTimes(1);
    expect(shifted.defaultPrevented).toBe(true);
    fireEvent.keyDown(document.body, { key: 'Enter', metaKey: true, shiftKey: true });
    expect(onDebug).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true, shiftKey: true, altKey: true });
    expect(onDebug).toHaveBeenCalledTimes(2);
  });

  it('has no Debug button, and leaves the key alone, without onDebug', () => {
    render(<RunToolbar />);
    expect(screen.queryByRole('button', { name: 'Debug' })).toBeNull();
    const shifted = new KeyboardEvent('keydown', {
      key: 'Enter',
      ctrlKey: true,
      shiftKey: true,
      cancelable: true,
    });
    window.dispatchEvent(shifted);
    expect(shifted.defaultPrevented).toBe(false);
  });
});
