// The page's main areas, which F6 and Shift+F6 move focus between (as in browsers and IDEs). The
// layout marks each area's element with `data-area="<area>"`; the app says how to enter each one.

/** The areas in F6 order. */
const AREAS = ['explorer', 'code', 'result', 'tests'] as const;

/** One of the page's main areas. */
export type Area = (typeof AREAS)[number];

const AREA_ATTRIBUTE = 'data-area';

/** Id prefix of the small screens' area tabs (`pane-tab-code`) and of the areas (`pane-panel-code`). */
export const PANE_IDS = 'pane';

/** The id of an area's element, which its small-screen tab controls. */
export const paneId = (area: Area) => `${PANE_IDS}-panel-${area}`;

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const areaElement = (area: Area) =>
  document.querySelector<HTMLElement>(`[${AREA_ATTRIBUTE}="${area}"]`);

/** The area an element is in, if any. */
function areaOf(element: Element | null): Area | null {
  const value = element?.closest(`[${AREA_ATTRIBUTE}]`)?.getAttribute(AREA_ATTRIBUTE);
  return AREAS.find((a) => a === value) ?? null;
}

const isShown = (el: HTMLElement) => el.getClientRects().length > 0 && !el.closest('[inert]');

/** Where focus last was in each area, to go back there. */
const lastFocused = new Map<Area, HTMLElement>();

/** Remembers where focus is in its area (call on every `focusin`). */
export function noteFocus(element: EventTarget | null): void {
  if (!(element instanceof HTMLElement)) return;
  const area = areaOf(element);
  if (area) lastFocused.set(area, element);
}

/**
 * Focuses an area: what `enter` focuses in it (the code editor's text), else where focus last was
 * in it, else its first tabbable control. Returns false when the area is not shown.
 */
function focusArea(area: Area, enter?: (area: Area) => boolean): boolean {
  const root = areaElement(area);
  if (!root || !isShown(root)) return false;
  const inside = () => root.contains(document.activeElement);
  if (enter?.(area) && inside()) return true;
  const last = lastFocused.get(area);
  if (last?.isConnected && root.contains(last) && isShown(last)) {
    last.focus();
    if (inside()) return true;
  }
  const first = [...root.querySelectorAll<HTMLElement>(TABBABLE)].find(isShown);
  (first ?? root).focus();
  return true;
}

/** Moves focus to the next (`step` 1) or previous (-1) area on the page, wrapping around. */
export function moveFocusBetweenAreas(step: 1 | -1, enter?: (area: Area) => boolean): void {
  const current = areaOf(document.activeElement);
  const from = current ? AREAS.indexOf(current) : step === 1 ? -1 : 0;
  for (let i = 1; i <= AREAS.length; i += 1) {
    const area = AREAS[(from + i * step + AREAS.length * 2) % AREAS.length]!;
    if (area !== current && focusArea(area, enter)) return;
  }
}
