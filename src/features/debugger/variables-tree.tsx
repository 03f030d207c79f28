/**
 * The Variables tree: the scopes in reach at the current step, each variable's value as it was
 * then, objects and arrays expandable (with the entries the recording cut counted), and the
 * values the last step changed marked and announced.
 */
import { memo, useCallback, useState, type KeyboardEvent } from 'react';
import type { Tagged } from '../../lib/safe-serialise';
import { useScopes } from './debug-session';
import { childrenOf, previewValue } from './value-preview';

/** Most children an expanded value lists (the rest are counted). */
export const MAX_TREE_CHILDREN = 100;

interface NodeProps {
  path: string;
  label: string;
  /** Null while the variable is uninitialized (TDZ). */
  value: Tagged | null;
  changed: boolean;
  level: number;
  expanded: ReadonlySet<string>;
  toggle: (path: string) => void;
}

const ValueNode = memo(function ValueNode({
  path,
  label,
  value,
  changed,
  level,
  expanded,
  toggle,
}: NodeProps) {
  const kids = value ? childrenOf(value) : null;
  const expandable = kids !== null && kids.children.length + kids.more > 0;
  const open = expandable && expanded.has(path);
  const shown = open ? kids.children.slice(0, MAX_TREE_CHILDREN) : [];
  const hidden = open ? kids.more + kids.children.length - shown.length : 0;
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-expanded={expandable ? open : undefined}
      tabIndex={-1}
      data-path={path}
      onClick={(e) => {
        e.stopPropagation();
        if (expandable) toggle(path);
      }}
      className="cursor-default font-mono text-xs outline-none focus-visible:bg-sky-100 dark:focus-visible:bg-sky-900"
    >
      <span
        className={`inline-block rounded px-1 ${
          changed ? 'bg-amber-100 dark:bg-amber-900/60' : ''
        }`}
      >
        <span aria-hidden="true" className="inline-block w-3 text-slate-600 dark:text-slate-300">
          {expandable ? (open ? '▾' : '▸') : ''}
        </span>
        <span className="text-sky-800 dark:text-sky-300">{label}</span>
        {': '}
        {value ? (
          <span>{previewValue(value)}</span>
        ) : (
          <span className="italic text-slate-600 dark:text-slate-300">uninitialized</span>
        )}
        {changed && <span className="sr-only"> (changed by the last step)</span>}
      </span>
      {open && (
        // Clicks on the children (or the "more" row) stay there: they never fold this value.
        <ul role="group" className="pl-4" onClick={(e) => e.stopPropagation()}>
          {shown.map((child) => (
            <ValueNode
              key={child.key}
              path={`${path}/${child.key}`}
              label={child.key}
              value={child.value}
              changed={false}
              level={level + 1}
              expanded={expanded}
              toggle={toggle}
            />
          ))}
          {hidden > 0 && (
            <li
              role="treeitem"
              aria-level={level + 1}
              className="pl-3 text-xs text-slate-600 dark:text-slate-300"
            >
              … {hidden.toLocaleString('en')} more
            </li>
          )}
        </ul>
      )}
    </li>
  );
});

/** Arrow keys move between the visible items; Right/Left and Enter expand or collapse. */
function onTreeKey(event: KeyboardEvent<HTMLUListElement>, toggle: (path: string) => void) {
  const items = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('[role="treeitem"][tabindex]'),
  ];
  const current = items.indexOf(document.activeElement as HTMLElement);
  const item = items[current];
  const move = (to: number) => items[Math.max(0, Math.min(to, items.length - 1))]?.focus();
  const expandedNow = item?.getAttribute('aria-expanded');
  if (event.key === 'ArrowDown') move(current + 1);
  else if (event.key === 'ArrowUp') move(current - 1);
  else if (item && expandedNow !== null && (event.key === 'Enter' || event.key === ' '))
    toggle(item.dataset.path!);
  else if (item && expandedNow === 'false' && event.key === 'ArrowRight')
    toggle(item.dataset.path!);
  else if (item && expandedNow === 'true' && event.key === 'ArrowLeft') toggle(item.dataset.path!);
  else return;
  event.preventDefault();
}

/** The Variables tree of the current step. */
export function VariablesTree() {
  const scopes = useScopes();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((path: string) => {
    const flip = (set: ReadonlySet<string>) => {
      const next = new Set(set);
      if (!next.delete(path)) next.add(path);
      return next;
    };
    if (path.startsWith('scope:')) setCollapsed(flip);
    else setExpanded(flip);
  }, []);
  const changed = scopes.flatMap((s) =>
    s.kind === 'input' ? [] : s.variables.filter((v) => v.changed).map((v) => v.name),
  );
  return (
    <div>
      <ul
        role="tree"
        aria-label="Variables"
        className="space-y-1"
        onKeyDown={(e) => onTreeKey(e, toggle)}
      >
        {scopes.map((scope, i) => {
          const path = `scope:${scope.label}`;
          const open = !collapsed.has(path);
          return (
            <li
              key={`${scope.label}:${scope.scope}`}
              role="treeitem"
              aria-level={1}
              aria-expanded={open}
              tabIndex={i === 0 ? 0 : -1}
              data-path={path}
              onClick={() => toggle(path)}
              className="text-xs outline-none focus-visible:bg-sky-100 dark:focus-visible:bg-sky-900"
            >
              <span className="font-semibold text-slate-700 dark:text-slate-200">
                <span aria-hidden="true" className="inline-block w-3">
                  {open ? '▾' : '▸'}
                </span>
                {scope.label}
              </span>
              {open && (
                <ul role="group" className="pl-3" onClick={(e) => e.stopPropagation()}>
                  {scope.variables.length === 0 && (
                    <li
                      role="treeitem"
                      aria-level={2}
                      className="italic text-slate-600 dark:text-slate-300"
                    >
                      no variables
                    </li>
                  )}
                  {scope.variables.map((v) => (
                    <ValueNode
                      key={v.slot}
                      path={`${scope.label}:${scope.scope}/${v.name}`}
                      label={v.name}
                      value={v.value.state === 'value' ? v.value.value : null}
                      changed={v.changed}
                      level={2}
                      expanded={expanded}
                      toggle={toggle}
                    />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="sr-only" aria-live="polite">
        {changed.length ? `Changed: ${changed.join(', ')}` : ''}
      </p>
    </div>
  );
}
