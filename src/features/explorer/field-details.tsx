import type { ReactNode } from 'react';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import type { FieldMeta } from '../../schema/field-meta';
import { editorKindFor } from './field-input';
import { canRemove, canReset, exampleAt, newItemFor } from './payload-edits';
import type { TreeRow } from './tree-model';
import { kindOf, pathExpression, readableTimestamp } from './tree-nodes';

/** What the user can do with the selected field. */
export interface FieldActions {
  onEdit: (row: TreeRow) => void;
  onCopyPath: (row: TreeRow) => void;
  onInsertPath?: ((row: TreeRow) => void) | undefined;
  onReset: (row: TreeRow) => void;
  onRemove: (row: TreeRow) => void;
  onAddItem: (row: TreeRow) => void;
}

/** Props of the details panel. */
export interface FieldDetailsProps extends FieldActions {
  row: TreeRow | undefined;
  problems: string[] | undefined;
  /** Shown under the actions (the copy confirmation). */
  footer?: ReactNode;
}

const SOURCES: Record<FieldMeta['source'], string> = {
  table: 'a row of the documented table',
  group: 'a group of rows of the documented table',
  example: 'taken from the documented example',
};

const json = (value: unknown) => JSON.stringify(value) ?? String(value);

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500 dark:text-slate-400">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** The documentation and the actions of the selected field. */
export function FieldDetails({ row, problems, footer, ...actions }: FieldDetailsProps) {
  if (!row) {
    return (
      <section
        aria-label="Field details"
        className="p-2 text-xs text-slate-500 dark:text-slate-400"
      >
        Select a field to see its documentation and what you can do with it.
        {footer}
      </section>
    );
  }
  const meta = row.spec?.meta;
  const example = meta?.examples?.[0] ?? exampleAt(row.path);
  const date = meta?.format === 'timestamp' ? readableTimestamp(row.value) : null;
  const isItem = typeof row.path[row.path.length - 1] === 'number';
  const actual = kindOf(row.value);
  return (
    <section aria-label="Field details" className="flex flex-col gap-2 p-2 text-xs">
      <code className="font-mono font-semibold break-all">{pathExpression(row.id)}</code>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <Item term="Type">
          {meta ? <Badge>{meta.docType}</Badge> : <Badge tone="warning">undocumented</Badge>}{' '}
          <span className="text-slate-500 dark:text-slate-400">value: {actual}</span>
        </Item>
        <Item term="Source">
          {meta ? SOURCES[meta.source] : 'not in the documentation; kept as it is'}
        </Item>
        {meta && <Item term="Description">{meta.description}</Item>}
        {example !== undefined && (
          <Item term="Example">
            <code className="font-mono break-all">{json(example)}</code>
          </Item>
        )}
        {meta?.suggestions && <Item term="Known values">{meta.suggestions.join(', ')}</Item>}
        {date && <Item term="Date (UTC)">{date}</Item>}
        {meta?.note && <Item term="Note">{meta.note}</Item>}
      </dl>
      {problems && (
        <ul
          aria-label="Problems of this field"
          className="list-disc pl-4 text-red-700 dark:text-red-400"
        >
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-1">
        {editorKindFor(row.spec, row.value) && (
          <Button onClick={() => actions.onEdit(row)}>Edit value</Button>
        )}
        <Button onClick={() => actions.onCopyPath(row)}>Copy path</Button>
        {actions.onInsertPath && (
          <Button onClick={() => actions.onInsertPath?.(row)}>Insert path</Button>
        )}
        {canReset(row.path) && (
          <Button onClick={() => actions.onReset(row)}>
            {row.kind === 'missing' ? 'Add from example' : 'Reset field'}
          </Button>
        )}
        {row.kind === 'array' && newItemFor(row.path) !== undefined && (
          <Button onClick={() => actions.onAddItem(row)}>Add item</Button>
        )}
        {row.kind !== 'missing' && canRemove(row.path) && (
          <Button variant="danger" onClick={() => actions.onRemove(row)}>
            {isItem ? 'Remove item' : 'Remove field'}
          </Button>
        )}
      </div>
      {footer}
    </section>
  );
}
