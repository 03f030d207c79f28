/**
 * The platform's rules as data, one record per runtime: what the playground mirrors of the
 * LivePerson Functions runtime. Both the app and the sandbox's worker read them from here.
 */
import type { RuntimeRules } from './runtime-rules';
import { V1 } from './runtimes/v1';
import { V2 } from './runtimes/v2';

export type { MissingFeature, RuntimeRules } from './runtime-rules';

/** Every runtime version the playground knows, by id. */
export const RUNTIME_RULES = { v1: V1, v2: V2 } as const;

/** The rules of runtime `id`. */
export function rulesOf(id: keyof typeof RUNTIME_RULES): RuntimeRules {
  return RUNTIME_RULES[id];
}

/** The V1 runtime's rules, for code that does not know the run's runtime yet. */
export const PLATFORM = RUNTIME_RULES.v1;
