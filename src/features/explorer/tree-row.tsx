import { memo } from 'react';
import { Badge } from '../../ui/badge';
import { Switch } from '../../ui/switch';
import { editorKindFor } from './field-input';
import type { TreeRow as Row } from './tree-model';
import { readableTimestamp, valueText } from './tree-nodes';
import { ValueEditor } from './value-editor';

/** Height of a row in pixels (the list is virtualised with fixed heights). */
export const ROW_HEIGHT = 42;
const INDENT = 14;

/** What a row tells the tree. */
export interface RowHandlers {
  onActivate: (index: number) => void;
  onToggle: (row: Row) => void;
  onStartEdit: (row: Row) => void;
  onCommit: (row: Row, value: unknown) => void;
  onCancelEdit: () => void;
}

/** Props of one tree row. */
export interface TreeRowProps extends RowHandlers {
  row: Row;
  index: number;
  /** Offset from the top of the list, in pixels. */
  top: number;
  active: boolean;
  /** Whether the row is the tree's tab stop (roving tabindex). */
  tabbable: boolean;
  editing: boolean;
  problems: string[] | undefined;
  /** Whether a problem lies somewhere below this (collapsed) container. */
  problemsBelow: boolean;
  descriptionId: string;
}

/** The accessible name of a row: its key, then its value, as the row shows them (type and description are its description). */
export function rowLabel(row: Row): string {
  const date = row.spec?.meta?.format === 'timestamp' ? readableTimestamp(row.value) : null;
  return `${row.key}: ${WRAP[row.kind](valueText(row.value))}${date ? ` ${date}` : ''}`;
}

const VALUE_STYLE: Record<Row['kind'], string> = {
  string: 'text-emerald-700 dark:text-emerald-400',
  number: 'text-sky-700 dark:text-sky-300',
  boolean: 'text-violet-700 dark:text-violet-300',
  null: 'text-slate-600 dark:text-slate-400',
  object: 'text-slate-600 dark:text-slate-400',
  array: 'text-slate-600 dark:text-slate-400',
  missing: 'text-red-600 italic dark:text-red-400',
};

const WRAP: Record<Row['kind'], (text: string) => string> = {
  string: (t) => `"${t}"`,
  object: (t) => `{${t}}`,
  array: (t) => `[${t}]`,
  number: String,
  boolean: String,
  null: String,
  missing: String,
};

function ValueView({ row, onToggleBoolean }: { row: Row; onToggleBoolean: () => void }) {
  const text = valueText(row.value);
  const date = row.spec?.meta?.format === 'timestamp' ? readableTimestamp(row.value) : null;
  return (
    <>
      {row.kind === 'boolean' && (
        <Switch
          checked={row.value === true}
          onChange={onToggleBoolean}
          label={`Toggle ${row.id}`}
          tabIndex={-1}
        />
      )}
      <span
        className={`font-mono ${row.kind === 'string' ? 'truncate' : 'shrink-0'} ${VALUE_STYLE[row.kind]}`}
      >
        {WRAP[row.kind](text)}
      </span>
      {date && (
        <span className="min-w-0 truncate text-[11px] text-slate-600 dark:text-slate-400">
          {date}
        </span>
      )}
    </>
  );
}

/** One field of the payload tree: key, value (or its editor), type badge and description. */
export const TreeRowView = memo(function TreeRowView(props: TreeRowProps) {
  const { row, index, top, active, tabbable, editing, problems, problemsBelow, descriptionId } =
    props;
  const editorKind = editorKindFor(row.spec, row.value);
  const meta = row.spec?.meta;
  const hint = problems?.[0] ?? (problemsBelow && !row.expanded ? 'Contains problems' : null);
  return (
    <div
      role="treeitem"
      aria-level={row.depth + 1}
      aria-setsize={row.setsize}
      aria-posinset={row.posinset}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={active}
      aria-label={rowLabel(row)}
      aria-describedby={descriptionId}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => props.onActivate(index)}
      style={{
        transform: `translateY(${top}px)`,
        height: ROW_HEIGHT,
        paddingLeft: 4 + row.depth * INDENT,
      }}
      className={`absolute top-0 left-0 flex w-full flex-col justify-center pr-2 text-xs outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-inset dark:focus-visible:ring-sky-400 ${
        editing ? 'z-10' : ''
      } ${active ? 'bg-sky-100 dark:bg-sky-950' : row.matched ? 'bg-amber-50 dark:bg-amber-950/40' : 'hover:bg-slate-100 dark:hover:bg-slate-800/60'}`}
    >
      <div className="flex h-6 min-w-0 items-center gap-1.5">
        <span
          aria-hidden="true"
          onClick={(e) => {
            if (!row.expandable) return;
            e.stopPropagation();
            props.onActivate(index);
            props.onToggle(row);
          }}
          className={`w-3 shrink-0 text-center text-slate-500 ${row.expandable ? 'cursor-pointer' : ''}`}
        >
          {row.expandable ? (row.expanded ? '▾' : '▸') : ''}
        </span>
        <span
          className={`shrink-0 font-mono font-semibold ${row.spec ? '' : 'text-amber-800 dark:text-amber-300'}`}
        >
          {row.key}
        </span>
        <span aria-hidden="true" className="text-slate-400">
          :
        </span>
        {editing && editorKind ? (
          <ValueEditor
            row={row}
            kind={editorKind}
            onCommit={(value) => props.onCommit(row, value)}
            onCancel={props.onCancelEdit}
          />
        ) : (
          <span
            onClick={editorKind ? () => props.onStartEdit(row) : undefined}
            className={`flex min-w-0 flex-1 items-center gap-1.5 ${editorKind ? 'cursor-text' : ''}`}
          >
            <ValueView row={row} onToggleBoolean={() => props.onCommit(row, row.value !== true)} />
          </span>
        )}
        {problems && (
          <span aria-hidden="true" className="text-red-600 dark:text-red-400">
            ⚠
          </span>
        )}
        {/* The type is read out with the description, so that the name stays what the row shows first. */}
        <span aria-hidden="true" className="contents">
          {meta ? (
            <Badge title={`Documented type: ${meta.docType}`}>{meta.docType}</Badge>
          ) : (
            <Badge tone="warning" title="Not in the documentation; kept as it is">
              undocumented
            </Badge>
          )}
        </span>
      </div>
      <div
        id={descriptionId}
        aria-hidden="true"
        className="flex h-4 min-w-0 gap-2 pl-[18px] text-[11px] leading-4"
      >
        {meta && <span className="sr-only">{`${meta.docType}.`}</span>}
        {hint && (
          <span className="max-w-[70%] shrink-0 truncate text-red-700 dark:text-red-400">
            {hint}
          </span>
        )}
        <span className="truncate text-slate-600 dark:text-slate-400">
          {meta ? meta.description : 'Not in the documentation (kept as it is)'}
        </span>
      </div>
    </div>
  );
});
