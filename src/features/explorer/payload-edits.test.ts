import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../schema/example-payload';
import { getAt } from '../../lib/json-path';
import {
  addArrayItem,
  canRemove,
  canReset,
  editField,
  removeField,
  resetField,
} from './payload-edits';

const payload = () => examplePayload() as Record<string, unknown>;

describe('payload edits', () => {
  it('sets a field without changing the input', () => {
    const before = payload();
    const after = editField(before, ['dialogs', 0, 'dialogId'], 'new-id');
    expect(getAt(after, ['dialogs', 0, 'dialogId'])).toBe('new-id');
    expect(getAt(before, ['dialogs', 0, 'dialogId'])).toBe('efSg0XbnTkmg8OXaSyaz81');
  });

  it('resets a field to the default payload value at the same path', () => {
    const changed = editField(payload(), ['dialogs', 1, 'dialogId'], 'x');
    expect(getAt(resetField(changed, ['dialogs', 1, 'dialogId']), ['dialogs', 1, 'dialogId'])).toBe(
      'fb84c76d-0daa-46c7-b02d-eb6130c022c1',
    );
  });

  it('resets a field beyond the default payload to its documented example', () => {
    let p = addArrayItem(payload(), ['dialogs']);
    p = editField(p, ['dialogs', 2, 'state'], 'CLOSE');
    expect(getAt(resetField(p, ['dialogs', 2, 'state']), ['dialogs', 2, 'state'])).toBe('OPEN');
    expect(getAt(resetField(p, ['dialogs', 2, 'endTs']), ['dialogs', 2, 'endTs'])).toBe(
      1551702854131,
    );
  });

  it('cannot reset an undocumented field', () => {
    const p = { ...payload(), extra: 1 };
    expect(canReset(['extra'])).toBe(false);
    expect(resetField(p, ['extra'])).toBe(p);
  });

  it('adds an array item from the schema example', () => {
    const before = payload();
    const after = addArrayItem(before, ['dialogs']);
    expect((after.dialogs as unknown[]).length).toBe(3);
    expect((after.dialogs as unknown[])[2]).toEqual((before.dialogs as unknown[])[0]);
    expect((before.dialogs as unknown[]).length).toBe(2);
    const features = ['lastContentEventNotification', 'originatorClientProperties', 'features'];
    expect((getAt(addArrayItem(before, features), features) as unknown[]).at(-1)).toBe(
      'PHOTO_SHARING',
    );
  });

  it('leaves undocumented arrays alone', () => {
    const p = { ...payload(), extraList: [1] };
    expect(addArrayItem(p, ['extraList'])).toBe(p);
  });

  it('removes array items, optional and undocumented fields only', () => {
    expect(canRemove(['dialogs', 1])).toBe(true);
    expect(canRemove(['dialogs', 1, 'closedBy'])).toBe(true);
    expect(canRemove(['extra'])).toBe(true);
    expect(canRemove(['conversationId'])).toBe(false);
    const after = removeField(payload(), ['dialogs', 0]);
    expect(getAt(after, ['dialogs', 0, 'dialogType'])).toBe('MAIN');
  });
});
