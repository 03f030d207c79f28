import { PLATFORM_MODULES } from './platform-lints';

const TOOLBELTS = new Set(['lp-faas-toolbelt', 'core-functions-toolbelt']);
const libraries = [...new Set([...PLATFORM_MODULES.v1, ...PLATFORM_MODULES.v2])].filter(
  (m) => !TOOLBELTS.has(m),
);

/**
 * Declarations of the Functions runtime (Node) that the browser's own lib lacks: `process.env`,
 * `Buffer`, and the libraries the platform offers (typed loosely: their full typings would weigh
 * more than the editor).
 */
export const RUNTIME_GLOBALS = `declare var process: {
  env: {
    [name: string]: string | undefined;
    /** V2: the brand (account) id. */
    X_LIVEPERSON_BRAND_ID?: string;
    /** V2: the function's id. */
    X_LIVEPERSON_FUNCTION_UUID?: string;
    /** V2: the project's id. */
    X_LIVEPERSON_PROJECT_ID?: string;
    /** V2: the CSDS domain of the account. */
    X_LIVEPERSON_CSDS_DOMAIN?: string;
  };
};
type BufferEncoding = 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'latin1' | 'binary' | 'ascii' | 'ucs2' | 'utf16le';
/** Node's byte buffer. */
interface Buffer extends Uint8Array {
  toString(encoding?: BufferEncoding, start?: number, end?: number): string;
  toJSON(): { type: 'Buffer'; data: number[] };
  equals(other: Uint8Array): boolean;
}
declare var Buffer: {
  from(data: string, encoding?: BufferEncoding): Buffer;
  from(data: ArrayBuffer | ArrayLike<number>): Buffer;
  alloc(size: number, fill?: number | string): Buffer;
  concat(list: readonly Uint8Array[], totalLength?: number): Buffer;
  isBuffer(value: unknown): value is Buffer;
  byteLength(value: string | ArrayBuffer | ArrayBufferView, encoding?: BufferEncoding): number;
};
${libraries.map((m) => `declare module '${m}';\ndeclare module '${m}/*';`).join('\n')}
`;
