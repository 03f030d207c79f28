import { useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { parsePayloadText, type JsonTextError } from './json-text';

type Payload = Record<string, unknown>;

interface Draft {
  text: string;
  /** The store's payload when the text was typed. */
  before: Payload;
  /** The payload the text parsed to (sent to the store), or `before` when it does not parse. */
  after: Payload;
  error: JsonTextError | null;
}

/**
 * The raw view's text. Valid text goes to the store at once; invalid text stays here with its
 * error while the store keeps the last valid payload. A change made elsewhere replaces the text.
 * The draft is committed before the store changes, so no render in between rewrites the text
 * (an editor such as Monaco would otherwise lose the user's typing).
 * @param active whether the view is shown (the text is only written out then)
 */
export function useRawDraft(payload: Payload, setPayload: (p: Payload) => void, active: boolean) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const current =
    draft !== null && (draft.before === payload || draft.after === payload) ? draft : null;
  const written = useMemo(
    () => (active && !current ? JSON.stringify(payload, null, 2) : ''),
    [active, current, payload],
  );
  const onChange = useCallback(
    (text: string) => {
      const result = parsePayloadText(text);
      const after = result.ok ? result.value : payload;
      flushSync(() =>
        setDraft({ text, before: payload, after, error: result.ok ? null : result.error }),
      );
      if (result.ok) setPayload(result.value);
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
