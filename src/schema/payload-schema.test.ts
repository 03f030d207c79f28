import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload } from './example-payload';
import { allFieldSpecs } from './field-spec';
import { parseSeedTable } from './seed-table';

const seedPath = resolve(__dirname, '../../../shared/seed/messaging-conversation-survey.txt');
const haveSeed = existsSync(seedPath);

/** The documented example as the typed value the schema should carry. */
function typedExample(type: string, example: string): unknown {
  if (type === 'NUMBER') return Number(example);
  if (type === 'BOOLEAN') return expect.any(Boolean);
  if (type === 'OBJECT' || type === 'OBJECT-ARRAY') return JSON.parse(example.replace(/,\s*$/, ''));
  return example;
}

describe.skipIf(!haveSeed)('schema against the documented table', () => {
  const rows = haveSeed ? parseSeedTable(readFileSync(seedPath, 'utf8')) : [];

  it('reads all rows of the table', () => {
    expect(rows.length).toBe(31);
  });

  it('has every row as a field with the same path, type, description and example', () => {
    for (const row of rows) {
      const spec = allFieldSpecs.find((s) => s.path === row.path);
      expect(spec, row.path).toBeDefined();
      expect(spec?.meta?.source, row.path).toBe('table');
      expect(spec?.meta?.docType, row.path).toBe(row.type);
      expect(spec?.meta?.description, row.path).toBe(row.description);
      expect(spec?.meta?.examples?.[0], row.path).toEqual(typedExample(row.type, row.example));
    }
  });

  it('marks every table field as from the table and no other', () => {
    const fromTable = allFieldSpecs.filter((s) => s.meta?.source === 'table').map((s) => s.path);
    expect(fromTable.sort()).toEqual(rows.map((r) => r.path).sort());
  });
});

describe('schema field metadata', () => {
  it('documents every field, with an example for every leaf', () => {
    for (const spec of allFieldSpecs) {
      expect(spec.meta?.description, spec.path).toBeTruthy();
      if (spec.kind !== 'object' && spec.kind !== 'array')
        expect(spec.meta?.examples, spec.path).toHaveLength(1);
    }
  });

  it('describes the inner fields of OBJECT and OBJECT-ARRAY rows from their examples', () => {
    const inferred = allFieldSpecs.filter((s) => s.meta?.source === 'example').map((s) => s.path);
    expect(inferred).toEqual(
      expect.arrayContaining([
        'dialogs[].dialogId',
        'dialogs[].participantsDetails[].role',
        'dialogs[].dialogType',
        'dialogs[].state',
        'dialogs[].creationTs',
        'dialogs[].closedBy',
        'context.clientProperties.deviceFamily',
        'lastContentEventNotification.originatorClientProperties.os',
        'context.clientProperties.integration',
        'context.clientProperties.features',
        'participants[].role',
      ]),
    );
  });
});

describe('example payload', () => {
  it('is valid JSON with a boolean firstConversation', () => {
    const payload = examplePayload();
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
    expect(payload.firstConversation).toBe(true);
    expect(payload.dialogs).toHaveLength(2);
    expect(payload.lastContentEventNotification.event.type).toBe('ContentEvent');
  });

  it('is a fresh copy each time', () => {
    const a = examplePayload();
    a.dialogs[0]!.dialogId = 'changed';
    expect(examplePayload().dialogs[0]!.dialogId).toBe('efSg0XbnTkmg8OXaSyaz81');
  });
});
