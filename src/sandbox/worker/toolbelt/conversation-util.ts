/** `Toolbelt.ConversationUtil()`: getConversationById answered by a mock rule, and the keyword scanner. */
import { ERROR_CODES } from './constants';
import type { ToolbeltDeps } from './deps';
import { ToolBeltError } from './errors';
import { lpServiceUrl } from './lp-client';
import { sendRequest } from './mock-http';

interface MessageRecord {
  type?: string;
  messageData?: { msg?: { text?: string }; file?: { caption?: string } };
  timeL?: number;
  sentBy?: string;
}
interface Conversation {
  conversationHistoryRecords: { messageRecords?: MessageRecord[] }[];
}

const utilError = (code: string, message: string) =>
  new ToolBeltError('Conversation-Util', code, message);

function isConversation(value: unknown): value is Conversation {
  return (
    !!value &&
    typeof value === 'object' &&
    Array.isArray((value as Conversation).conversationHistoryRecords)
  );
}

/** The path getConversationById posts to, for an account. */
export function conversationSearchPath(accountId: string): string {
  return `/messaging_history/api/account/${accountId}/conversations/conversation/search?v=2&company=lp&source=FaaS_Toolbelt`;
}

/** Creates the conversation util. */
export function createConversationUtil(deps: ToolbeltDeps) {
  return {
    /** Posts to the messaging history search (a mock rule answers) and checks the answer is a conversation. */
    async getConversationById(
      conversationId: unknown,
      contentToRetrieve?: unknown,
    ): Promise<Conversation> {
      if (!conversationId)
        throw utilError(ERROR_CODES.ConversationUtil.General, 'Please provide a conversation ID.');
      const body =
        Array.isArray(contentToRetrieve) && contentToRetrieve.length > 0
          ? { conversationId, contentToRetrieve }
          : { conversationId };
      const url = lpServiceUrl(
        'msgHist',
        conversationSearchPath(deps.env.X_LIVEPERSON_BRAND_ID ?? deps.env.BRAND_ID ?? ''),
      );
      let text: string;
      let status: number;
      try {
        ({ body: text, status } = await sendRequest(deps, {
          client: 'ConversationUtil',
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }));
      } catch (error) {
        throw utilError(
          ERROR_CODES.ConversationUtil.General,
          `Error while fetching conversation "${String(conversationId)}":  Error: ${(error as Error).message}`,
        );
      }
      let conversation: unknown = text;
      try {
        conversation = JSON.parse(text);
      } catch {
        // not JSON: reported below as an unexpected response
      }
      if (!isConversation(conversation)) {
        throw utilError(
          ERROR_CODES.ConversationUtil.UnexpectedResponse,
          `Unexpected response: ${JSON.stringify(conversation)}. Status Code: ${status}`,
        );
      }
      if (conversation.conversationHistoryRecords.length === 0) {
        throw utilError(
          ERROR_CODES.ConversationUtil.NotFound,
          `Conversation "${String(conversationId)}" not found.`,
        );
      }
      return conversation;
    },
    /** Messages of the conversation's transcript that contain any of the keywords (case-insensitive). */
    scanConversationForKeywords(conversation: unknown, keywords: unknown) {
      const transcript = isConversation(conversation)
        ? conversation.conversationHistoryRecords[0]?.messageRecords
        : undefined;
      if (!transcript) {
        throw utilError(
          ERROR_CODES.ConversationUtil.General,
          'Please provide conversation object with message records.',
        );
      }
      if (!Array.isArray(keywords) || keywords.length === 0) {
        throw utilError(
          ERROR_CODES.ConversationUtil.General,
          'Please provide array containing keywords.',
        );
      }
      const messages = transcript
        .filter((record) => record.type === 'HOSTED_FILE' || record.type === 'TEXT_PLAIN')
        .map((record) => ({
          message:
            (record.type === 'TEXT_PLAIN'
              ? record.messageData?.msg?.text
              : record.messageData?.file?.caption) || '',
          sentTimestamp: record.timeL,
          sentBy: record.sentBy,
        }));
      return keywords.flatMap((keyword) =>
        messages
          .filter(({ message }) => new RegExp(String(keyword), 'gmi').test(message))
          .map((message) => ({ ...message, tag: `keywordRef:${String(keyword)}` })),
      );
    },
  };
}
