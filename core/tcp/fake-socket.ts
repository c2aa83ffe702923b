// Test support (not a test): an in-memory SocketLike for transport tests that records writes, corks, pauses and
// ends, and whose "kernel" can stall (bytes stay queued) until drainAll() takes them, like net.Socket.
import { EventEmitter } from "node:events";
import type { SocketLike } from "./transport.ts";

export class FakeSocket extends EventEmitter implements SocketLike {
  /** Bytes written and not yet taken; settable to simulate any queue. */
  writableLength = 0;
  destroyed = false;
  /** While true the kernel takes nothing: uncorked bytes stay queued until drainAll(). */
  stalled = false;
  paused = false;
  ended = false;
  /** Every write, in order. */
  readonly writes: { bytes: Uint8Array }[] = [];
  /** Calls in order: "cork", "uncork", "write <text>", "pause", "resume", "end", "destroy". */
  readonly calls: string[] = [];
  corks = 0;
  uncorks = 0;
  #corkDepth = 0;

  write(data: Uint8Array): boolean {
    this.calls.push(`write ${new TextDecoder().decode(data)}`);
    this.writes.push({ bytes: data });
    this.writableLength += data.length;
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

  /** Like net.Socket: queued bytes are dropped, "close" follows on the next tick; once only. */
  destroy(): this {
    if (this.destroyed) return this;
    this.calls.push("destroy");
    this.destroyed = true;
    this.writableLength = 0;
    process.nextTick(() => this.emit("close"));
    return this;
  }

  /** The kernel takes everything queued: the queue empties, "drain" is emitted. */
  drainAll(): void {
    this.stalled = false;
    this.writableLength = 0;
    this.emit("drain");
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

  /** The kernel takes what is queued, unless stalled. */
  #send(): void {
    if (!this.stalled) this.writableLength = 0;
  }
}
