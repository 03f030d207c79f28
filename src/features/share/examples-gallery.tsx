import { DialogButton, DialogClose } from '../../ui/dialog-button';
import { payloadExamples, type PayloadExample } from '../../lib/payload-examples';
import { EVENT_NAMES } from '../../schema/events';
import { useStore } from '../../store/store';
import { templateOffer } from './template-offer';

const NOTICE_ID = 'example-loaded';

/** Loads an example's event and payload into the open workspace (code kept), with Undo. */
function loadExample(example: PayloadExample): void {
  const store = useStore.getState();
  const previous = { event: store.event, payload: store.payload };
  store.setEvent(example.event);
  store.setPayload(example.payload);
  const offer = templateOffer(previous.event, NOTICE_ID);
  store.pushNotice({
    id: NOTICE_ID,
    tone: 'info',
    message: `Loaded the example "${example.name}" (${EVENT_NAMES[example.event]}); your code is unchanged.${offer?.sentence ?? ''}`,
    actions: [
      {
        label: 'Undo',
        run: () => {
          store.setEvent(previous.event);
          store.setPayload(previous.payload);
          store.dismissNotice(NOTICE_ID);
        },
      },
      ...(offer ? [offer.action] : []),
    ],
  });
}

/** Button `Examples`: a gallery of realistic payloads to load, each also linkable as `#example=<id>`. */
export function ExamplesButton() {
  return (
    <DialogButton label="Examples" dialogLabel="Examples" width="w-[44rem]">
      {(close) => (
        <div className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Examples</h2>
          <ul
            aria-label="Example payloads"
            className="flex flex-col divide-y divide-slate-200 dark:divide-slate-700"
          >
            {payloadExamples().map((example) => (
              <li key={example.id} className="flex items-start gap-3 py-2">
                <div className="flex-1">
                  <div className="font-medium">{example.name}</div>
                  <div className="text-xs text-slate-500 dark:text-slate-400">
                    {EVENT_NAMES[example.event]} · link: <code>#example={example.id}</code>
                  </div>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {example.description}
                  </p>
                </div>
                <button
                  type="button"
                  aria-label={`Load ${example.name}`}
                  onClick={() => {
                    loadExample(example);
                    close();
                  }}
                  className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                >
                  Load
                </button>
              </li>
            ))}
          </ul>
          <DialogClose />
        </div>
      )}
    </DialogButton>
  );
}
