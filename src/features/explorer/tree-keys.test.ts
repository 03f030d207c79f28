import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../schema/example-payload';
import { visibleRows, type TreeRow } from './tree-model';
import { parentIndex, treeKeyAction } from './tree-keys';

const rows = visibleRows(examplePayload(), { expanded: new Set(['ttr', 'dialogs']) });
const at = (id: string) => rows.findIndex((r) => r.id === id);
const primitive = (row: TreeRow) => !row.expandable;
const act = (key: string, id: string) => treeKeyAction(key, rows, at(id), primitive);

describe('treeKeyAction', () => {
  it('moves up and down, stopping at the ends', () => {
    expect(act('ArrowDown', 'conversationId')).toEqual({ type: 'focus', index: 1 });
    expect(act('ArrowUp', 'conversationId')).toEqual({ type: 'focus', index: 0 });
    expect(act('ArrowDown', rows.at(-1)!.id)).toEqual({ type: 'focus', index: rows.length - 1 });
    expect(act('Home', 'ttr')).toEqual({ type: 'focus', index: 0 });
    expect(act('End', 'ttr')).toEqual({ type: 'focus', index: rows.length - 1 });
  });

  it('expands a closed container, then goes to its first child', () => {
    expect(act('ArrowRight', 'campaignInfo')).toEqual({
      type: 'expand',
      index: at('campaignInfo'),
    });
    expect(act('ArrowRight', 'ttr')).toEqual({ type: 'focus', index: at('ttr.ttrType') });
    expect(act('ArrowRight', 'skillId')).toEqual({ type: 'focus', index: at('skillId') });
  });

  it('collapses an open container, else goes to the parent', () => {
    expect(act('ArrowLeft', 'ttr')).toEqual({ type: 'collapse', index: at('ttr') });
    expect(act('ArrowLeft', 'ttr.value')).toEqual({ type: 'focus', index: at('ttr') });
    expect(act('ArrowLeft', 'dialogs[1]')).toEqual({ type: 'focus', index: at('dialogs') });
    expect(act('ArrowLeft', 'skillId')).toEqual({ type: 'focus', index: at('skillId') });
  });

  it('edits an editable value on Enter or F2, toggles a container on Enter', () => {
    expect(act('Enter', 'skillId')).toEqual({ type: 'edit', index: at('skillId') });
    expect(act('F2', 'skillId')).toEqual({ type: 'edit', index: at('skillId') });
    expect(act('Enter', 'ttr')).toEqual({ type: 'collapse', index: at('ttr') });
    expect(act('Enter', 'campaignInfo')).toEqual({ type: 'expand', index: at('campaignInfo') });
  });

  it('ignores other keys and focuses the first row when none is active', () => {
    expect(act('a', 'skillId')).toBeNull();
    expect(treeKeyAction('ArrowDown', rows, -1, primitive)).toEqual({ type: 'focus', index: 0 });
    expect(treeKeyAction('ArrowDown', [], 0, primitive)).toBeNull();
  });

  it('finds parents', () => {
    expect(parentIndex(rows, at('ttr.value'))).toBe(at('ttr'));
    expect(parentIndex(rows, at('ttr'))).toBe(-1);
  });
});
