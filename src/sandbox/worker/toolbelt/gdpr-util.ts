/**
 * `Toolbelt.GDPRUtil()` (cli-facts §8.7): replaces a conversation's hosted files on `swift`
 * (auth `GET /auth/v1.0`, then one `PUT <relativePath>` per file). V2 reads the first record
 * and authenticates once; V1 walks every record and authenticates per file.
 */
import { ERROR_CODES } from './constants';
import type { Csds } from './csds';
import type { ToolbeltDeps } from './deps';
import { ToolBeltError } from './errors';
import type { MockResponse } from './mock-http';
import {
  callService,
  fetchFailureText,
  isFetchFailure,
  messageOf,
  namedText,
  requestId,
  type ToolbeltVersion,
} from './service-call';

const CALLER = { client: 'GDPRUtil', operation: 'GDPRUtil.replaceConversationFiles' } as const;
/** The toolbelt's default replacement: a transparent 1×1 PNG. */
const PNG = { body: '[1×1 PNG, 68 bytes]', contentType: 'image/png' };

interface Record_ {
  messageRecords?: { type?: string; messageData?: { file?: { relativePath?: string } } }[];
}
const gdprError = (code: string, message: string) => new ToolBeltError('GDPR-Util', code, message);

function filePaths(records: Record_[]): string[] {
  return records.flatMap((record) =>
    (record.messageRecords ?? [])
      .filter((m) => m.type === 'HOSTED_FILE' && m.messageData?.file?.relativePath)
      .map((m) => m.messageData!.file!.relativePath!),
  );
}

const bodyText = (body: unknown) => (typeof body === 'string' ? body : '[file body]');

/** Creates the GDPR util of toolbelt `version`. */
export function createGdprUtil(deps: ToolbeltDeps, version: ToolbeltVersion, csds: Csds) {
  async function token(host: string, username: unknown, password: unknown): Promise<string> {
    const answer = await callService(deps, {
      ...CALLER,
      method: 'GET',
      url: `https://${host}/auth/v1.0`,
      headers: { 'x-auth-user': String(username), 'x-auth-key': String(password) },
    });
    if (answer.status < 200 || answer.status > 299) {
      throw gdprError(
        ERROR_CODES.GDPRUtil.AuthFailure,
        `Authentication failed with response: ${answer.body}. Status Code: ${answer.status}`,
      );
    }
    const value = answer.headers['x-auth-token'];
    if (!value) throw gdprError(ERROR_CODES.GDPRUtil.AuthFailure, 'No Auth token returned');
    return value;
  }

  async function replace(host: string, path: string, authToken: string, file: typeof PNG) {
    const answer: MockResponse = await callService(deps, {
      ...CALLER,
      method: 'PUT',
      url: `https://${host}${path}`,
      headers: {
        'content-type': file.contentType,
        'x-auth-token': authToken,
        'x-request-id': requestId(),
      },
      body: bodyText(file.body),
    });
    if (answer.status < 200 || answer.status > 299) {
      throw gdprError(
        ERROR_CODES.GDPRUtil.General,
        `File replacement failed with response: ${answer.body}. Status Code: ${answer.status}`,
      );
    }
  }

  return {
    /** Replaces every hosted file `shouldReplace` accepts; resolves the replaced paths. */
    async replaceConversationFiles(
      conversation: unknown,
      credentials: unknown,
      shouldReplace: (path: string) => boolean = () => true,
      file: { body: unknown; contentType: string } = PNG,
    ): Promise<string[]> {
      const records = ((conversation as { conversationHistoryRecords?: Record_[] } | null)
        ?.conversationHistoryRecords ?? []) as Record_[];
      const { username, password } = (credentials ?? {}) as Record<string, unknown>;
      const replacement = { body: bodyText(file.body), contentType: file.contentType };
      if (version === 'v1') {
        const host = await csds.domain('swift', CALLER);
        const paths = filePaths(records).filter((path) => shouldReplace(path));
        for (const path of paths) {
          let authToken: string;
          try {
            authToken = await token(host, username, password);
          } catch (error) {
            throw new Error(`Unable to authorize at Swift: ${messageOf(error)}`, { cause: error });
          }
          try {
            await replace(host, path, authToken, replacement);
          } catch (error) {
            throw new Error(`Unable to replace image ${path}: ${messageOf(error)}`, {
              cause: error,
            });
          }
        }
        return paths;
      }
      if (records.length === 0) return [];
      if (!records[0]!.messageRecords)
        throw gdprError(ERROR_CODES.GDPRUtil.General, 'No message records provided');
      const paths = filePaths(records.slice(0, 1)).filter((path) => shouldReplace(path));
      if (paths.length === 0) return [];
      const host = await csds.domain('swift', CALLER);
      try {
        const authToken = await token(host, username, password);
        for (const path of paths) await replace(host, path, authToken, replacement);
      } catch (error) {
        if (error instanceof ToolBeltError) throw error;
        throw gdprError(
          ERROR_CODES.GDPRUtil.ReplaceFileFailed,
          isFetchFailure(error) ? fetchFailureText(error) : namedText(error),
        );
      }
      return paths;
    },
  };
}
