import type { ReactNode } from 'react';
import { useStore } from '../store/store';
import { SIDEBAR_WIDTH } from '../store/ui-slice';
import { ResizeHandle } from '../ui/resize-handle';
import { EventSelect } from './event-select';
import { Notices } from './notices';
import { ThemeSwitch } from './theme-switch';

/** The parts the shell arranges. */
export interface AppLayoutProps {
  /** Controls at the right of the header (share, templates…). */
  headerActions?: ReactNode;
  sidebar: ReactNode;
  /** The code area and everything under it. */
  main: ReactNode;
}

/** Header, notices, the explorer sidebar and the main area, with a resizable divider. */
export function AppLayout({ headerActions, sidebar, main }: AppLayoutProps) {
  const width = useStore((s) => s.sidebarWidth);
  const setWidth = useStore((s) => s.setSidebarWidth);
  return (
    <div className="flex h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex flex-wrap items-center gap-4 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h1 className="text-base font-semibold">Survey Function Playground</h1>
        <EventSelect />
        <div className="ml-auto flex items-center gap-3">
          {headerActions}
          <ThemeSwitch />
        </div>
      </header>
      <Notices />
      <div className="flex min-h-0 flex-1">
        <aside
          aria-label="Payload explorer"
          style={{ width }}
          className="flex min-h-0 shrink-0 flex-col"
        >
          {sidebar}
        </aside>
        <ResizeHandle
          label="Resize explorer"
          orientation="vertical"
          value={width}
          min={SIDEBAR_WIDTH.min}
          max={SIDEBAR_WIDTH.max}
          onResize={setWidth}
        />
        <main className="flex min-w-0 flex-1 flex-col">{main}</main>
      </div>
    </div>
  );
}
