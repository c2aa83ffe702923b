// The log tail's hand-off: events this process committed are passed on from memory, exactly as a read of the log
// would give them, when they follow the tail's position; after another writer's events it reads the log instead,
// in order and without repeats. A real domain and libSQL log; the log is wrapped only to count its reads.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { users } from "../db/schema.ts";
import type { Domain } from "../domain/context.ts";
import { appendEvent } from "../domain/events.ts";
import { createGroup } from "../domain/groups.ts";
import { SessionType } from "../domain/messages.ts";
import { sendMessage, sendMessageBatch } from "../domain/send-messages.ts";
import { createLogger } from "../log.ts";
import { openTempDomain, type TempDomain } from "../../test-kit/temp-domain.ts";
import { eventually } from "../../test-kit/wait.ts";
import type { DeliveryLog, LoggedEvent } from "./log.ts";
import { LibsqlDeliveryLog } from "./log-libsql.ts";
import { LogTail } from "./log-tail.ts";

let temp: TempDomain;
let alice: number;
let bob: number;

before(async () => {
  temp = await openTempDomain();
  const rows = await temp.domain.db.transaction((tx) =>
    tx
      .insert(users)
      .values([
        { nickname: "alice", passwordVerifier: "-" },
        { nickname: "bob", passwordVerifier: "-" },
      ])
      .returning({ id: users.id }),
  );
  [alice, bob] = rows.map((r) => r.id);
});
after(() => temp.close());

/** A tail from the log's end that records what it passes on and counts the log's reads; it never polls by itself. */
async function startTail(d: Domain) {
  const log = new LibsqlDeliveryLog(d.db);
  let reads = 0;
  const counted: DeliveryLog = Object.assign(Object.create(log), {
    read: (afterId: number, limit: number) => {
      reads++;
      return log.read(afterId, limit);
    },
  });
  const seen: LoggedEvent[] = [];
  const tail = new LogTail(counted, await log.latest(), async (events) => void seen.push(...events), createLogger("error"), 3_600_000);
  const unsubscribe = d.committed.subscribe((events) => {
    tail.handOff(events);
    tail.poke(); // as a core node does once its reply is out
  });
  tail.start();
  await eventually(() => reads === 1, "reads === 1"); // the first read, at start
  return {
    log,
    seen,
    handOff: (events: LoggedEvent[]) => tail.handOff(events),
    poke: () => tail.poke(),
    reads: () => reads,
    stop: async () => {
      unsubscribe();
      await tail.stop();
    },
  };
}

const text = (content: string, originConnId?: string) => ({
  fromUserId: alice,
  sessionType: SessionType.Single,
  toId: bob,
  content,
  msgType: 1,
  ...(originConnId ? { originConnId } : {}),
});

test("events this process commits are passed on from memory, equal to what reading the log gives", async () => {
  const tail = await startTail(temp.domain);
  const d = temp.domain;
  await Promise.all([sendMessage(d, text("one", "c1")), sendMessage(d, text("two \u0000 two"))]);
  const { groupId } = await createGroup(d, alice);
  await sendMessageBatch(d, [text("three"), { ...text("four"), sessionType: SessionType.Group, toId: groupId }]);
  await d.db.transaction(async (tx) => {
    await appendEvent(d, tx, { userId: bob, family: "pc" }, { kind: "kick", reason: "duplicate" });
    await appendEvent(d, tx, { everyone: true }, { kind: "profile", userId: alice, field: "signInfo", value: "é \u0000" });
  });
  await assert.rejects(
    d.db.transaction(async (tx) => {
      await appendEvent(d, tx, { userId: bob }, { kind: "kick", reason: "shutdown" });
      throw new Error("rolled back");
    }),
  );
  await eventually(() => tail.seen.length === 6, "tail.seen.length === 6");
  const fromLog = await tail.log.read(tail.seen[0].id - 1, 10);
  assert.deepEqual(tail.seen, fromLog);
  assert.deepEqual(
    tail.seen.map((e) => e.target.kind),
    ["user", "user", "user", "group", "user", "everyone"],
  );
  assert.equal(tail.reads(), 1, "no read after the first");
  await tail.stop();
});

test("after another writer's event the log is read: every event once, in order", async () => {
  const tail = await startTail(temp.domain);
  await sendMessage(temp.domain, text("mine, first"));
  await eventually(() => tail.seen.length === 1, "tail.seen.length === 1");
  // Another process's write: its own connection and its own feed, which this tail does not hear.
  const other = await openTempDomain({}, temp.dir);
  const event = { kind: "kick", reason: "shutdown" } as const;
  const othersId = await other.domain.db.transaction((tx) => appendEvent(other.domain, tx, { userId: bob }, event));
  other.close();
  await sendMessage(temp.domain, text("mine, after the gap"));
  await eventually(() => tail.seen.length === 3, "tail.seen.length === 3");
  assert.deepEqual(
    tail.seen.map((e) => e.id),
    [othersId - 1, othersId, othersId + 1],
  );
  assert.equal(tail.seen[1].event.kind, "kick");
  assert.equal(tail.reads(), 2, "one read, for the gap");
  await tail.stop();
});

test("hand-offs out of order are put in order; those already passed on are dropped", async () => {
  const tail = await startTail(temp.domain);
  await sendMessage(temp.domain, text("a"));
  await eventually(() => tail.seen.length === 1, "tail.seen.length === 1");
  // Two events committed elsewhere, then handed to this tail out of order, with one it has passed on already.
  const other = await openTempDomain({}, temp.dir);
  await sendMessage(other.domain, text("b"));
  await sendMessage(other.domain, text("c"));
  other.close();
  const [a, b, c] = await tail.log.read(tail.seen[0].id - 1, 3);
  tail.handOff([c]);
  tail.handOff([a, b]);
  tail.poke();
  await eventually(() => tail.seen.length === 3, "tail.seen.length === 3");
  assert.deepEqual(
    tail.seen.map((e) => e.message?.content),
    ["a", "b", "c"],
  );
  assert.equal(tail.reads(), 1, "all three from memory");
  await tail.stop();
});
