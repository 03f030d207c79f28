/**
 * `Toolbelt.ConversationUtil()` (cli-facts §8.5): getConversationById posts to the messaging
 * history search on `msgHist` (V2 authorised with the app key), and the keyword scanner.
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
  parseBody,
  requestId,
  type ToolbeltVersion,
} from './service-call';

interface MessageRecord {
  type?: string;
  messageData?: { msg?: { text?: string }; file?: { caption?: string } };
  timeL?: number;
  sentBy?: string;
}
interface Conversation {
  conversationHistoryRecords: { messageRecords?: MessageRecord[] }[];
}

const CALLER = {
  client: 'ConversationUtil',
  operation: 'ConversationUtil.getConversationById',
} as const;
const utilError = (code: string, message: string) =>
  new ToolBeltError('Conversation-Util', code, message);

function isConversation(value: unknown): value is Conversation {
  return (
    !!value &&
    typeof value === 'object' &&
    Array.isArray((value as Conversation).conversationHistoryRecords)
  );
}

/** The path getConversationById posts to, for an account (V1 sends only `?v=2`). */
export function conversationSearchPath(accountId: string, version: ToolbeltVersion = 'v2'): string {
  const query = version === 'v2' ? '?v=2&company=lp&source=FaaS_Toolbelt' : '?v=2';
  return `/messaging_history/api/account/${accountId}/conversations/conversation/search${query}`;
}

/** Creates the conversation util of toolbelt `version`. */
export function createConversationUtil(
  deps: ToolbeltDeps,
  version: ToolbeltVersion,
  csds: Csds,
  authorization: TokenSource,
) {
  const v1 = version === 'v1';
  const fail = (code: string, message: string) =>
    v1 ? new Error(message) : utilError(code, message);

  async function search(conversationId: unknown, contentToRetrieve: unknown) {
    const body =
      Array.isArray(contentToRetrieve) && contentToRetrieve.length > 0
        ? { conversationId, contentToRetrieve }
        : { conversationId };
    const host = await csds.domain('msgHist', CALLER);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (v1) headers.accept = 'application/json';
    else {
      headers['x-request-id'] = requestId();
      headers.authorization = await authorization(CALLER);
    }
    const answer = await callService(deps, {
      ...CALLER,
      method: 'POST',
      url: `https://${host}${conversationSearchPath(brandId(deps, version), version)}`,
      headers,
      body: JSON.stringify(body),
    });
    const conversation = parseBody(answer.body);
    if (
      !isConversation(conversation) ||
      (!v1 && typeof (conversation as { _metadata?: unknown })._metadata !== 'object')
    ) {
      throw fail(
        ERROR_CODES.ConversationUtil.UnexpectedResponse,
        `Unexpected response: ${JSON.stringify(conversation)}. Status Code: ${answer.status}`,
      );
    }
    if (conversation.conversationHistoryRecords.length === 0) {
      throw fail(
        ERROR_CODES.ConversationUtil.NotFound,
        `Conversation "${String(conversationId)}" not found.`,
      );
    }
    return conversation;
  }

  return {
    /** Posts to the messaging history search and checks the answer is a conversation. */
    async getConversationById(conversationId: unknown, contentToRetrieve?: unknown) {
      if (!conversationId)
        throw fail(ERROR_CODES.ConversationUtil.General, 'Please provide a conversation ID.');
      try {
        return await search(conversationId, contentToRetrieve);
      } catch (error) {
        const id = String(conversationId);
        if (v1)
          throw new Error(`Error while fetching conversation "${id}": ${messageOf(error)}`, {
            cause: error,
          });
        if (error instanceof ToolBeltError && error.component === 'Conversation-Util') throw error;
        if (isFetchFailure(error))
          throw utilError(ERROR_CODES.ConversationUtil.General, fetchFailureText(error));
        throw utilError(
          ERROR_CODES.ConversationUtil.General,
          `Error while fetching conversation "${id}":  ${namedText(error)}`,
        );
      }
    },
    /** Messages of the first record's transcript that match any keyword (a case-insensitive regex). */
    scanConversationForKeywords(conversation: unknown, keywords: unknown) {
      const transcript = isConversation(conversation)
        ? conversation.conversationHistoryRecords[0]?.messageRecords
        : undefined;
      if (!transcript) {
        throw fail(
          ERROR_CODES.ConversationUtil.General,
          v1
            ? 'Please provide conversation object.'
            : 'Please provide conversation object with message records.',
        );
      }
      if (!Array.isArray(keywords) || keywords.length === 0)
        throw fail(
          ERROR_CODES.ConversationUtil.General,
          'Please provide array containing keywords.',
        );
      const messages = transcript
        .filter((record) => record.type === 'HOSTED_FILE' || record.type === 'TEXT_PLAIN')
        .map((record) => {
          // TB1 reads the text without a guard: a record without messageData throws a TypeError.
          const data = record.messageData;
          const plain = record.type === 'TEXT_PLAIN';
          const text = v1
            ? plain
              ? data!.msg!.text
              : data!.file!.caption
            : plain
              ? data?.msg?.text
              : data?.file?.caption;
          return { message: text || '', sentTimestamp: record.timeL, sentBy: record.sentBy };
        });
      return keywords.flatMap((keyword) =>
        messages
          .filter(({ message }) => new RegExp(String(keyword), 'gmi').test(message))
          .map((message) => ({ ...message, tag: `keywordRef:${String(keyword)}` })),
      );
    },
  };
}
