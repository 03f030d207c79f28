// The only place that touches localStorage: reads and writes that never throw.

/** Why a write failed. */
export type StorageFailure = 'full' | 'unavailable';

/** Reads a key's text, or null when absent or when storage cannot be read. */
export function readText(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  );
}

/** Writes a key's text; returns what went wrong instead of throwing. */
export function writeText(key: string, text: string): StorageFailure | null {
  try {
    if (!globalThis.localStorage) return 'unavailable';
    globalThis.localStorage.setItem(key, text);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** Removes a key; ignores storage that cannot be written. */
export function removeKey(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing to remove from storage we cannot reach
  }
}

/** Offers text to the user as a file download. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  downloadBytes(filename, new TextEncoder().encode(text), type);
}

/** Offers bytes to the user as a file download. */
export function downloadBytes(filename: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a key of this tab's sessionStorage, or null. */
export function readSessionText(key: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a key of this tab's sessionStorage; failures are ignored (it only saves a repeat). */
export function writeSessionText(key: string, text: string): void {
  try {
    globalThis.sessionStorage?.setItem(key, text);
  } catch {
    // a full or blocked sessionStorage only costs a repeated notice
  }
}
