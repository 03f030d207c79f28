/**
 * `Toolbelt.OrchestratorClient()` (V2, cli-facts §8.11): `invoke` calls other functions of the
 * account through `faasGW`, with retries, a deadline and an error strategy.
 */
import { Builtins } from '../../../lib/intrinsics';
import { realTimers } from '../timers';
import { ERROR_CODES } from './constants';
import type { Csds } from './csds';
import type { ToolbeltDeps } from './deps';
import { OrchestratorError, ToolBeltError } from './errors';
import type { MockResponse } from './mock-http';
import type { TokenSource } from './oauth2';
import { brandId, callService, parseBody, requestId } from './service-call';

const MAX_DEADLINE_MS = 25_000;
const RETRY_STATUSES = [500, 502, 504, 429];
const CALLER = { client: 'OrchestratorClient', operation: 'OrchestratorClient.invoke' } as const;

interface Invocation {
  uuid?: unknown;
  payload?: unknown;
  headers?: Record<string, unknown>;
  retries?: number;
  retryFunction?: (error: unknown) => boolean;
}
interface InvokeOptions {
  timeout?: number;
  json?: boolean;
  errorStrategy?: string;
  invokeParallel?: boolean;
}

const sleep = (ms: number) =>
  new Builtins.Promise<void>((resolve) => realTimers.setTimeout(resolve, ms));

/** Whether the default retry predicate retries `error`. */
function retriable(error: unknown): boolean {
  if (error instanceof OrchestratorError) return RETRY_STATUSES.includes(error.statusCode);
  return error instanceof Error && error.name === 'TimeoutError';
}

/** Creates the orchestrator client; `warn` writes a Warn log entry as console.warn does. */
export function createOrchestratorClient(
  deps: ToolbeltDeps,
  csds: Csds,
  authorization: TokenSource,
  warn: (message: string) => void,
) {
  async function once(invocation: Invocation, json: boolean | undefined) {
    const host = await csds.domain('faasGW', CALLER);
    const account = brandId(deps, 'v2');
    const uuid = String(invocation.uuid);
    const answer: MockResponse = await callService(deps, {
      ...CALLER,
      method: 'POST',
      url: `https://${host}/api/account/${account}/lambdas/${uuid}/invoke?v=1&externalSystem=${uuid}_${account}%7D`,
      headers: {
        authorization: await authorization(CALLER),
        'x-request-id': requestId(),
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        timestamp: Date.now(),
        payload: invocation.payload,
        headers: Object.entries(invocation.headers ?? {}).map(([key, value]) => ({ key, value })),
      }),
    });
    if (answer.status < 200 || answer.status > 299) {
      throw new OrchestratorError(
        ERROR_CODES.OrchestratorFN.Invocation.StatusError,
        'Invocation failed with a non 2XX error',
        answer,
      );
    }
    return {
      uuid,
      body: json ? parseBody(answer.body) : answer.body,
      headers: { ...answer.headers },
      statusCode: answer.status,
    };
  }

  async function withRetries(invocation: Invocation, json: boolean | undefined) {
    const attempts = invocation.retries ?? 3;
    const retry = invocation.retryFunction ?? retriable;
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(invocation, json);
      } catch (error) {
        if (attempt >= attempts || !retry(error)) throw error;
        await sleep(attempt * 100);
      }
    }
  }

  async function settled(invocation: Invocation, options: InvokeOptions) {
    try {
      return await withRetries(invocation, options.json);
    } catch (error) {
      if (options.errorStrategy !== 'ContinueOnError') throw error;
      const uuid = String(invocation.uuid);
      if (error instanceof OrchestratorError) {
        return {
          uuid,
          body: error.originalError,
          headers: error.headers,
          statusCode: error.statusCode,
          error: { code: error.code, message: error.message },
        };
      }
      const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
      return { uuid, error: { code: cause?.code, message: cause?.message ?? String(error) } };
    }
  }

  return {
    /** Invokes each function, in sequence or in parallel, within `deadline` ms (at most 25,000). */
    async invoke(
      invocations: unknown,
      deadline: number = MAX_DEADLINE_MS,
      options: InvokeOptions = {},
    ) {
      const list = (Array.isArray(invocations) ? invocations : []) as Invocation[];
      if (deadline > MAX_DEADLINE_MS) {
        warn(`Deadline exceeds maximum allowed value, ${MAX_DEADLINE_MS}ms will be used instead`);
        deadline = MAX_DEADLINE_MS;
      }
      const n = Math.max(list.length, 1);
      const timeout = options.timeout ?? Math.floor(deadline / n);
      if (timeout * n > deadline) {
        warn(
          `The invocation timeout exceeds the deadline, the value of ${Math.floor(deadline / n)} ms will be used`,
        );
      }
      const all = async () => {
        if (options.invokeParallel) return Promise.all(list.map((i) => settled(i, options)));
        const results = [];
        for (const invocation of list) results.push(await settled(invocation, options));
        return results;
      };
      let timer: ReturnType<typeof realTimers.setTimeout> | undefined;
      const expired = new Builtins.Promise<never>((_, reject) => {
        timer = realTimers.setTimeout(
          () =>
            reject(
              new ToolBeltError(
                'Orchestrator-FN',
                ERROR_CODES.OrchestratorFN.Timeout,
                `Invocations timed out after a deadline of ${deadline} ms`,
              ),
            ),
          deadline,
        );
      });
      try {
        return await Promise.race([all(), expired]);
      } finally {
        realTimers.clearTimeout(timer);
      }
    },
  };
}
