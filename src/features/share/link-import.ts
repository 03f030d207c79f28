import { breakpointsWithin } from '../../lib/breakpoints';
import { decodePlainLink, PLAIN_LINK_PREFIX } from '../../lib/share-link/plain-link';
import { decodeShareLink, SHARE_LINK_PREFIX } from '../../lib/share-link/codec';
import { readSessionText } from '../../lib/storage';
import { payloadExample } from '../../lib/payload-examples';
import { validatePayload } from '../../schema/validate-payload';
import { EVENT_NAMES } from '../../schema/events';
import type { LinkState } from '../../schema/link-state';
import { useStore } from '../../store/store';
import {
  pickWorkspace,
  WORKSPACE_PART_NAMES,
  type Workspace,
  type WorkspaceKey,
} from '../../schema/workspace';
import { defaultWorkspace } from '../../store/workspace-slice';
import { templateOffer } from './template-offer';

const NOTICE_ID = 'link-import';

/** sessionStorage key of the link this tab last shared: reloading it must not open it again. */
export const SHARED_HASH_KEY = 'survey-playground:shared-hash';

const EXAMPLE_PREFIX = '#example=';

function decodeExample(hash: string): { state: LinkState } | { error: string } {
  const id = decodeURIComponent(hash.slice(EXAMPLE_PREFIX.length));
  const example = payloadExample(id);
  if (!example) return { error: `there is no example "${id}" (the Examples gallery lists them)` };
  return { state: { event: example.event, payload: example.payload } };
}

function decodeLink(hash: string): { state: LinkState } | { error: string } | null {
  if (hash.startsWith(EXAMPLE_PREFIX)) return decodeExample(hash);
  if (hash.startsWith(PLAIN_LINK_PREFIX)) return decodePlainLink(hash);
  if (hash.startsWith(SHARE_LINK_PREFIX)) return decodeShareLink(hash);
  return null;
}

function clearHash(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** The workspace a link opens: its parts over a new workspace of its event (or the open one's); breakpoints past the code's end dropped. */
export function workspaceFrom(state: LinkState, current: Pick<Workspace, 'event'>): Workspace {
  const workspace = defaultWorkspace(state.event ?? current.event, state);
  return { ...workspace, breakpoints: breakpointsWithin(workspace.breakpoints, workspace.code) };
}

function describe(state: LinkState): string {
  const parts = [EVENT_NAMES[state.event ?? useStore.getState().event]];
  for (const [key, value] of Object.entries(state) as [WorkspaceKey, unknown][])
    if (key !== 'event' && value !== undefined) parts.push(WORKSPACE_PART_NAMES[key]);
  return parts.join(', ');
}

/** Opens a `#json=`, `#s=` or `#example=` link from a location hash; a bad link gets an alert and changes nothing. */
export function openLinkHash(hash: string): void {
  if (hash && hash === readSessionText(SHARED_HASH_KEY)) return;
  const result = decodeLink(hash);
  if (!result) return;
  clearHash();
  const store = useStore.getState();
  if ('error' in result) {
    store.pushNotice({
      id: NOTICE_ID,
      tone: 'error',
      message: `This link could not be opened: ${result.error}. Your work was not changed.`,
    });
    return;
  }
  const previousId = store.currentWorkspaceId;
  const next = workspaceFrom(result.state, pickWorkspace(store));
  const openedId = store.createWorkspace(next, `Link opened ${new Date().toLocaleString()}`);
  const problems = validatePayload(next.payload).length;
  const offer = templateOffer(null, NOTICE_ID);
  store.pushNotice({
    id: NOTICE_ID,
    tone: 'info',
    message:
      `Opened a link (${describe(result.state)}) as a new workspace; your previous work is in the saved list.` +
      (result.state.code !== undefined ? ' Its code runs only when you press Run.' : '') +
      (problems
        ? ` The payload has ${problems} problem${problems > 1 ? 's' : ''}, marked in the explorer.`
        : '') +
      (offer?.sentence ?? ''),
    actions: [
      {
        label: 'Undo',
        run: () => {
          const { deleteWorkspace, switchWorkspace, dismissNotice } = useStore.getState();
          switchWorkspace(previousId);
          deleteWorkspace(openedId);
          dismissNotice(NOTICE_ID);
        },
      },
      ...(offer ? [offer.action] : []),
    ],
  });
}

/** Opens the link in the address bar now and whenever one is pasted into this tab; returns a cleanup. */
export function watchLinkImports(): () => void {
  openLinkHash(location.hash);
  const onHashChange = () => openLinkHash(location.hash);
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}
