import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../schema/example-payload';
import { formatPath } from '../../schema/validate-payload';
import {
  containerIds,
  initiallyExpanded,
  normalizeQuery,
  searchTree,
  visibleRows,
  type TreeRow,
} from './tree-model';

const payload = () => examplePayload() as Record<string, unknown>;
const ids = (rows: TreeRow[]) => rows.map((r) => r.id);

describe('visibleRows', () => {
  it('shows top-level fields in documented order when nothing is expanded', () => {
    const rows = visibleRows(payload(), { expanded: new Set() });
    expect(ids(rows).slice(0, 3)).toEqual(['conversationId', 'accountId', 'surveyId']);
    expect(rows.every((r) => r.depth === 0)).toBe(true);
    expect(rows[0]).toMatchObject({ posinset: 1, setsize: rows.length, kind: 'string' });
    expect(rows.find((r) => r.id === 'dialogs')).toMatchObject({
      kind: 'array',
      size: 2,
      expandable: true,
      expanded: false,
    });
  });

  it('walks into expanded containers with depth, item keys and documentation', () => {
    const rows = visibleRows(payload(), { expanded: new Set(['dialogs', 'dialogs[1]']) });
    const item = rows.find((r) => r.id === 'dialogs[1]')!;
    expect(item).toMatchObject({ key: '[1]', depth: 1, posinset: 2, setsize: 2, expanded: true });
    const closedBy = rows.find((r) => r.id === 'dialogs[1].closedBy')!;
    expect(closedBy).toMatchObject({ depth: 2, path: ['dialogs', 1, 'closedBy'] });
    expect(closedBy.spec?.meta?.description).toBe('Who closed the dialog (closed dialogs)');
    expect(rows.some((r) => r.id === 'dialogs[0].dialogId')).toBe(false);
  });

  it('keeps undocumented fields, without documentation', () => {
    const rows = visibleRows(
      { ...payload(), extra: { inner: 1 } },
      { expanded: new Set(['extra']) },
    );
    expect(rows.find((r) => r.id === 'extra')?.spec).toBeUndefined();
    expect(rows.find((r) => r.id === 'extra.inner')).toMatchObject({ spec: undefined, value: 1 });
  });

  it('shows a documented required field that is absent as missing', () => {
    const { conversationId: _gone, ...rest } = payload();
    const rows = visibleRows(rest, { expanded: new Set() });
    expect(rows.at(-1)).toMatchObject({ id: 'conversationId', kind: 'missing', value: undefined });
    const dialog = visibleRows(payload(), { expanded: new Set(['dialogs', 'dialogs[0]']) });
    expect(dialog.some((r) => r.id === 'dialogs[0].endTs')).toBe(false);
  });

  it('writes ids exactly as formatPath does, odd keys included', () => {
    const rows = visibleRows(
      { 'odd key': { 'x-y': [1] }, _ok: 1 },
      { expanded: new Set(['["odd key"]', '["odd key"]["x-y"]']) },
    );
    for (const row of rows) expect(row.id).toBe(formatPath(row.path));
    expect(ids(rows)).toContain('["odd key"]["x-y"][0]');
  });
});

describe('searchTree', () => {
  it('is null for an empty query', () => {
    expect(searchTree(payload(), '   ')).toBeNull();
  });

  it('matches keys and shows matches with their ancestors only', () => {
    const search = searchTree(payload(), 'closedBy');
    const rows = visibleRows(payload(), { expanded: new Set(), search });
    expect(ids(rows)).toEqual(['dialogs', 'dialogs[1]', 'dialogs[1].closedBy']);
    expect(rows.map((r) => r.matched)).toEqual([false, false, true]);
    expect(rows[1]).toMatchObject({ posinset: 1, setsize: 1, expanded: true });
  });

  it('matches values, descriptions and paths', () => {
    const byValue = searchTree(payload(), 'sharkcontext')!;
    expect([...byValue.matched]).toEqual(['context.type']);
    const byDescription = searchTree(payload(), 'frist conversation')!;
    expect([...byDescription.matched]).toEqual(['firstConversation']);
    const byPath = searchTree(payload(), 'input.payload.dialogs[0].dialogId')!;
    expect([...byPath.matched]).toEqual(['dialogs[0].dialogId']);
    expect([...byPath.ancestors]).toEqual(['dialogs[0]', 'dialogs']);
  });

  it('finds nothing for an unknown word', () => {
    const search = searchTree(payload(), 'zzz-not-there');
    expect(visibleRows(payload(), { expanded: new Set(), search })).toEqual([]);
  });

  it('lets the user collapse an ancestor and expand a matching container', () => {
    const search = searchTree(payload(), 'features');
    const collapsed = visibleRows(payload(), {
      expanded: new Set(),
      search,
      collapsedInSearch: new Set(['context']),
    });
    expect(ids(collapsed)).toContain('context');
    expect(ids(collapsed)).not.toContain('context.clientProperties');
    const opened = visibleRows(payload(), {
      expanded: new Set(['context.clientProperties.features']),
      search,
    });
    expect(ids(opened)).toContain('context.clientProperties.features[5]');
  });
});

describe('expansion helpers', () => {
  it('lists every container for Expand all', () => {
    const all = containerIds(payload());
    expect(all).toContain('dialogs[1].participantsDetails[0]');
    expect(all).toContain('lastContentEventNotification.originatorClientProperties.features');
    expect(all).not.toContain('conversationId');
    const rows = visibleRows(payload(), { expanded: all });
    expect(rows.every((r) => !r.expandable || r.expanded)).toBe(true);
  });

  it('opens the top-level objects at first', () => {
    expect([...initiallyExpanded(payload())]).toEqual([
      'lastContentEventNotification',
      'campaignInfo',
      'context',
      'ttr',
    ]);
  });

  it('normalizes queries', () => {
    expect(normalizeQuery('  Input.Payload.TTR ')).toBe('ttr');
    expect(normalizeQuery('input.payload')).toBe('');
    expect(normalizeQuery('payloads')).toBe('payloads');
  });
});
