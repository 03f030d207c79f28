import type { StateCreator } from 'zustand';
import type { Store } from './store-types';

/** Colour theme choice. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** A banner shown to the user (role alert for problems, status for notices). */
export interface Notice {
  /** Stable id: pushing the same id again replaces the notice. */
  id: string;
  tone: 'error' | 'info';
  message: string;
  /** Buttons in the notice, e.g. Undo or Download. */
  actions?: { label: string; run: () => void }[];
}

/** Persisted layout preferences and transient notices. */
export interface UiSlice {
  theme: ThemeChoice;
  sidebarWidth: number;
  notices: Notice[];
  /** Why the payload's JSON text (the explorer's JSON view) does not parse; null when it does. Not saved. */
  payloadDraftError: string | null;
  setTheme: (theme: ThemeChoice) => void;
  setSidebarWidth: (width: number) => void;
  /** Shows a notice (replacing one with the same id). */
  pushNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  setPayloadDraftError: (error: string | null) => void;
}

/** Sidebar width limits in pixels. */
export const SIDEBAR_WIDTH = { min: 260, max: 900, initial: 420 } as const;

/** Creates the UI slice. */
export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  theme: 'system',
  sidebarWidth: SIDEBAR_WIDTH.initial,
  notices: [],
  payloadDraftError: null,
  setTheme: (theme) => set({ theme }),
  setSidebarWidth: (width) =>
    set({
      sidebarWidth: Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, width))),
    }),
  pushNotice: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setPayloadDraftError: (payloadDraftError) => set({ payloadDraftError }),
});
