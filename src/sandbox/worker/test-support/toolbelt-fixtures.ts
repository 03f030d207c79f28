/** Test helpers for the toolbelt clients: preset mocks, the V2 app key, code wrappers, a run with its value. */
import { MOCK_PRESETS } from '../../../lib/mock-presets';
import { taggedToJson } from '../../../lib/safe-serialise';
import type { MockRule } from '../../../schema/workspace';
import { runInNode } from './run-in-node';

/** The mock rules of preset `id`. */
export const preset = (id: string): MockRule[] => [
  ...(MOCK_PRESETS.find((p) => p.id === id)?.rules ?? []),
];
/** The V2 system secret the sign-in reads. */
export const appKey = [
  { key: 'LIVEPERSON_DEFAULT_APP_KEY', value: '{"client_id":"id","client_secret":"s"}' },
];
/** `body` as a V2 lambda importing the toolbelt. */
export const v2 = (body: string) =>
  `import { Toolbelt } from 'core-functions-toolbelt';\nasync function lambda(input) {\n${body}\n}`;
/** `body` as a V1 lambda answering through its callback. */
export const v1 = (body: string) =>
  `const { Toolbelt } = require('lp-faas-toolbelt');\nasync function lambda(input, cb) {\ntry { cb(null, await (async () => {\n${body}\n})()); } catch (e) { cb(e); }\n}`;
/** `body` that returns the code, message and component of what it throws. */
export const caught = (body: string) =>
  `try { ${body} } catch (e) { return [e.code, e.message, e.component]; }`;
/** Runs `code` with `mocks`, the app key and `env`; the run and its result as JSON. */
export const run = async (
  code: string,
  mocks: MockRule[],
  env: { key: string; value: string }[] = [],
) => {
  const result = await runInNode(code, { mocks, secrets: appKey, env });
  return {
    ...result,
    value: (result.done.result ? taggedToJson(result.done.result) : undefined) as
      unknown[] | undefined,
  };
};
