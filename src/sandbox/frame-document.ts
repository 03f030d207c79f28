/**
 * The document of the sandbox frame (`<iframe sandbox="allow-scripts" srcdoc>`, an opaque
 * origin): a CSP that forbids every connection, and a bootstrap that starts the worker from the
 * script the app sends, then hands it its port. User code runs only in that worker.
 */

/** The frame's Content Security Policy: the nonce'd bootstrap, blob workers, eval for the function; no network. */
export function frameCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'unsafe-eval' blob:`,
    'worker-src blob:',
    "connect-src 'none'",
    "img-src 'none'",
    "style-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Runs in the frame: accepts one init message from the parent, starts the worker, relays its crash. */
const BOOTSTRAP = `
(() => {
  let started = false;
  addEventListener('message', (event) => {
    const data = event.data;
    if (started || event.source !== parent || !data || data.kind !== 'init' || typeof data.workerScript !== 'string' || event.ports.length !== 2) return;
    started = true;
    const [control, workerPort] = event.ports;
    const worker = new Worker(URL.createObjectURL(new Blob([data.workerScript], { type: 'text/javascript' })));
    worker.addEventListener('error', (error) => {
      error.preventDefault();
      control.postMessage({ kind: 'worker-error', message: String(error.message || 'the worker stopped') });
    });
    control.onmessage = (message) => {
      if (message.data && message.data.kind === 'terminate') worker.terminate();
    };
    worker.postMessage({ kind: 'connect' }, [workerPort]);
    setInterval(() => control.postMessage({ kind: 'alive' }), 250);
  });
})();
`;

/** The frame's srcdoc for a fresh random `nonce`. */
export function frameDocument(nonce: string): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${frameCsp(nonce)}">` +
    `</head><body><script nonce="${nonce}">${BOOTSTRAP}</script></body></html>`
  );
}
