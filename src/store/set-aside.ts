// Saved text the playground could not load, kept in localStorage for the user: appended to a
// list, never replacing what is there, the oldest records dropped beyond the caps.
import { readText, writeText, type StorageFailure } from '../lib/storage';

/** localStorage key of the list of set-aside texts. */
export const SET_ASIDE_KEY = 'survey-playground:set-aside';
/** Most records kept. */
const MAX_RECORDS = 20;
/** Most characters of text kept in all (the records being added are kept whatever their size). */
const MAX_CHARS = 1_000_000;

/** A text set aside: when, what it was, why it could not be read, and the text as it was saved. */
export interface SetAsideRecord {
  /** ISO date and time. */
  keptAt: string;
  what: string;
  reason: string;
  text: string;
}

function isRecord(value: unknown): value is SetAsideRecord {
  const r = value as Partial<SetAsideRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    [r.keptAt, r.what, r.reason, r.text].every((v) => typeof v === 'string')
  );
}

function readRecords(): SetAsideRecord[] {
  const text = readText(SET_ASIDE_KEY);
  if (text === null) return [];
  try {
    const list: unknown = JSON.parse(text);
    if (Array.isArray(list) && list.every(isRecord)) return list;
  } catch {
    // kept below as it is
  }
  return [
    {
      keptAt: new Date().toISOString(),
      what: 'earlier set-aside text',
      reason: 'it is not a list the playground can read',
      text,
    },
  ];
}

/** Appends records to the set-aside list (the oldest dropped beyond the caps); returns what went wrong, if anything. */
export function keepAside(records: SetAsideRecord[]): StorageFailure | null {
  const all = [...readRecords(), ...records];
  let size = all.reduce((n, r) => n + r.text.length, 0);
  while (all.length > records.length && (all.length > MAX_RECORDS || size > MAX_CHARS)) {
    size -= all.shift()?.text.length ?? 0;
  }
  return writeText(SET_ASIDE_KEY, JSON.stringify(all));
}
