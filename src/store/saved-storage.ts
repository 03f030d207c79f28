import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readText, removeKey, writeText, type StorageFailure } from '../lib/storage';
import { parseSavedText, PERSIST_VERSION, type PersistedState } from './persisted-state';

/** localStorage key of the saved state. */
export const STORAGE_KEY = 'survey-playground:state';
/** localStorage key where unreadable saved text is kept for the user to download. */
export const UNREADABLE_KEY = 'survey-playground:unreadable-state';
const WRITE_DELAY_MS = 250;

/** What the saved storage tells the app. */
export interface SavedStorageEvents {
  /** Saved text could not be used; it was kept under UNREADABLE_KEY. */
  onUnreadable: (reason: string, text: string) => void;
  /** A write failed (null: writes work again). */
  onWriteResult: (failure: StorageFailure | null) => void;
}

/** Persist storage: validated, migrated reads; batched writes that report failures instead of throwing. */
export function createSavedStorage(
  events: SavedStorageEvents,
): PersistStorage<PersistedState> & { flush: () => void } {
  let pending: StorageValue<PersistedState> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    const value = pending;
    pending = null;
    events.onWriteResult(writeText(STORAGE_KEY, JSON.stringify(value)));
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'hidden' && flush(),
    );
  }
  return {
    getItem: () => {
      const text = readText(STORAGE_KEY);
      if (text === null) return null;
      const parsed = parseSavedText(text);
      if ('error' in parsed) {
        writeText(UNREADABLE_KEY, text);
        events.onUnreadable(parsed.error, text);
        return null;
      }
      return { state: parsed.state, version: PERSIST_VERSION };
    },
    setItem: (_name, value) => {
      pending = value;
      clearTimeout(timer);
      timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem: () => removeKey(STORAGE_KEY),
    flush,
  };
}
