/**
 * The recorder of a Debug run: the probe instrumented code calls (`__sfpRec.e/l/s/v`), which
 * numbers frames, keeps the steps and the values written (snapshots that never run user code),
 * and sends them to the app in batches; plus the harness's side of it (events, the end). It runs
 * inside user code, so it only uses built-ins captured when this module loads, writes its
 * buffers through own data properties, and hands user code nothing but the probe's closures.
 */
import { apply, bare, jsonParse, SafeMap } from '../../lib/intrinsics';
import { toTagged, type TagLimits, type Tagged } from '../../lib/safe-serialise';
import { accessorNode, tagPrimitive } from '../../lib/tag-leaves';
import {
  TRACE_BATCH,
  type RecorderProbe,
  type TraceBatch,
  type TraceEnd,
  type TraceEventKind,
  type TraceEvent,
  type TraceLimits,
  type TraceWrite,
} from '../protocol';
import { now, realTimers } from './timers';

/** How much of a written value a snapshot keeps: never a getter, a proxy's read aside. */
export const SNAPSHOT_LIMITS: TagLimits = {
  nodes: 200,
  depth: 3,
  string: 200,
  entries: 25,
  chars: 4000,
  dataOnly: true,
};
/** Longest time between two batches while steps come, in milliseconds. */
export const FLUSH_MS = 50;
/** Steps between two looks at the clock (a power of two: the check is a mask). */
const CLOCK_EVERY = 256;

const Int32 = Int32Array;
const typedSet = Int32Array.prototype.set;

/** The JSON text of a zero-filled array, one per batch part, made before user code runs. */
const zeros = (length: number) => `[${'0,'.repeat(length - 1)}0]`;
const TEMPLATES = {
  steps: zeros(2 * TRACE_BATCH.steps),
  frames: zeros(4 * TRACE_BATCH.frames),
  writes: zeros(TRACE_BATCH.writes),
  events: zeros(TRACE_BATCH.events),
};
/**
 * A fresh filled array of a part's length, parsed from its template (JSON.parse defines own
 * properties and runs no user code): writing its indices sets own data properties only, so no
 * setter user code put on Array.prototype runs.
 */
const fresh = <T>(part: keyof typeof TEMPLATES): T[] => jsonParse(TEMPLATES[part]) as T[];

/** JSON text length of a tagged snapshot, estimated without a JSON.stringify user code could hook. */
function snapshotBytes(value: Tagged): number {
  switch (value.t) {
    case 'string':
      return 20 + value.v.length;
    case 'array':
    case 'set': {
      let bytes = 24;
      for (let i = 0; i < value.items.length; i++) bytes += 1 + snapshotBytes(value.items[i]!);
      return bytes;
    }
    case 'object':
    case 'error': {
      let bytes = 40;
      const { entries } = value;
      for (let i = 0; i < entries.length; i++)
        bytes += 6 + entries[i]![0].length + snapshotBytes(entries[i]![1]);
      return bytes;
    }
    case 'map': {
      let bytes = 24;
      const { entries } = value;
      for (let i = 0; i < entries.length; i++)
        bytes += 6 + snapshotBytes(entries[i]![0]) + snapshotBytes(entries[i]![1]);
      return bytes;
    }
    case 'function':
    case 'symbol':
      return 30 + (value.t === 'function' ? value.name.length : value.v.length);
    default:
      return 30;
  }
}

/** What the harness holds of a recording. */
export interface TraceRecorder {
  /** What instrumented code calls: a `bare` object of closures. */
  readonly probe: RecorderProbe;
  /** Records a message of the run (`ref`: see traceEventSchema) at the latest step. */
  event(kind: TraceEventKind, ref: number): void;
  /** Sends the last batch, with how the recording ended; later calls are ignored. */
  finish(): void;
  /** Ignores every later call (the run has been reported; its leftover timers may still call). */
  close(): void;
}

/** Where a recording goes and how much of it to keep. */
export interface TraceRecorderOptions {
  limits: TraceLimits;
  send(batch: TraceBatch): void;
}

const RECORDING = 0;
const COUNTING = 1;
const CLOSED = 2;

/** Creates the recorder of one Debug run. */
export function createTraceRecorder({ limits, send }: TraceRecorderOptions): TraceRecorder {
  let mode = RECORDING;
  let cut: TraceEnd['cut'] = null;
  /** Steps executed, recorded or not. */
  let totalSteps = 0;
  /** Steps recorded (the latest one's index is recorded - 1). */
  let recorded = 0;
  let bytes = 0;
  /** Frames entered while recording; a frame's caller and depth at 2 * id, 2 * id + 1. */
  let frameCount = 0;
  let frameInfo = new Int32(1024);
  let current = -1;
  /** While a snapshot is taken (a proxy's trap may run instrumented code): probe calls are ignored. */
  let snapshotting = false;
  let flushedAt = now();
  /** Sends what waits while code is idle (an await): a busy loop is caught by the clock checks instead. */
  let timer: ReturnType<typeof realTimers.setTimeout> | null = null;
  const arm = () => {
    timer = realTimers.setTimeout(() => {
      timer = null;
      if (mode === RECORDING && (stepSlots || frameSlots || writeCount || eventCount)) flush(null);
    }, FLUSH_MS);
  };

  let steps = fresh<number>('steps');
  let frames = fresh<number>('frames');
  let writes = fresh<TraceWrite>('writes');
  let events = fresh<TraceEvent>('events');
  let stepSlots = 0;
  let frameSlots = 0;
  let writeCount = 0;
  let eventCount = 0;

  /** Sends the batch; a part that was written goes as it is and is replaced, an empty one stays. */
  const flush = (end: TraceEnd | null) => {
    const sentSteps = stepSlots ? steps : [];
    const sentFrames = frameSlots ? frames : [];
    const sentWrites = writeCount ? writes : [];
    const sentEvents = eventCount ? events : [];
    sentSteps.length = stepSlots;
    sentFrames.length = frameSlots;
    sentWrites.length = writeCount;
    sentEvents.length = eventCount;
    const parts = { steps: sentSteps, frames: sentFrames, writes: sentWrites, events: sentEvents };
    // No assignment to the batch: a setter user code put on Object.prototype would catch it.
    send(end ? { ...parts, end } : parts);
    flushedAt = now();
    if (end) return;
    if (stepSlots) steps = fresh('steps');
    if (frameSlots) frames = fresh('frames');
    if (writeCount) writes = fresh('writes');
    if (eventCount) events = fresh('events');
    stepSlots = frameSlots = writeCount = eventCount = 0;
  };

  const disarm = () => {
    if (timer !== null) realTimers.clearTimeout(timer);
    timer = null;
  };

  /** Stops recording at a limit: what was recorded goes at once, the rest is only counted. */
  const stop = (limit: 'steps' | 'bytes') => {
    mode = COUNTING;
    cut = limit;
    disarm();
    flush(null);
  };

  const probe: RecorderProbe = bare({
    e(fn: number, parent: number): number {
      if (mode !== RECORDING || snapshotting) return -1;
      if (frameCount >= limits.steps) {
        stop('steps');
        return -1;
      }
      const id = frameCount++;
      if (2 * id + 2 > frameInfo.length) {
        const grown = new Int32(frameInfo.length * 2);
        apply(typedSet, grown, [frameInfo]);
        frameInfo = grown;
      }
      const caller = current;
      const depth = caller < 0 ? 1 : frameInfo[2 * caller + 1]! + 1;
      frameInfo[2 * id] = caller;
      frameInfo[2 * id + 1] = depth;
      frames[frameSlots++] = fn;
      frames[frameSlots++] = parent;
      frames[frameSlots++] = caller;
      frames[frameSlots++] = depth;
      current = id;
      if (timer === null) arm();
      if (frameSlots === 4 * TRACE_BATCH.frames) flush(null);
      return id;
    },
    l(frame: number): void {
      if (mode !== RECORDING || snapshotting) return;
      if (frame >= 0 && frame < frameCount) current = frameInfo[2 * frame]!;
    },
    s(point: number, frame: number): void {
      if (mode === CLOSED || snapshotting) return;
      totalSteps++;
      if (mode !== RECORDING) return;
      if (recorded >= limits.steps) return stop('steps');
      steps[stepSlots++] = point;
      steps[stepSlots++] = frame;
      recorded++;
      current = frame;
      if (timer === null) arm();
      if (stepSlots === 2 * TRACE_BATCH.steps) flush(null);
      else if ((recorded & (CLOCK_EVERY - 1)) === 0 && now() - flushedAt >= FLUSH_MS) flush(null);
    },
    v(site: number, frame: number, value: unknown): void {
      if (mode !== RECORDING || snapshotting || recorded === 0) return;
      let tagged: Tagged;
      let size: number;
      if (typeof value === 'number' && value === value && value - value === 0 && value !== 0) {
        // The common case on a fast path: a finite number other than ±0.
        tagged = { t: 'number', v: value };
        size = 30;
      } else if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
        tagged = tagPrimitive(value, SNAPSHOT_LIMITS)!;
        size = snapshotBytes(tagged);
      } else {
        // Only an object's snapshot can run user code (a proxy's traps): probes are ignored then.
        snapshotting = true;
        try {
          tagged = accessorNode(value) ?? toTagged(value, SNAPSHOT_LIMITS);
        } finally {
          snapshotting = false;
        }
        size = snapshotBytes(tagged);
      }
      if (bytes + size > limits.bytes) return stop('bytes');
      bytes += size;
      writes[writeCount++] = { step: recorded - 1, site, frame, value: tagged };
      if (timer === null) arm();
      if (writeCount === TRACE_BATCH.writes) flush(null);
    },
  });

  return {
    probe,
    event(kind, ref) {
      if (mode !== RECORDING || recorded === 0) return;
      events[eventCount++] = { step: recorded - 1, kind, ref };
      if (timer === null) arm();
      if (eventCount === TRACE_BATCH.events) flush(null);
    },
    finish() {
      if (mode === CLOSED) return;
      mode = CLOSED;
      disarm();
      flush({ totalSteps, cut });
    },
    close() {
      mode = CLOSED;
      disarm();
    },
  };
}

/** The events a run's messages add (see traceEventSchema): a counter per kind, each request id once. */
export function traceEventRefs() {
  const counts = bare({ log: 0, 'secret-read': 0, 'secret-updated': 0 });
  const requests = new SafeMap<number, true>();
  const seen = (id: number) => {
    if (requests.has(id)) return true;
    requests.set(id, true);
    return false;
  };
  return {
    /** The event's ref for a message of `kind`, or null when it adds none (a request seen before). */
    next(kind: TraceEventKind, requestId = 0): number | null {
      if (kind === 'request') return seen(requestId) ? null : requestId;
      return counts[kind]++;
    },
  };
}
