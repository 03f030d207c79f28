import type { CSSProperties, ReactNode } from 'react';
import { useStore } from '../store/store';
import { SIDEBAR_WIDTH } from '../store/ui-slice';
import { ResizeHandle } from '../ui/resize-handle';
import { Tabs } from '../ui/tabs';
import { EventSelect } from './event-select';
import { RuntimeSelect } from './runtime-select';
import { PANE_IDS, paneId, type Area } from './focus-areas';
import { Notices } from './notices';
import { ShortcutsButton } from './shortcuts-sheet';
import { ThemeSwitch } from './theme-switch';

/** The parts the shell arranges. */
export interface AppLayoutProps {
  /** Controls at the right of the header (share, templates…). */
  headerActions?: ReactNode;
  sidebar: ReactNode;
  /** The code area and everything under it. */
  main: ReactNode;
  /** The area shown on a small screen, where the areas are tabs. */
  pane: Area;
  onPaneChange: (pane: Area) => void;
}

/** The pane tabs of small screens. */
export const PANES = [
  { id: 'explorer', label: 'Payload' },
  { id: 'code', label: 'Code' },
  { id: 'result', label: 'Result' },
  { id: 'tests', label: 'Tests' },
] as const satisfies readonly { id: Area; label: string }[];

/**
 * Header, notices, the explorer sidebar and the main area, with a resizable divider. Below 800 px
 * the areas stack and show one at a time, chosen by tabs (the run toolbar stays at the top).
 */
export function AppLayout({ headerActions, sidebar, main, pane, onPaneChange }: AppLayoutProps) {
  const width = useStore((s) => s.sidebarWidth);
  const setWidth = useStore((s) => s.setSidebarWidth);
  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex flex-wrap items-center gap-x-2 gap-y-2 border-b border-slate-200 px-2 py-2 dark:border-slate-800">
        <h1 className="text-base font-semibold">Survey Function Playground</h1>
        <EventSelect />
        <RuntimeSelect />
        <div className="flex flex-wrap items-center gap-1.5 min-[800px]:ml-auto">
          {headerActions}
          <ShortcutsButton />
          <ThemeSwitch />
        </div>
      </header>
      <Notices />
      <nav aria-label="Areas" className="min-[800px]:hidden">
        <Tabs
          label="Areas"
          tabs={PANES}
          selected={pane}
          onSelect={onPaneChange}
          idPrefix={PANE_IDS}
        />
      </nav>
      <div className="flex min-h-0 flex-1 flex-col min-[800px]:flex-row">
        <aside
          aria-label="Payload explorer"
          id={paneId('explorer')}
          data-area="explorer"
          tabIndex={-1}
          style={{ '--sidebar-width': `${width}px` } as CSSProperties}
          className={`min-h-0 flex-1 min-[800px]:flex min-[800px]:w-(--sidebar-width) min-[800px]:flex-none ${
            pane === 'explorer' ? 'flex' : 'hidden'
          }`}
        >
          <div className="flex min-h-0 min-w-0 flex-1 flex-col">{sidebar}</div>
          <div className="hidden min-[800px]:flex">
            <ResizeHandle
              label="Resize explorer"
              orientation="vertical"
              value={width}
              min={SIDEBAR_WIDTH.min}
              max={SIDEBAR_WIDTH.max}
              onResize={setWidth}
            />
          </div>
        </aside>
        <main
          className={`order-first flex min-w-0 flex-col min-[800px]:order-none min-[800px]:flex-1 ${
            pane === 'explorer' ? 'flex-none' : 'min-h-0 flex-1'
          }`}
        >
          {main}
        </main>
      </div>
    </div>
  );
}
