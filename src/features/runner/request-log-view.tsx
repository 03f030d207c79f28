import { patternForUrl } from '../../lib/url-pattern';
import type { RequestLogEntry } from '../../sandbox/protocol';
import { HTTP_METHODS } from '../../schema/workspace';
import { useStore } from '../../store/store';
import { Button } from '../../ui/button';
import { StepLink, type StepLinks } from './step-link';

/** Adds a mock rule answering this request's method and URL (any query) with 200 and `{}`. */
function useAddMock() {
  const setMocks = useStore((s) => s.setMocks);
  return (request: RequestLogEntry) => {
    const mocks = useStore.getState().mocks;
    const url = patternForUrl(request.url);
    const method = HTTP_METHODS.find((m) => m === request.method.toUpperCase());
    if (mocks.some((m) => m.url === url && (m.method === undefined || m.method === method))) return;
    setMocks([...mocks, { ...(method ? { method } : {}), url, status: 200, body: {} }]);
  };
}

/** Props of the request log. */
export interface RequestLogViewProps {
  requests: RequestLogEntry[];
  /** Links from each request to its debugger step, when a recording is shown. */
  stepLinks?: StepLinks | undefined;
}

/** Every request the function made, what answered it, and a way to mock the ones nothing answered. */
export function RequestLogView({ requests, stepLinks }: RequestLogViewProps) {
  const addMock = useAddMock();
  const mocks = useStore((s) => s.mocks);
  if (requests.length === 0) {
    return (
      <p className="p-2 text-xs text-slate-500 dark:text-slate-400">
        The function made no HTTP requests.
      </p>
    );
  }
  return (
    <ol aria-label="Requests" className="divide-y divide-slate-200 text-xs dark:divide-slate-800">
      {requests.map((request) => {
        const mocked = mocks.some((m) => m.url === patternForUrl(request.url));
        return (
          <li key={request.id} className="flex items-start gap-2 p-2">
            <div className="min-w-0 flex-1">
              <details>
                <summary className="cursor-pointer font-mono">
                  <span className="font-semibold">{request.method}</span> {request.url}{' '}
                  <span
                    className={
                      request.error
                        ? 'text-red-700 dark:text-red-300'
                        : 'text-slate-600 dark:text-slate-300'
                    }
                  >
                    {request.error
                      ? 'no mock'
                      : request.status === undefined
                        ? 'waiting…'
                        : request.status}
                    {request.durationMs !== undefined && ` · ${request.durationMs} ms`} ·{' '}
                    {request.operation ?? request.client}
                    {request.mockIndex !== null && ` · mock #${request.mockIndex + 1}`}
                  </span>
                </summary>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 font-mono">
                  <dt>Headers</dt>
                  <dd className="whitespace-pre-wrap">
                    {JSON.stringify(request.requestHeaders, null, 2)}
                  </dd>
                  {request.requestBody !== undefined && (
                    <>
                      <dt>Body</dt>
                      <dd className="whitespace-pre-wrap break-all">{request.requestBody}</dd>
                    </>
                  )}
                  {request.responseBody !== undefined && (
                    <>
                      <dt>Answer</dt>
                      <dd className="whitespace-pre-wrap break-all">{request.responseBody}</dd>
                    </>
                  )}
                </dl>
              </details>
              {request.error && (
                <div className="mt-1 flex items-center gap-2 text-red-800 dark:text-red-200">
                  <span>{request.error}</span>
                  {mocked ? (
                    <span>A mock for it is in Settings.</span>
                  ) : (
                    <Button onClick={() => addMock(request)}>Add a mock for this URL</Button>
                  )}
                </div>
              )}
            </div>
            {stepLinks && <StepLink step={stepLinks.request(request.id)} go={stepLinks.go} />}
          </li>
        );
      })}
    </ol>
  );
}
