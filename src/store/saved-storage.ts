// The saved state in localStorage: a main slot and a copy of the previous good save. Reads are
// validated and migrated (unreadable text and unreadable workspaces are set aside, never dropped);
// writes are batched and report failures instead of throwing.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readText, removeKey, writeText, type StorageFailure } from '../lib/storage';
import { parseSavedText, type PersistedState, type SavedRead } from './persisted-state';
import { PERSIST_VERSION } from './saved-formats';
import { keepAside, type SetAsideRecord } from './set-aside';

/** localStorage key of the saved state. */
export const STORAGE_KEY = 'survey-playground:state';
/** localStorage key of the previous good save, loaded when the main one cannot be read. */
export const PREVIOUS_KEY = 'survey-playground:state.previous';
const WRITE_DELAY_MS = 250;

/** A failed write: why, and to which slot (the save itself, or the copy of the previous one). */
export interface WriteFailure {
  failure: StorageFailure;
  slot: 'main' | 'previous';
}

/** What the saved storage tells the app. */
export interface SavedStorageEvents {
  /**
   * The saved text could not be used at all. It was set aside (`kept` is false when storage
   * refused it); the previous save was loaded instead when `previousLoaded`.
   */
  onUnreadable: (report: {
    reason: string;
    text: string;
    previousLoaded: boolean;
    kept: boolean;
  }) => void;
  /** Some workspaces could not be read: set aside (`kept` false when storage refused them), the rest loaded. */
  onSetAside: (report: { read: SavedRead; records: SetAsideRecord[]; kept: boolean }) => void;
  /** A write failed (null: writes work again). */
  onWriteResult: (failure: WriteFailure | null) => void;
}

const record = (what: string, reason: string, text: string): SetAsideRecord => ({
  keptAt: new Date().toISOString(),
  what,
  reason,
  text,
});

/** Persist storage over the two slots, with `flush` to write a pending change now. */
export function createSavedStorage(
  events: SavedStorageEvents,
): PersistStorage<PersistedState> & { flush: () => void } {
  let pending: StorageValue<PersistedState> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The last text read or written whole and well, and what the previous slot holds.
  let lastGood: string | null = null;
  let previousText: string | null = null;

  const flush = () => {
    clearTimeout(timer);
    if (!pending) return;
    const text = JSON.stringify(pending);
    pending = null;
    if (text === lastGood) return;
    let failed: WriteFailure | null = null;
    if (lastGood !== null && lastGood !== previousText) {
      const failure = writeText(PREVIOUS_KEY, lastGood);
      if (failure) failed = { failure, slot: 'previous' };
      else previousText = lastGood;
    }
    const failure = writeText(STORAGE_KEY, text);
    if (failure) failed = { failure, slot: 'main' };
    else lastGood = text;
    events.onWriteResult(failed);
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'hidden' && flush(),
    );
  }

  const load = (read: SavedRead, text: string): StorageValue<PersistedState> => {
    if (read.setAside.length) {
      const records = read.setAside.map((w) => record(`workspace "${w.name}"`, w.reason, w.text));
      events.onSetAside({ read, records, kept: !keepAside(records) });
    } else {
      lastGood = text;
    }
    return { state: read.state, version: PERSIST_VERSION };
  };

  return {
    getItem: () => {
      previousText = readText(PREVIOUS_KEY);
      const main = readText(STORAGE_KEY);
      if (main === null) return null;
      const read = parseSavedText(main);
      if (!('error' in read)) return load(read, main);
      const records = [record('the saved state', read.error, main)];
      let fallback: { read: SavedRead; text: string } | null = null;
      if (previousText !== null) {
        const previous = parseSavedText(previousText);
        if ('error' in previous) {
          records.push(record('the previous save', previous.error, previousText));
        } else {
          fallback = { read: previous, text: previousText };
        }
      }
      const kept = !keepAside(records);
      events.onUnreadable({ reason: read.error, text: main, previousLoaded: !!fallback, kept });
      return fallback && load(fallback.read, fallback.text);
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
