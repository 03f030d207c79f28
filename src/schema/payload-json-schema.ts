import { z } from 'zod';
import { payloadSchema } from './payload-schema';

/** JSON Schema of the payload (draft 2020-12), with descriptions and examples, for the JSON editor. */
export function payloadJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(payloadSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
}
