import type { z } from 'zod';

/** The types the documentation's table uses, plus the shapes of fields taken from its examples. */
export type DocType = 'STRING' | 'NUMBER' | 'BOOLEAN' | 'OBJECT' | 'OBJECT-ARRAY' | 'STRING-ARRAY';

/** Documentation carried by every payload field of the schema. */
export interface FieldMeta {
  /** What the field holds, as the documentation words it. */
  description: string;
  /** The type the documentation gives. */
  docType: DocType;
  /** The documented example (typed), when the field has one of its own. */
  examples?: [unknown];
  /** Values seen in real traffic; suggestions, not limits. */
  suggestions?: readonly string[];
  /** `timestamp`: epoch milliseconds, shown with a readable date. */
  format?: 'timestamp';
  /** `table`: a row of the documented table; `group`: an object the table groups rows under; `example`: inferred from a documented example. */
  source: 'table' | 'group' | 'example';
  /** A remark of ours on a quirk of the documentation. */
  note?: string;
}

/** Attaches documentation to a schema; the one way payload fields are declared. */
export function documented<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta }) as T;
}

/** Reads a field's documentation back from its schema. */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  const meta = schema.meta() as Partial<FieldMeta> | undefined;
  return meta && typeof meta.description === 'string' && meta.docType
    ? (meta as FieldMeta)
    : undefined;
}
