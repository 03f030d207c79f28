/**
 * A Debug run's recording in the shape the debugger reads fast: typed arrays per step, frames,
 * writes sorted by step with indexes per (slot, frame) and per site, the timeline of the run's
 * messages at their steps, and which part of the run was recorded.
 */
import type { ProgramMap } from '../../sandbox/recorder/program-map';
import type {
  LogLevel,
  RunOutcome,
  RunStatus,
  RunTrace,
  TraceLimits,
  TraceWrite,
} from '../../sandbox/protocol';
import { previewValue } from './value-preview';

/** Kinds of timeline entries: the trace's events, the run's end, and logpoints' messages (from the breakpoints). */
export type TimelineKind =
  'log' | 'request' | 'secret-read' | 'secret-updated' | 'result' | 'error' | 'logpoint';

/** One entry of the timeline, at its step. */
export interface TimelineEntry {
  step: number;
  kind: TimelineKind;
  text: string;
  /** The log's level, for a log entry. */
  level?: LogLevel;
  /** The event's ref (log ordinal, request id...), -1 for the end, the line for a logpoint. */
  ref: number;
}

/** Which part of the run the recording holds. */
export type RecordedPart =
  | { kind: 'all'; recorded: number }
  | { kind: 'cut'; by: 'steps' | 'bytes'; recorded: number; total: number }
  | { kind: 'stopped'; status: RunStatus; recorded: number }
  | { kind: 'refused'; recorded: number };

/** A recording ready for the debugger. */
export interface Recording {
  map: ProgramMap;
  limits: TraceLimits;
  /** Steps recorded. */
  count: number;
  /** Per step: point id, frame id, call depth, line. */
  points: Int32Array;
  stepFrames: Int32Array;
  depths: Int32Array;
  lines: Int32Array;
  /** Per frame: function id, lexical parent frame, caller frame, depth. */
  frameFn: Int32Array;
  frameParent: Int32Array;
  frameCaller: Int32Array;
  frameDepth: Int32Array;
  /** Per frame, its steps in order: `frameSteps[frameStepStart[f] .. frameStepStart[f + 1]]`. */
  frameStepStart: Int32Array;
  frameSteps: Int32Array;
  /** The writes, sorted by step (stable). */
  writes: TraceWrite[];
  /** Write indexes (ascending) per `slotFrameKey(slot, frame)`. */
  writesBySlotFrame: Map<string, number[]>;
  /** Write indexes (ascending) per site. */
  writesBySite: number[][];
  timeline: TimelineEntry[];
  /** The step of each log ordinal and of each request id. */
  logSteps: Map<number, number>;
  requestSteps: Map<number, number>;
  part: RecordedPart;
}

/** The key of a (slot, frame) pair in `writesBySlotFrame`. */
export function slotFrameKey(slot: number, frame: number): string {
  return `${slot}:${frame}`;
}

/** What buildRecording needs: the map, the trace (as received), the run's outcome and the limits used. */
export interface RecordingInput {
  map: ProgramMap;
  trace: RunTrace;
  outcome: RunOutcome;
  limits: TraceLimits;
}

function recordedPart(trace: RunTrace, outcome: RunOutcome, count: number): RecordedPart {
  if (trace.refused) return { kind: 'refused', recorded: count };
  if (!trace.end) return { kind: 'stopped', status: outcome.status, recorded: count };
  if (trace.end.cut)
    return { kind: 'cut', by: trace.end.cut, recorded: count, total: trace.end.totalSteps };
  return { kind: 'all', recorded: count };
}

function requestText(outcome: RunOutcome, id: number): string {
  const request = outcome.requests.find((r) => r.id === id);
  if (!request) return `request #${id}`;
  const who = request.operation ?? (request.client === 'fetch' ? '' : request.client);
  const answer = request.error
    ? `failed: ${request.error}`
    : request.status !== undefined
      ? String(request.status)
      : 'waiting';
  const mock = request.mockIndex === null ? 'no mock' : `mock #${request.mockIndex + 1}`;
  return `${who ? `${who}: ` : ''}${request.method} ${request.url} → ${answer} (${mock})`;
}

function logText(outcome: RunOutcome, ref: number): { text: string; level?: LogLevel } {
  const log = outcome.logs[ref];
  if (!log) return { text: `log #${ref + 1} (not kept)` };
  const parts = [log.message, ...log.extras].map((v) => (v.t === 'string' ? v.v : previewValue(v)));
  return { text: parts.join(' '), level: log.level };
}

function updateText(outcome: RunOutcome, ref: number, updates: number): string {
  const rows = outcome.secretUpdates;
  // Rows are one per key in first-update order: with as many rows as updates, each key is the n-th.
  if (rows.length === updates && rows[ref]) return `updated secret ${rows[ref].key}`;
  return `updated a secret (${rows.map((r) => r.key).join(', ') || 'none kept'})`;
}

function endEntry(outcome: RunOutcome, step: number): TimelineEntry | null {
  if (outcome.error) {
    const { name, message } = outcome.error;
    return { step, kind: 'error', text: `${name}: ${message}`, ref: -1 };
  }
  if (outcome.hasResult && outcome.result)
    return { step, kind: 'result', text: previewValue(outcome.result), ref: -1 };
  return null;
}

/** Builds the debugger's recording from a Debug run's trace, its outcome and the map of its code. */
export function buildRecording({ map, trace, outcome, limits }: RecordingInput): Recording {
  // Frames stop at the first one that does not fit: an unknown function, or a parent or caller
  // that is not an earlier frame (frames are numbered as entered; this also keeps walks finite).
  const frameTotal = Math.floor(trace.frames.length / 4);
  let frameCount = 0;
  while (frameCount < frameTotal) {
    const [fn, parent, caller] = trace.frames.slice(4 * frameCount, 4 * frameCount + 3) as [
      number,
      number,
      number,
    ];
    if (fn < 0 || fn >= map.functions.length || parent >= frameCount || caller >= frameCount) break;
    frameCount++;
  }
  const frameFn = new Int32Array(frameCount);
  const frameParent = new Int32Array(frameCount);
  const frameCaller = new Int32Array(frameCount);
  const frameDepth = new Int32Array(frameCount);
  for (let f = 0; f < frameCount; f++) {
    frameFn[f] = trace.frames[4 * f]!;
    frameParent[f] = trace.frames[4 * f + 1]!;
    frameCaller[f] = trace.frames[4 * f + 2]!;
    frameDepth[f] = trace.frames[4 * f + 3]!;
  }
  // Steps stop at the first one that does not fit the map or the frames (never past a bad one).
  const stepTotal = Math.floor(trace.steps.length / 2);
  let count = 0;
  while (count < stepTotal) {
    const point = trace.steps[2 * count]!;
    const frame = trace.steps[2 * count + 1]!;
    if (point >= map.points.length || frame >= frameCount) break;
    count++;
  }
  const points = new Int32Array(count);
  const stepFrames = new Int32Array(count);
  const depths = new Int32Array(count);
  const lines = new Int32Array(count);
  const perFrame = new Int32Array(frameCount + 1);
  for (let i = 0; i < count; i++) {
    points[i] = trace.steps[2 * i]!;
    stepFrames[i] = trace.steps[2 * i + 1]!;
    depths[i] = frameDepth[stepFrames[i]!]!;
    lines[i] = map.points[points[i]!]!.line;
    perFrame[stepFrames[i]! + 1]!++;
  }
  const frameStepStart = new Int32Array(frameCount + 1);
  for (let f = 0; f < frameCount; f++)
    frameStepStart[f + 1] = frameStepStart[f]! + perFrame[f + 1]!;
  const fill = frameStepStart.slice(0, frameCount);
  const frameSteps = new Int32Array(count);
  for (let i = 0; i < count; i++) frameSteps[fill[stepFrames[i]!]!++] = i;

  const writes = trace.writes
    .filter((w) => w.step < count && w.site < map.sites.length && w.frame < frameCount)
    .map((w, order) => ({ w, order }))
    .sort((a, b) => a.w.step - b.w.step || a.order - b.order)
    .map(({ w }) => w);
  const writesBySlotFrame = new Map<string, number[]>();
  const writesBySite: number[][] = map.sites.map(() => []);
  writes.forEach((w, i) => {
    const key = slotFrameKey(map.sites[w.site]!.slot, w.frame);
    const list = writesBySlotFrame.get(key);
    if (list) list.push(i);
    else writesBySlotFrame.set(key, [i]);
    writesBySite[w.site]!.push(i);
  });

  const last = Math.max(0, count - 1);
  const updates = trace.events.filter((e) => e.kind === 'secret-updated').length;
  const logSteps = new Map<number, number>();
  const requestSteps = new Map<number, number>();
  const timeline: TimelineEntry[] = [];
  for (const event of trace.events) {
    const step = Math.min(event.step, last);
    const { kind, ref } = event;
    if (kind === 'log') {
      logSteps.set(ref, step);
      timeline.push({ step, kind, ref, ...logText(outcome, ref) });
    } else if (kind === 'request') {
      if (requestSteps.has(ref)) continue;
      requestSteps.set(ref, step);
      timeline.push({ step, kind, ref, text: requestText(outcome, ref) });
    } else if (kind === 'secret-read') {
      const read = outcome.secretReads[ref];
      const text = read ? `read secret ${read.key} from the ${read.from}` : 'read a secret';
      timeline.push({ step, kind, ref, text });
    } else {
      timeline.push({ step, kind, ref, text: updateText(outcome, ref, updates) });
    }
  }
  const end = endEntry(outcome, last);
  if (end) timeline.push(end);
  timeline.sort((a, b) => a.step - b.step);

  return {
    map,
    limits,
    count,
    points,
    stepFrames,
    depths,
    lines,
    frameFn,
    frameParent,
    frameCaller,
    frameDepth,
    frameStepStart,
    frameSteps,
    writes,
    writesBySlotFrame,
    writesBySite,
    timeline,
    logSteps,
    requestSteps,
    part: recordedPart(trace, outcome, count),
  };
}

/** Index of the last entry of `sorted` (ascending) below `limit`, or -1: for "the latest before step n". */
export function lastBelow(
  sorted: ArrayLike<number>,
  limit: number,
  from = 0,
  to = sorted.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1 >= from ? lo - 1 : -1;
}

const bytes = (n: number) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`
    : `${Math.round(n / 1024).toLocaleString('en')} KB`;

/** The limits a recording had, as the debugger states them. */
export function limitsText(limits: TraceLimits): string {
  return `Records at most ${limits.steps.toLocaleString('en')} steps and ${bytes(limits.bytes)} of values.`;
}

const STOPS: Partial<Record<RunStatus, string>> = {
  'timed-out': 'up to the timeout',
  cancelled: 'up to the Stop',
  crashed: 'up to the crash',
};

/** Which part of the run a recording holds, as a sentence. */
export function partText(part: RecordedPart): string {
  const n = (v: number) => v.toLocaleString('en');
  switch (part.kind) {
    case 'all':
      return `Recorded the whole run: ${n(part.recorded)} steps.`;
    case 'cut':
      return `Recorded the first ${n(part.recorded)} of ${n(part.total)} steps (the ${
        part.by === 'steps' ? 'step' : 'snapshot size'
      } limit); the run went on to its end.`;
    case 'stopped':
      return `Recorded ${n(part.recorded)} steps, ${STOPS[part.status] ?? 'until the run ended without finishing'}.`;
    case 'refused':
      return `Recorded ${n(part.recorded)} steps: a part of the recording was refused (malformed or out of bounds), so it stops there.`;
  }
}
