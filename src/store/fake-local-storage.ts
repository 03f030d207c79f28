// For unit tests: a Map-backed localStorage that can be made to refuse writes.
import { afterEach, beforeEach, vi } from 'vitest';

/** A Map-backed localStorage; `full` makes writes fail as a full storage does (or only for `fullKeys`). */
export function fakeLocalStorage() {
  const data = new Map<string, string>();
  const fake = {
    full: false,
    fullKeys: new Set<string>(),
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (fake.full || fake.fullKeys.has(k)) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    data,
  };
  return fake;
}

/** Gives each test of the file a fresh fake localStorage; returns a getter for it. */
export function withFakeLocalStorage(): () => ReturnType<typeof fakeLocalStorage> {
  let storage = fakeLocalStorage();
  beforeEach(() => {
    storage = fakeLocalStorage();
    vi.stubGlobal('localStorage', storage);
  });
  afterEach(() => vi.unstubAllGlobals());
  return () => storage;
}
