import { MAX_LINK_BYTES, validateLinkState, type LinkState } from '../../schema/link-state';
import { storedSecrets } from '../../schema/workspace';

/** Prefix of the plain import link's hash. */
export const PLAIN_LINK_PREFIX = '#json=';

/** Builds the plain import link hash for a state; a JSON secret's value is written as its JSON. */
export function encodePlainLink(state: LinkState): string {
  const written = state.secrets ? { ...state, secrets: storedSecrets(state.secrets) } : state;
  return PLAIN_LINK_PREFIX + encodeURIComponent(JSON.stringify(written));
}

/** Decodes a `#json=` hash; never throws: the state, or a sentence saying what is wrong. */
export function decodePlainLink(hash: string): { state: LinkState } | { error: string } {
  const body = hash.startsWith(PLAIN_LINK_PREFIX) ? hash.slice(PLAIN_LINK_PREFIX.length) : hash;
  if (body.length > MAX_LINK_BYTES * 3) return { error: 'the link is larger than 1 MB' };
  let text: string;
  try {
    text = decodeURIComponent(body);
  } catch {
    return { error: 'the link is damaged: its text is not properly encoded (was it cut short?)' };
  }
  if (text.length > MAX_LINK_BYTES) return { error: 'the link is larger than 1 MB' };
  if (!text.trim()) return { error: 'the link is empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `its JSON is malformed (${(error as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: 'it must hold a JSON object like {"payload": {...}}' };
  }
  return validateLinkState(value);
}
