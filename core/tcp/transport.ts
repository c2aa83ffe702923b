// A TCP connection as a protocol's session sees it, whatever the protocol: decoded frames handled one at a time in
// arrival order, reads paused while too many wait, writes batched per event-loop turn, slow readers cut off, and
// every timer (silence, deadlines, drain waits, closing grace) checked by the listener's one sweep, not per connection.
import type { Logger } from "../../shared/log.ts";

/** A decoder's verdict that the byte stream cannot go on. */
export type Fatal = { kind: "fatal"; reason: string };

/** A protocol's framing: bytes in, whole frames out (a state machine over partial and coalesced reads). */
export interface Decoder<F> {
  push(chunk: Uint8Array): (F | Fatal)[];
}

/** A protocol's per-connection logic over a transport. */
export interface Session<F> {
  /** One frame; the next is not handled before this resolves. */
  handle(frame: F): void | Promise<void>;
  /** The decoder gave up on the byte stream: say goodbye (usually `transport.end`). */
  fatal(reason: string): void;
  /** Silent longer than `transport.idleMs`, or past `transport.deadlineMs`. */
  expired(why: "idle" | "deadline"): void;
  /** The socket is gone (closed by either side). */
  gone(): void | Promise<void>;
  /** Every byte written with a mark (a log event id: marks only grow) up to `mark` has left for the kernel. */
  sent?(mark: number): void;
}

/** What a transport needs of a socket (net.Socket has it; tests use a fake). */
export interface SocketLike {
  readonly writableLength: number;
  readonly destroyed: boolean;
  write(data: Uint8Array): boolean;
  cork(): void;
  uncork(): void;
  pause(): unknown;
  resume(): unknown;
  end(): unknown;
  destroy(): unknown;
  on(event: "drain" | "close", listener: () => void): unknown;
  on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  off(event: "drain" | "close", listener: () => void): unknown;
}

export interface TransportLimits {
  /** A reader that lets this many bytes pile up unsent is cut off. */
  maxQueuedBytes: number;
  /** Frames waiting to be handled before the socket stops being read. */
  maxPendingFrames: number;
}

export const defaultTransportLimits: TransportLimits = { maxQueuedBytes: 4 * 1024 * 1024, maxPendingFrames: 64 };

/** A closed connection whose peer does not close its side is destroyed after this long. */
export const closingGraceMs = 2_000;
/** A `drained()` wait that lasts longer than this cuts the reader off. */
export const drainTimeoutMs = 30_000;

/** Where a connection's frame handling starts when none is under way. */
const idle = Promise.resolve();

/** The transport of a socket, on the socket itself: one handler function serves every socket ("close", "data"). */
const transportKey = Symbol("transport");
type TaggedSocket = SocketLike & { [transportKey]?: Transport };

// Transports written to in this turn of the event loop; one tick uncorks them all.
const corked = new Set<Transport>();
let flushScheduled = false;

function flushAll(): void {
  flushScheduled = false;
  const batch = [...corked];
  corked.clear(); // before flushing: a transport written to during the flush corks and schedules itself anew
  for (const t of batch) t.flush();
}

export class Transport {
  /** Silence longer than this expires the connection (the session sets it; Infinity: never). */
  idleMs = Number.POSITIVE_INFINITY;
  /** When set (ms since the epoch), the connection expires then unless the session clears it. */
  deadlineMs = 0;
  lastHeardMs: number;
  #session: Session<unknown> | null = null;
  #decoder: Decoder<unknown> | null = null;
  #pending = 0;
  /** The frames being handled, one after another; null while none is (an idle connection holds no promise). */
  #work: Promise<void> | null = null;
  #closed = false;
  #corked = false;
  /** The highest mark written whose bytes may not all have left yet (0: none). */
  #unsentMark = 0;
  #closingSinceMs: number | null = null;
  /** A `drained()` wait: since when, for which queue size, and how to end it. */
  #drainWait: { sinceMs: number; highWater: number; done: () => void } | null = null;

  /** `finished` hears once the socket is gone and the session has finished its leaving (e.g. its presence removed). */
  constructor(
    private readonly socket: SocketLike,
    private readonly limits: TransportLimits,
    private readonly log: Logger,
    private readonly nowMs: () => number,
    readonly remoteAddress = "",
    private readonly finished: (transport: Transport) => void = () => {},
  ) {
    this.lastHeardMs = nowMs();
    (socket as TaggedSocket)[transportKey] = this;
    socket.on("close", Transport.#socketClosed);
  }

  // Socket event handlers shared by every socket, which is `this` when they run.
  static readonly #socketClosed = function (this: TaggedSocket): void {
    this[transportKey]!.#onClose();
  };

  static readonly #socketData = function (this: TaggedSocket, chunk: Uint8Array): void {
    this[transportKey]!.onData(chunk);
  };

  /** Plugs in the protocol and starts reading; call once. */
  attach<F>(decoder: Decoder<F>, session: Session<F>): void {
    this.#decoder = decoder;
    this.#session = session as Session<unknown>;
    this.socket.on("data", Transport.#socketData);
  }

  /** Closed by us or gone: nothing more is written. */
  get closed(): boolean {
    return this.#closed || this.socket.destroyed;
  }

  /** Bytes handed to the socket and not yet taken by the kernel. */
  get queuedBytes(): number {
    return this.socket.writableLength;
  }

  /** Bytes from the socket. */
  onData(chunk: Uint8Array): void {
    this.lastHeardMs = this.nowMs();
    if (this.#closed) return;
    for (const item of this.#decoder!.push(chunk)) {
      if ((item as Fatal).kind === "fatal") return this.#session!.fatal((item as Fatal).reason);
      this.#enqueue(item);
    }
  }

  #enqueue(frame: unknown): void {
    if (++this.#pending >= this.limits.maxPendingFrames) this.socket.pause();
    this.#work = (this.#work ?? idle)
      .then(() => (this.#closed ? undefined : this.#session!.handle(frame)))
      .catch((err) => {
        this.log.error("frame handling failed", { error: String(err), stack: err instanceof Error ? err.stack : undefined });
        this.cutOff("internal error");
      })
      .finally(() => {
        if (--this.#pending < this.limits.maxPendingFrames && !this.#closed) this.socket.resume();
        if (this.#pending === 0) this.#work = null; // nothing chained after this one
      });
  }

  /**
   * Queues bytes; what is written in one turn of the event loop leaves in one syscall. A `mark` is reported to the
   * session (`sent`) once the bytes have left for the kernel, not when queued: at the flush when the kernel takes
   * everything, else at the next flush or sweep that finds nothing queued; a connection cut off with bytes still
   * queued never reports it. No callback per write: a fan-out writes to thousands of connections per event.
   */
  write(bytes: Uint8Array, mark?: number): void {
    if (this.closed) return;
    if (!this.#corked) {
      this.#corked = true;
      this.socket.cork();
      corked.add(this);
      if (!flushScheduled) {
        flushScheduled = true;
        process.nextTick(flushAll);
      }
    }
    if (mark !== undefined && mark > this.#unsentMark) this.#unsentMark = mark;
    this.socket.write(bytes);
  }

  /** Sends the turn's bytes; what the kernel would not take stays queued, and too much of it is a slow reader. */
  flush(): void {
    if (!this.#corked) return;
    this.#corked = false;
    this.socket.uncork();
    if (this.socket.writableLength > this.limits.maxQueuedBytes) return this.cutOff("slow reader");
    this.#reportSent();
  }

  /** Tells the session of the marks written once nothing is left queued. */
  #reportSent(): void {
    if (this.#unsentMark === 0 || this.socket.writableLength > 0 || this.socket.destroyed) return;
    const mark = this.#unsentMark;
    this.#unsentMark = 0;
    this.#session?.sent?.(mark);
  }

  /** Resolves once at most `highWater` bytes are queued; a reader that does not get there in time is cut off. */
  drained(highWater: number): Promise<void> {
    if (this.socket.writableLength <= highWater || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.#drainWait = null;
        this.socket.off("drain", done);
        this.socket.off("close", done);
        resolve();
      };
      // "drain" comes only once the queue is empty (and only after a write was refused): the sweep also ends the
      // wait as soon as the queue is down to highWater.
      this.#drainWait = { sinceMs: this.nowMs(), highWater, done };
      this.socket.on("drain", done);
      this.socket.on("close", done);
    });
  }

  /** Ends the connection after the bytes already queued (and `last`, if given); the peer gets a grace to close. */
  end(last?: Uint8Array): void {
    if (this.closed) return;
    if (last) this.write(last);
    this.flush();
    corked.delete(this);
    this.#closed = true;
    this.#closingSinceMs = this.nowMs();
    this.socket.end();
  }

  /** Drops the connection now, queued bytes included. */
  cutOff(reason: string): void {
    if (this.socket.destroyed) return;
    this.log.warn("connection cut off", { reason, address: this.remoteAddress, queued: this.socket.writableLength });
    this.#closed = true;
    corked.delete(this);
    this.socket.destroy();
  }

  /** The listener's periodic check: silence, deadline, a drain wait that lasts, a peer that does not close. */
  sweep(now: number): void {
    if (this.socket.destroyed) return;
    this.#reportSent();
    if (this.#closingSinceMs !== null) {
      if (now - this.#closingSinceMs > closingGraceMs) this.socket.destroy();
      return;
    }
    const wait = this.#drainWait;
    if (wait && this.socket.writableLength <= wait.highWater) wait.done();
    else if (wait && now - wait.sinceMs > drainTimeoutMs) return this.cutOff("did not read its pending messages");
    if (this.deadlineMs > 0 && now > this.deadlineMs) return this.#session!.expired("deadline");
    if (now - this.lastHeardMs > this.idleMs) this.#session!.expired("idle");
  }

  #onClose(): void {
    this.#closed = true;
    corked.delete(this);
    Promise.resolve(this.#session?.gone())
      .catch((err) => this.log.error("session close failed", { error: String(err) }))
      .finally(() => this.finished(this));
  }
}
