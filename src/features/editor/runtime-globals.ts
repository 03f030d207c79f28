import { PLATFORM_MODULES } from './platform-lints';

const TOOLBELTS = new Set(['lp-faas-toolbelt', 'core-functions-toolbelt']);
const libraries = [...new Set([...PLATFORM_MODULES.v1, ...PLATFORM_MODULES.v2])].filter(
  (m) => !TOOLBELTS.has(m),
);

/**
 * Declarations of the Functions runtime that the browser's own lib lacks: `process.env` and the
 * libraries the platform offers (typed loosely: their full typings would weigh more than the editor).
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
${libraries.map((m) => `declare module '${m}';\ndeclare module '${m}/*';`).join('\n')}
`;
