import { useCallback, useMemo, useState } from 'react';
import { parsePayloadText, type JsonTextError } from './json-text';

type Payload = Record<string, unknown>;

interface Draft {
  text: string;
  /** The store's payload when the text was typed: the draft holds only while the payload is this. */
  basis: Payload;
  error: JsonTextError | null;
}

/**
 * The raw view's text. Valid text goes to the store at once; invalid text stays here with its
 * error while the store keeps the last valid payload. A change made elsewhere replaces the text.
 * @param active whether the view is shown (the text is only written out then)
 */
export function useRawDraft(payload: Payload, setPayload: (p: Payload) => void, active: boolean) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft !== null && draft.basis === payload ? draft : null;
  const written = useMemo(
    () => (active && !current ? JSON.stringify(payload, null, 2) : ''),
    [active, current, payload],
  );
  const onChange = useCallback(
    (text: string) => {
      const result = parsePayloadText(text);
      if (result.ok) {
        setPayload(result.value);
        setDraft({ text, basis: result.value, error: null });
      } else {
        setDraft({ text, basis: payload, error: result.error });
      }
    },
    [payload, setPayload],
  );
  return {
    text: current ? current.text : written,
    error: current?.error ?? null,
    onChange,
    /** Drops the unparsable text and shows the payload as the store holds it. */
    revert: useCallback(() => setDraft(null), []),
  };
}
