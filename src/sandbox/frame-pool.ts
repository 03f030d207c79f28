/**
 * The isolated frames the sandbox's runners use, from one pool: a spare frame is booted ahead so
 * that a run never waits for a worker to start, a frame is checked alive when it is taken
 * (another boots if its process died meanwhile), the frame in use is watched for a crash or a
 * lost heartbeat, and every frame the pool handed out is disposed with it.
 */
import { bootFrame, type SandboxFrame } from './sandbox-frame';
import { workerScript } from './worker-script';

/** Where the pool gets its worker script and frames (replaceable in tests). */
export interface FramePoolOptions {
  loadWorkerScript?: () => Promise<string>;
  /** Element the hidden frames are appended to. */
  host?: HTMLElement;
  /** Starts an instance (replaceable in tests); by default an isolated frame and worker. */
  boot?: (script: Promise<string>) => Promise<SandboxFrame>;
}

/** A pool of isolated frames with one spare booted ahead. */
export class FramePool {
  private readonly bootOne: () => Promise<SandboxFrame>;
  private spare: Promise<SandboxFrame> | null = null;
  /** The spare once booted, so that a frame can be taken without waiting a turn. */
  private spareReady: SandboxFrame | null = null;
  /** The frames handed out and not yet released. */
  private readonly inUse = new Set<SandboxFrame>();
  private disposed = false;

  constructor(options: FramePoolOptions = {}) {
    const loadScript = options.loadWorkerScript ?? workerScript;
    const boot = options.boot ?? ((script) => bootFrame(script, options.host));
    // The frame starts (a new process, maybe) while the script is fetched.
    this.bootOne = () => boot(loadScript());
  }

  /** Boots the spare now, unless there is one already (or the pool was disposed). */
  fill(): void {
    if (this.disposed || this.spare) return;
    const booting = this.bootOne();
    booting.then(
      (frame) => {
        if (this.spare === booting) this.spareReady = frame;
      },
      () => {
        if (this.spare === booting) this.spare = null;
      },
    );
    this.spare = booting;
  }

  /** The spare if it is booted and alive, taken now; null otherwise. */
  takeReady(): SandboxFrame | null {
    const frame = this.spareReady;
    if (!frame?.alive()) return null;
    this.spare = this.spareReady = null;
    return this.handOut(frame);
  }

  /** A frame to run on: the spare (booted now if there is none), or a fresh one if the spare's process died. */
  async take(): Promise<SandboxFrame> {
    if (this.disposed) throw new Error('the sandbox was disposed');
    this.fill();
    const claimed = this.spare as Promise<SandboxFrame>;
    this.spare = this.spareReady = null;
    const frame = await claimed;
    if (frame.alive()) return this.handOut(frame);
    // Its process died meanwhile (another frame of the same process ran out of memory).
    frame.dispose();
    return this.handOut(await this.bootOne());
  }

  /** Takes back an unused frame: it becomes the spare if there is none, else it is disposed. */
  giveBack(frame: SandboxFrame): void {
    if (this.disposed || this.spare || !frame.alive()) return this.release(frame);
    this.inUse.delete(frame);
    this.spare = Promise.resolve((this.spareReady = frame));
  }

  /**
   * Watches the frame in use: `onDeath` is called once, with why, if its worker crashes or its
   * heartbeat stops; the spare is dropped first, as its process may be gone too. Returns the
   * function that stops watching.
   */
  watch(frame: SandboxFrame, onDeath: (detail: string) => void): () => void {
    let watching = true;
    let unwatchBeat = () => {};
    const stop = () => {
      watching = false;
      unwatchBeat();
    };
    const die = (detail: string) => {
      if (!watching) return;
      stop();
      this.dropSpare();
      onDeath(detail);
    };
    frame.onCrash((message) =>
      die(`The worker running the function died (${message}): out of memory?`),
    );
    unwatchBeat = frame.watchHeartbeat(() =>
      die(
        'The sandbox running the function stopped answering: its process died, most likely out of memory.',
      ),
    );
    return stop;
  }

  /** Disposes a frame the pool handed out. */
  release(frame: SandboxFrame): void {
    this.inUse.delete(frame);
    frame.dispose();
  }

  /** Disposes the spare (booted or still booting). */
  dropSpare(): void {
    void this.spare?.then(
      (frame) => frame.dispose(),
      () => {},
    );
    this.spare = this.spareReady = null;
  }

  /** Disposes every frame: the spare and those handed out; the pool boots no more. */
  dispose(): void {
    this.disposed = true;
    this.dropSpare();
    for (const frame of this.inUse) frame.dispose();
    this.inUse.clear();
  }

  private handOut(frame: SandboxFrame): SandboxFrame {
    this.inUse.add(frame);
    return frame;
  }
}
