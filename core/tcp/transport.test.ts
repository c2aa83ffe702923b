// The protocol-free transport over a fake socket and a fake clock: write batching per turn, sent marks, frames
// in order one at a time, read pausing, slow readers, decoder fatals, failing handlers, the sweep's timers, end, close.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Logger } from "../../shared/log.ts";
import { FakeSocket } from "./fake-socket.ts";
import {
  closingGraceMs,
  defaultTransportLimits,
  drainTimeoutMs,
  Transport,
  type Decoder,
  type Fatal,
  type Session,
  type TransportLimits,
} from "./transport.ts";

const enc = (s: string) => new TextEncoder().encode(s);
/** Runs after the transports' one flush tick (queued before it). */
const tick = () => new Promise<void>((resolve) => process.nextTick(resolve));
/** Lets every pending tick and promise job run. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

type Line = { level: string; msg: string; fields: Record<string, unknown> };

function recordingLog(): Logger & { lines: Line[] } {
  const lines: Line[] = [];
  const at =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, msg, fields });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** Newline-delimited frames; a line starting with "!" is a fatal whose reason is the rest. Keeps decoding after one. */
class LineDecoder implements Decoder<string> {
  #partial = "";
  push(chunk: Uint8Array): (string | Fatal)[] {
    const lines = (this.#partial + new TextDecoder().decode(chunk)).split("\n");
    this.#partial = lines.pop() ?? "";
    return lines.map((l) => (l.startsWith("!") ? { kind: "fatal", reason: l.slice(1) } : l));
  }
}

/** Records what the transport calls; `hold` makes each handle wait until `release()`. */
class RecordingSession implements Session<string> {
  started: string[] = [];
  handled: string[] = [];
  fatals: string[] = [];
  expiries: string[] = [];
  goneCount = 0;
  /** Marks reported sent, in order. */
  sentMarks: number[] = [];
  hold = false;
  throwOn = new Set<string>();
  onFatal: (reason: string) => void = () => {};
  goneFails = false;
  #waiting: (() => void)[] = [];

  async handle(frame: string): Promise<void> {
    this.started.push(frame);
    if (this.throwOn.has(frame)) throw new Error(`cannot handle ${frame}`);
    if (this.hold) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.handled.push(frame);
  }
  fatal(reason: string): void {
    this.fatals.push(reason);
    this.onFatal(reason);
  }
  expired(why: "idle" | "deadline"): void {
    this.expiries.push(why);
  }
  sent(mark: number): void {
    this.sentMarks.push(mark);
  }
  async gone(): Promise<void> {
    this.goneCount++;
    if (this.goneFails) throw new Error("unbind failed");
  }
  /** Lets the oldest waiting handle finish. */
  release(): void {
    const next = this.#waiting.shift();
    assert.ok(next, "no handle is waiting");
    next();
  }
}

function setup(limits: Partial<TransportLimits> = {}) {
  let now = 1_700_000_000_000;
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const socket = new FakeSocket();
  const log = recordingLog();
  const session = new RecordingSession();
  const transport = new Transport(socket, { ...defaultTransportLimits, ...limits }, log, clock.now, "192.0.2.1");
  transport.attach(new LineDecoder(), session);
  return { socket, log, clock, session, transport };
}

/** How many ticks `fn` schedules. */
function ticksScheduledBy(fn: () => void): number {
  const real = process.nextTick;
  let n = 0;
  process.nextTick = ((...args: Parameters<typeof real>) => {
    n++;
    return real.apply(process, args);
  }) as typeof real;
  try {
    fn();
  } finally {
    process.nextTick = real;
  }
  return n;
}

/** A promise's state, readable synchronously. */
function track(p: Promise<void>): { settled: boolean } {
  const state = { settled: false };
  void p.then(() => (state.settled = true));
  return state;
}

describe("write batching", () => {
  test("writes of one turn go between one cork and one uncork, in order", async () => {
    const { socket, transport } = setup();
    transport.write(enc("a"));
    transport.write(enc("b"));
    transport.write(enc("c"));
    assert.deepEqual(socket.calls, ["cork", "write a", "write b", "write c"]);
    await tick();
    assert.deepEqual(socket.calls, ["cork", "write a", "write b", "write c", "uncork"]);
    assert.equal(socket.text(), "abc");
  });

  test("each turn gets its own cork and uncork", async () => {
    const { socket, transport } = setup();
    transport.write(enc("a"));
    await turn();
    transport.write(enc("b"));
    transport.write(enc("c"));
    await turn();
    assert.deepEqual(socket.calls, ["cork", "write a", "uncork", "cork", "write b", "write c", "uncork"]);
    assert.equal([socket.corks, socket.uncorks].join(), "2,2");
  });

  test("transports written in one turn are all flushed by one tick", async () => {
    const one = setup();
    const two = setup();
    const ticks = ticksScheduledBy(() => {
      one.transport.write(enc("1a"));
      two.transport.write(enc("2a"));
      one.transport.write(enc("1b"));
    });
    assert.equal(ticks, 1);
    await tick();
    assert.deepEqual(one.socket.calls, ["cork", "write 1a", "write 1b", "uncork"]);
    assert.deepEqual(two.socket.calls, ["cork", "write 2a", "uncork"]);
  });
});

describe("sent marks", () => {
  test("reported once the kernel has taken the bytes, not when queued: the highest mark of the flush", async () => {
    const { session, transport } = setup();
    transport.write(enc("a"), 1);
    transport.write(enc("b"), 2);
    transport.write(enc("no mark"));
    assert.deepEqual(session.sentMarks, [], "not when queued");
    await turn();
    assert.deepEqual(session.sentMarks, [2]);
    transport.write(enc("c"));
    await turn();
    assert.deepEqual(session.sentMarks, [2], "a flush without marks reports nothing");
  });

  test("bytes the kernel has not taken: reported by the next flush or sweep that finds nothing queued", async () => {
    const { socket, session, transport, clock } = setup();
    socket.stalled = true;
    transport.write(enc("a"), 3);
    await turn();
    assert.deepEqual(session.sentMarks, [], "the kernel has not taken a");
    transport.sweep(clock.now());
    assert.deepEqual(session.sentMarks, [], "still queued at the sweep");
    socket.drainAll();
    transport.sweep(clock.now());
    assert.deepEqual(session.sentMarks, [3]);
    socket.stalled = true;
    transport.write(enc("b"), 4);
    await turn();
    socket.stalled = false;
    transport.write(enc("c"), 5);
    await turn();
    assert.deepEqual(session.sentMarks, [3, 5], "one report covers the earlier mark");
  });

  test("never reported for a connection cut off with the bytes still queued, nor for writes after", async () => {
    const { socket, session, transport, clock } = setup();
    socket.stalled = true;
    transport.write(enc("a"), 1);
    await turn();
    transport.cutOff("test");
    transport.write(enc("b"), 2);
    await turn();
    transport.sweep(clock.now());
    assert.deepEqual(session.sentMarks, []);
    assert.equal(socket.text(), "a");
  });
});

describe("frames in", () => {
  test("handled one at a time in arrival order while handling is slow", async () => {
    const { session, transport } = setup();
    session.hold = true;
    transport.onData(enc("a\nb\n"));
    await turn();
    assert.deepEqual(session.started, ["a"]);
    transport.onData(enc("c\n"));
    await turn();
    assert.deepEqual(session.started, ["a"], "b waits for a");
    session.release();
    await turn();
    assert.deepEqual(session.started, ["a", "b"]);
    assert.deepEqual(session.handled, ["a"]);
    session.release();
    await turn();
    session.release();
    await turn();
    assert.deepEqual(session.handled, ["a", "b", "c"]);
  });

  test("frames split across chunks are put together", async () => {
    const { session, transport } = setup();
    transport.onData(enc("he"));
    transport.onData(enc("llo\nwo"));
    await turn();
    assert.deepEqual(session.handled, ["hello"]);
    transport.onData(enc("rld\n"));
    await turn();
    assert.deepEqual(session.handled, ["hello", "world"]);
  });
});

describe("read pausing", () => {
  test("the socket is paused at maxPendingFrames waiting frames and resumed below", async () => {
    const { socket, session, transport } = setup({ maxPendingFrames: 3 });
    session.hold = true;
    transport.onData(enc("1\n2\n"));
    assert.equal(socket.paused, false);
    transport.onData(enc("3\n"));
    assert.equal(socket.paused, true);
    transport.onData(enc("4\n"));
    await turn();
    session.release(); // 3 left
    await turn();
    assert.equal(socket.paused, true, "still 3 waiting");
    session.release(); // 2 left
    await turn();
    assert.equal(socket.paused, false);
    session.release();
    await turn();
    session.release();
    await turn();
    assert.deepEqual(session.handled, ["1", "2", "3", "4"]);
  });
});

describe("slow readers", () => {
  test("cut off once more than maxQueuedBytes stay queued after a flush", async () => {
    const { socket, log, transport } = setup({ maxQueuedBytes: 10 });
    socket.stalled = true;
    transport.write(enc("0123456789"));
    await turn();
    assert.equal(socket.destroyed, false, "at the limit is not over it");
    transport.write(enc("x"));
    await turn();
    assert.equal(socket.destroyed, true);
    assert.equal(transport.closed, true);
    const warn = log.lines.find((l) => l.level === "warn");
    assert.equal(warn?.msg, "connection cut off");
    assert.deepEqual(warn?.fields, { reason: "slow reader", address: "192.0.2.1", queued: 11 });
    const writes = socket.writes.length;
    transport.write(enc("later"));
    await turn();
    assert.equal(socket.writes.length, writes);
  });

  test("a reader that keeps up is not cut off however much one turn writes", async () => {
    const { socket, log, transport } = setup({ maxQueuedBytes: 10 });
    for (let i = 0; i < 3; i++) {
      transport.write(enc("0123456789"));
      transport.write(enc("0123456789"));
      await turn();
    }
    assert.equal(socket.destroyed, false);
    assert.deepEqual(log.lines, []);
    assert.equal(socket.text().length, 60);
  });
});

describe("decoder fatal", () => {
  test("session.fatal gets the reason; frames after it are not handled", async () => {
    const { session, transport } = setup();
    transport.onData(enc("a\n!bad length\nb\n"));
    await turn();
    assert.deepEqual(session.fatals, ["bad length"]);
    assert.deepEqual(session.started, ["a"]);
  });

  test("a session that ends on fatal gets no more frames and its goodbye goes out", async () => {
    const { socket, session, transport } = setup();
    session.onFatal = () => transport.end(enc("bye\n"));
    transport.onData(enc("!garbage\n"));
    transport.onData(enc("c\n"));
    await turn();
    assert.deepEqual(session.fatals, ["garbage"]);
    assert.deepEqual(session.started, []);
    assert.equal(socket.text(), "bye\n");
    assert.equal(socket.ended, true);
  });
});

describe("a failing handler", () => {
  test("cuts its connection off with an error line; other connections go on", async () => {
    const bad = setup();
    const good = setup();
    bad.session.throwOn.add("boom");
    bad.transport.onData(enc("boom\nnext\n"));
    good.transport.onData(enc("x\n"));
    good.transport.write(enc("reply"));
    await turn();
    assert.equal(bad.socket.destroyed, true);
    assert.deepEqual(bad.session.started, ["boom"]);
    const error = bad.log.lines.find((l) => l.level === "error");
    assert.equal(error?.msg, "frame handling failed");
    assert.match(String(error?.fields.error), /cannot handle boom/);
    assert.equal(bad.log.lines.find((l) => l.level === "warn")?.fields.reason, "internal error");

    assert.equal(good.socket.destroyed, false);
    assert.deepEqual(good.session.handled, ["x"]);
    assert.equal(good.socket.text(), "reply");
    assert.equal(good.socket.uncorks, 1);
    assert.deepEqual(good.log.lines, []);
  });

  test("a handler that throws synchronously is caught the same way", async () => {
    const { socket, log, session, transport } = setup();
    session.handle = (frame: string) => {
      throw new Error(`sync ${frame}`);
    };
    assert.doesNotThrow(() => transport.onData(enc("a\n")));
    await turn();
    assert.equal(socket.destroyed, true);
    assert.match(String(log.lines.find((l) => l.level === "error")?.fields.error), /sync a/);
  });
});

describe("sweep", () => {
  test("silence longer than idleMs expires the connection", () => {
    const { clock, session, transport } = setup();
    transport.idleMs = 5_000;
    clock.advance(5_000);
    transport.sweep(clock.now());
    assert.deepEqual(session.expiries, []);
    clock.advance(1);
    transport.sweep(clock.now());
    assert.deepEqual(session.expiries, ["idle"]);
  });

  test("without idleMs set, silence never expires", () => {
    const { clock, session, transport } = setup();
    clock.advance(365 * 86_400_000);
    transport.sweep(clock.now());
    assert.deepEqual(session.expiries, []);
  });

  test("data refreshes lastHeardMs", () => {
    const { clock, session, transport } = setup();
    transport.idleMs = 5_000;
    clock.advance(4_000);
    transport.onData(enc("partial"));
    assert.equal(transport.lastHeardMs, clock.now());
    clock.advance(4_000);
    transport.sweep(clock.now());
    assert.deepEqual(session.expiries, []);
    clock.advance(1_001);
    transport.sweep(clock.now());
    assert.deepEqual(session.expiries, ["idle"]);
  });

  test("a passed deadlineMs expires the connection, once per sweep", () => {
    const { clock, session, transport } = setup();
    transport.idleMs = 500;
    transport.deadlineMs = clock.now() + 1_000;
    clock.advance(1_000);
    transport.onData(enc("x\n"));
    transport.sweep(clock.now());
    assert.deepEqual(session.expiries, []);
    clock.advance(1_000);
    transport.sweep(clock.now());
    assert.deepEqual(session.expiries, ["deadline"]);
  });

  test("a deadlineMs of 0 is no deadline", () => {
    const { clock, session, transport } = setup();
    transport.deadlineMs = 0;
    clock.advance(86_400_000);
    transport.sweep(clock.now());
    assert.deepEqual(session.expiries, []);
  });

  test("an ended connection whose peer does not close is destroyed after closingGraceMs, not before", () => {
    const { clock, socket, session, transport } = setup();
    transport.idleMs = 1;
    transport.end();
    clock.advance(closingGraceMs);
    transport.sweep(clock.now());
    assert.equal(socket.destroyed, false);
    clock.advance(1);
    transport.sweep(clock.now());
    assert.equal(socket.destroyed, true);
    assert.deepEqual(session.expiries, [], "a closing connection does not expire");
  });

  test("a drained() wait longer than drainTimeoutMs is cut off, and the wait ends", async () => {
    const { clock, log, socket, transport } = setup();
    socket.stalled = true;
    transport.write(enc("x".repeat(100)));
    await turn();
    const wait = track(transport.drained(10));
    clock.advance(drainTimeoutMs);
    transport.sweep(clock.now());
    assert.equal(socket.destroyed, false);
    clock.advance(1);
    transport.sweep(clock.now());
    assert.equal(socket.destroyed, true);
    assert.equal(log.lines.find((l) => l.level === "warn")?.fields.reason, "did not read its pending messages");
    await turn();
    assert.equal(wait.settled, true);
  });
});

describe("drained", () => {
  test("resolves at once when at most highWater bytes are queued", async () => {
    const { socket, transport } = setup();
    socket.stalled = true;
    transport.write(enc("x".repeat(10)));
    await turn();
    const wait = track(transport.drained(10));
    await turn();
    assert.equal(wait.settled, true);
  });

  test("resolves on drain; a finished wait is no longer timed", async () => {
    const { clock, socket, transport } = setup();
    socket.stalled = true;
    transport.write(enc("x".repeat(100)));
    await turn();
    const wait = track(transport.drained(10));
    await turn();
    assert.equal(wait.settled, false);
    socket.drainAll();
    await turn();
    assert.equal(wait.settled, true);
    clock.advance(drainTimeoutMs + 1);
    transport.sweep(clock.now());
    assert.equal(socket.destroyed, false);
  });

  test("without a drain event, the sweep ends the wait once the queue is down to highWater", async () => {
    const { clock, socket, transport } = setup();
    socket.stalled = true;
    transport.write(enc("x".repeat(100)));
    await turn();
    const wait = track(transport.drained(50));
    transport.sweep(clock.now());
    await turn();
    assert.equal(wait.settled, false, "100 bytes queued: still waiting");
    socket.writableLength = 40; // the kernel took some, and no "drain" (Node emits it only for an empty queue)
    transport.sweep(clock.advance(1_000));
    await turn();
    assert.equal(wait.settled, true);
    assert.equal(socket.destroyed, false);
  });

  test("resolves when the socket closes", async () => {
    const { socket, transport } = setup();
    socket.stalled = true;
    transport.write(enc("x".repeat(100)));
    await turn();
    const wait = track(transport.drained(10));
    await turn();
    assert.equal(wait.settled, false);
    socket.peerClose();
    await turn();
    assert.equal(wait.settled, true);
  });
});

describe("end", () => {
  test("the last bytes are written before end; later writes are ignored", async () => {
    const { socket, transport } = setup();
    transport.write(enc("a"));
    transport.end(enc("z"));
    assert.deepEqual(socket.calls, ["cork", "write a", "write z", "uncork", "end"]);
    assert.equal(transport.closed, true);
    transport.write(enc("late"));
    transport.end(enc("again"));
    await turn();
    assert.deepEqual(socket.calls, ["cork", "write a", "write z", "uncork", "end"]);
  });

  test("end without last bytes just ends", async () => {
    const { socket, transport } = setup();
    transport.end();
    await turn();
    assert.deepEqual(socket.calls, ["end"]);
    assert.equal(transport.closed, true);
  });
});

describe("close", () => {
  test("session.gone runs exactly once when the socket closes", async () => {
    const { socket, session, transport } = setup();
    socket.peerClose();
    assert.equal(transport.closed, true);
    transport.cutOff("after close");
    transport.write(enc("late"));
    await turn();
    assert.equal(session.goneCount, 1);
    assert.equal(socket.writes.length, 0);
  });

  test("a cut-off connection's session.gone runs once, however often it is cut off", async () => {
    const { log, session, transport } = setup();
    transport.cutOff("one");
    transport.cutOff("two");
    await turn();
    assert.equal(session.goneCount, 1);
    assert.deepEqual(
      log.lines.map((l) => l.fields.reason),
      ["one"],
    );
  });

  test("a failing session.gone is logged", async () => {
    const { log, socket, session } = setup();
    session.goneFails = true;
    socket.peerClose();
    await turn();
    assert.deepEqual(
      log.lines.map((l) => [l.level, l.msg, l.fields.error]),
      [["error", "session close failed", "Error: unbind failed"]],
    );
  });
});
