import { exampleOf, payloadSpec } from './field-spec';
import type { SurveyPayload } from './payload-schema';

/** A fresh copy of the documented example payload, derived from the schema (valid JSON). */
export function examplePayload(): SurveyPayload {
  return exampleOf(payloadSpec) as SurveyPayload;
}
