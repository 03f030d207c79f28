/**
 * `Toolbelt.SFClient()` (cli-facts §8.13): V2's `connectToSalesforce(params)` returns
 * `{params}`, as the V2 CLI's toolbelt does locally; V1's real jsforce connection is not emulated.
 */
import { notEmulated } from './errors';
import type { ToolbeltVersion } from './service-call';

/** Creates the Salesforce client of toolbelt `version`. */
export function createSfClient(version: ToolbeltVersion) {
  return {
    /** V2: `{params}`; V1: rejects, Salesforce is not emulated. */
    connectToSalesforce(params?: unknown): unknown {
      if (version === 'v2') return { params };
      return Promise.reject(
        notEmulated(
          'SFClient',
          'connectToSalesforce',
          'Salesforce (jsforce) is not emulated; mock your own calls, or test it on the platform',
        ),
      );
    },
  };
}
