/** The text forms of a mock rule's headers and body, as the mock editor shows and reads them. */

/** Headers as `Name: value` lines. */
export function headersToText(headers: Record<string, string> | undefined): string {
  return Object.entries(headers ?? {})
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** `Name: value` lines as headers (lines without a colon are skipped). */
export function textToHeaders(text: string): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return Object.keys(headers).length > 0 ? headers : undefined;
}

/** A body as text: strings as they are, other values as formatted JSON. */
export function bodyToText(body: unknown): string {
  if (body === undefined) return '';
  return typeof body === 'string' ? body : JSON.stringify(body, null, 2);
}

/** Text as a body: JSON when it parses (sent with content-type application/json), else the text itself. */
export function textToBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
