// Test support (not a test): an in-memory SocketLike for transport tests that records writes, corks, pauses and
// ends, and whose "kernel" can stall (bytes stay queued) until drainAll() takes them, like net.Socket.
import { EventEmitter } from "node:events";
import type { SocketLike } from "./transport.ts";

type WriteCallback = (err?: Error | null) => void;

export class FakeSocket extends EventEmitter implements SocketLike {
  /** Bytes written and not yet taken; settable to simulate any queue. */
  writableLength = 0;
  destroyed = false;
  /** While true the kernel takes nothing: uncorked bytes stay queued until drainAll(). */
  stalled = false;
  paused = false;
  ended = false;
  /** Every write, in order, with its callback (kept after it ran). */
  readonly writes: { bytes: Uint8Array; callback?: WriteCallback }[] = [];
  /** Calls in order: "cork", "uncork", "write <text>", "pause", "resume", "end", "destroy". */
  readonly calls: string[] = [];
  corks = 0;
  uncorks = 0;
  #corkDepth = 0;
  /** Callbacks of bytes not yet taken by the kernel. */
  #pending: WriteCallback[] = [];

  write(data: Uint8Array, callback?: WriteCallback): boolean {
    this.calls.push(`write ${new TextDecoder().decode(data)}`);
    this.writes.push({ bytes: data, callback });
    this.writableLength += data.length;
    this.#pending.push(callback ?? (() => {}));
    if (this.#corkDepth === 0) this.#send();
    return true;
  }

  cork(): void {
    this.calls.push("cork");
    this.corks++;
    this.#corkDepth++;
  }

  uncork(): void {
    this.calls.push("uncork");
    this.uncorks++;
    if (this.#corkDepth > 0 && --this.#corkDepth === 0) this.#send();
  }

  pause(): this {
    this.calls.push("pause");
    this.paused = true;
    return this;
  }

  resume(): this {
    this.calls.push("resume");
    this.paused = false;
    return this;
  }

  end(): this {
    this.calls.push("end");
    this.ended = true;
    return this;
  }

  /** Like net.Socket: queued writes fail, "close" follows on the next tick; once only. */
  destroy(): this {
    if (this.destroyed) return this;
    this.calls.push("destroy");
    this.destroyed = true;
    const failed = this.#pending.splice(0);
    this.writableLength = 0;
    process.nextTick(() => {
      for (const cb of failed) cb(new Error("socket destroyed"));
      this.emit("close");
    });
    return this;
  }

  /** The kernel takes everything queued: write callbacks run (now), the queue empties, "drain" is emitted. */
  drainAll(): void {
    this.stalled = false;
    for (const cb of this.#pending.splice(0)) cb(null);
    this.writableLength = 0;
    this.emit("drain");
  }

  /** The queued writes fail (e.g. EPIPE): their callbacks get the error. */
  failAll(err = new Error("EPIPE")): void {
    for (const cb of this.#pending.splice(0)) cb(err);
  }

  /** The peer closed (or reset) the connection. */
  peerClose(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit("close");
  }

  /** Everything written, as one string. */
  text(): string {
    return this.writes.map((w) => new TextDecoder().decode(w.bytes)).join("");
  }

  /** Sends what is queued unless stalled; callbacks run on the next tick, as net.Socket's do. */
  #send(): void {
    if (this.stalled) return;
    const sent = this.#pending.splice(0);
    this.writableLength = 0;
    if (sent.length === 0) return;
    process.nextTick(() => {
      for (const cb of sent) cb(null);
    });
  }
}
