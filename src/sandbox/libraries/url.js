/** Node's `url` for the sandbox: the `url` package's legacy API plus the WHATWG `URL` classes Node exports. */
import legacy from 'url/';

export const { parse, resolve, resolveObject, format, Url } = legacy;
export const { URL, URLSearchParams } = globalThis;
