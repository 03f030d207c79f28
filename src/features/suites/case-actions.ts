// What the suites do to the workspace: put a payload in the editor, add, change and delete
// cases. Changes that lose work (a replaced payload, a deleted case) come with an Undo.
import { useStore } from '../../store/store';
import type { TestCase } from '../../schema/test-case';
import type { EventId } from '../../schema/events';

const NOTICE_ID = 'suites';

/** Puts `payload` (and the case's event, when it has one) in the workspace, with an Undo in the notice. */
export function loadPayload(payload: Record<string, unknown>, what: string, event?: EventId): void {
  const {
    payload: previous,
    event: previousEvent,
    setPayload,
    setEvent,
    pushNotice,
    dismissNotice,
  } = useStore.getState();
  setPayload(structuredClone(payload));
  if (event) setEvent(event);
  pushNotice({
    id: NOTICE_ID,
    tone: 'info',
    message: `Payload of ${what} loaded.`,
    actions: [
      {
        label: 'Undo',
        run: () => {
          useStore.getState().setPayload(previous);
          useStore.getState().setEvent(previousEvent);
          dismissNotice(NOTICE_ID);
        },
      },
    ],
  });
}

/** Adds a case at the end of the workspace's cases. */
export function addCase(testCase: TestCase): void {
  const { cases, setCases } = useStore.getState();
  setCases([...cases, testCase]);
}

/** Replaces the case with the same id. */
export function updateCase(next: TestCase): void {
  const { cases, setCases } = useStore.getState();
  setCases(cases.map((c) => (c.id === next.id ? next : c)));
}

/** Deletes a case, with an Undo in the notice. */
export function deleteCase(id: string): void {
  const { cases, setCases, pushNotice, dismissNotice } = useStore.getState();
  const deleted = cases.find((c) => c.id === id);
  if (!deleted) return;
  setCases(cases.filter((c) => c.id !== id));
  pushNotice({
    id: NOTICE_ID,
    tone: 'info',
    message: `Case "${deleted.name}" deleted.`,
    actions: [
      {
        label: 'Undo',
        run: () => {
          const now = useStore.getState().cases;
          const index = Math.min(cases.indexOf(deleted), now.length);
          useStore.getState().setCases(now.toSpliced(index, 0, deleted));
          dismissNotice(NOTICE_ID);
        },
      },
    ],
  });
}
