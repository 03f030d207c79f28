import type { Notice } from '../store/ui-slice';

/** The notices as the notice area stacks them: the latest shown, the older ones behind a count. */
export interface NoticeStack {
  latest: Notice | null;
  /** The older notices, newest first. */
  older: Notice[];
}

/** Stacks notices in the order they were pushed (a pushed-again id counts as new). */
export function stackNotices(notices: readonly Notice[]): NoticeStack {
  return {
    latest: notices[notices.length - 1] ?? null,
    older: notices.slice(0, -1).reverse(),
  };
}
