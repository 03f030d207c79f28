/**
 * `Toolbelt.SDEUtil()` (cli-facts §8.6): `addSDEs` PUTs engagement attributes to the visitor's
 * current visit on `smt`; `getSDEsFromConv` reads them from a conversation.
 */
import { ERROR_CODES } from './constants';
import type { Csds } from './csds';
import type { ToolbeltDeps } from './deps';
import { ToolBeltError } from './errors';
import type { TokenSource } from './oauth2';
import {
  brandId,
  callService,
  fetchFailureText,
  isFetchFailure,
  messageOf,
  namedText,
  requestId,
  type ToolbeltVersion,
} from './service-call';

type Events = { events: { serverTimeStamp?: number }[] };
const OPERATION = { client: 'SDEUtil', operation: 'SDEUtil.addSDEs' } as const;
const sdeError = (code: string, message: string) => new ToolBeltError('SDE-Util', code, message);

/** The SDEs of the conversation's first record; V2 sorts them by `serverTimeStamp`. */
function sdesOf(conversation: unknown, version: ToolbeltVersion) {
  const records = (conversation as { conversationHistoryRecords?: unknown } | null)
    ?.conversationHistoryRecords;
  if (version === 'v1') {
    if (!Array.isArray(records)) {
      throw new Error(
        'Error while getting SDEs from conversation: Please provide a valid conversation.',
      );
    }
    const first = (records[0] ?? {}) as { sdes?: Events; unAuthSdes?: Events };
    return { sdes: first.sdes ?? { events: [] }, unAuthSdes: first.unAuthSdes ?? { events: [] } };
  }
  try {
    if (!Array.isArray(records) || records.length === 0)
      throw sdeError(ERROR_CODES.SDEsUtil.General, 'conversationHistoryRecords is empty');
    const first = records[0] as { sdes?: Events; unAuthSdes?: Events };
    if (!first.sdes && !first.unAuthSdes)
      throw sdeError(ERROR_CODES.SDEsUtil.General, 'No sdes or unAuthSdes are provided');
    const sorted = (list: Events | undefined) => ({
      events: [...(list?.events ?? [])].sort(
        (a, b) => (a.serverTimeStamp ?? 0) - (b.serverTimeStamp ?? 0),
      ),
    });
    return { sdes: sorted(first.sdes), unAuthSdes: sorted(first.unAuthSdes) };
  } catch (error) {
    if (error instanceof ToolBeltError) throw error;
    throw sdeError(
      ERROR_CODES.SDEsUtil.General,
      `Error while getting SDEs from conversation: ${namedText(error)}`,
    );
  }
}

/** Creates the SDE util of toolbelt `version` (V2 authorises with the app key). */
export function createSdeUtil(
  deps: ToolbeltDeps,
  version: ToolbeltVersion,
  csds: Csds,
  authorization: TokenSource,
) {
  async function put(sdes: unknown, visitorId: unknown, sessionId: unknown): Promise<number> {
    const host = await csds.domain('smt', OPERATION);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (version === 'v2') {
      headers['x-request-id'] = requestId();
      headers.authorization = await authorization(OPERATION);
    }
    const answer = await callService(deps, {
      ...OPERATION,
      method: 'PUT',
      url: `https://${host}/api/account/${brandId(deps, version)}/monitoring/visitors/${String(visitorId)}/visits/current/events?v=1&sid=${String(sessionId)}`,
      headers,
      body: JSON.stringify(sdes),
    });
    if (answer.status < 200 || answer.status > 299) {
      if (version === 'v1') throw new Error(`${answer.status} - ${answer.body}`);
      throw sdeError(
        ERROR_CODES.SDEsUtil.UnexpectedResponse,
        `Unexpected response: ${answer.body}. Status Code: ${answer.status}`,
      );
    }
    return answer.status;
  }

  return {
    /** Adds engagement attributes to the visitor's current visit; resolves undefined. */
    async addSDEs(sdes: unknown, visitorId: unknown, sessionId: unknown): Promise<void> {
      if (!Array.isArray(sdes) || sdes.length === 0) {
        if (version === 'v1') throw new Error('Please provide one or more SDEs');
        throw sdeError(ERROR_CODES.SDEsUtil.General, 'Please provide one or more SDEs');
      }
      try {
        await put(sdes, visitorId, sessionId);
      } catch (error) {
        if (version === 'v1')
          throw new Error(`Error while setting SDEs: ${messageOf(error)}`, { cause: error });
        if (error instanceof ToolBeltError && error.component === 'SDE-Util') throw error;
        throw sdeError(
          ERROR_CODES.SDEsUtil.General,
          isFetchFailure(error) ? fetchFailureText(error) : namedText(error),
        );
      }
    },
    /** The conversation's SDEs: `{sdes: {events}, unAuthSdes: {events}}`. */
    getSDEsFromConv: (conversation: unknown) => sdesOf(conversation, version),
  };
}
