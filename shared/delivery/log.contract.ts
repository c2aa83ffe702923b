// The contract every DeliveryLog must pass (not a test by itself): a test file per implementation calls
// `deliveryLogContract` with a factory for a fresh, empty log and the means to write into it.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { EventTarget, ImEvent } from "../domain/events.ts";
import type { DeliveryLog, LoggedEvent } from "./log.ts";

/** A fresh log and the writes the contract needs, done the way the implementation's writers do them. */
export interface LogFixture {
  log: DeliveryLog;
  append(target: EventTarget, event: ImEvent): Promise<number>;
  /** A 1:1 text message; returns its event id. */
  message(fromUserId: number, toUserId: number, content: string): Promise<number>;
  /** A new group whose only member is the founder (from the start of the log). */
  group(founder: number): Promise<number>;
  /** The user joins the group; returns the id of the event that announced it. */
  join(groupId: number, userId: number): Promise<number>;
  /** The member is removed; returns the id of the event that announced it. */
  remove(groupId: number, userId: number): Promise<number>;
  close(): Promise<void>;
}

const friend = (sender: number): ImEvent => ({ kind: "friend", opt: "agreed", sender, senderName: `u${sender}`, time: 1 });
const ids = (events: LoggedEvent[]) => events.map((e) => e.id);

export function deliveryLogContract(name: string, open: () => Promise<LogFixture>): void {
  describe(`DeliveryLog contract: ${name}`, () => {
    let f: LogFixture;
    before(async () => (f = await open()));
    after(() => f.close());

    test("latest is 0 on an empty log, then the id of the newest event; ids increase strictly", async () => {
      assert.equal(await f.log.latest(), 0);
      const a = await f.append({ userId: 1 }, friend(2));
      const b = await f.append({ userId: 1 }, friend(3));
      assert.ok(b > a && a > 0);
      assert.equal(await f.log.latest(), b);
    });

    test("read returns what follows a position, oldest first, a page at a time", async () => {
      const from = await f.log.latest();
      const written: number[] = [];
      for (let i = 0; i < 7; i++) written.push(await f.append({ userId: 9 }, friend(i)));
      assert.deepEqual(ids(await f.log.read(from, 100)), written);
      assert.deepEqual(ids(await f.log.read(from, 3)), written.slice(0, 3));
      assert.deepEqual(ids(await f.log.read(written[2], 3)), written.slice(3, 6));
      assert.deepEqual(await f.log.read(written[6], 10), []);
    });

    test("every target and family comes back as written, with the event's payload", async () => {
      const from = await f.log.latest();
      const groupId = await f.group(50);
      const targets: [EventTarget, LoggedEvent["target"], LoggedEvent["family"]][] = [
        [{ userId: 5 }, { kind: "user", userId: 5 }, null],
        [{ userId: 5, family: "mobile" }, { kind: "user", userId: 5 }, "mobile"],
        [{ groupId }, { kind: "group", groupId }, null],
        [{ connId: "c-1" }, { kind: "conn", connId: "c-1" }, null],
        [{ everyone: true, family: "pc" }, { kind: "everyone" }, "pc"],
      ];
      for (const [target] of targets) await f.append(target, { kind: "kick", reason: "duplicate" });
      const read = (await f.log.read(from, 100)).filter((e) => e.event.kind === "kick");
      assert.deepEqual(
        read.map((e) => [e.target, e.family, e.event]),
        targets.map(([, target, family]) => [target, family, { kind: "kick", reason: "duplicate" }]),
      );
    });

    test("a message event carries its message", async () => {
      const id = await f.message(7, 8, "hello\u0000 ✓ 你好");
      const [e] = await f.log.read(id - 1, 1);
      assert.equal(e.id, id);
      assert.deepEqual(e.target, { kind: "user", userId: 8 });
      assert.equal(e.message?.content, "hello\u0000 ✓ 你好");
      assert.deepEqual([e.message?.fromUserId, e.message?.toId, e.message?.msgId], [7, 8, 1]);
    });

    test("a user's backlog: its own events and its groups' while a member, never live-only or other targets", async () => {
      const [me, other, founder] = [100, 101, 102];
      const start = await f.log.latest();
      const groupId = await f.group(founder);
      const before = await f.append({ groupId }, friend(founder)); // before I joined
      const mine = await f.append({ userId: me }, friend(other));
      await f.append({ userId: other }, friend(me)); // someone else's
      await f.append({ userId: me }, { kind: "token", sealed: "s".repeat(40), expire: 1 }); // live only
      await f.append({ connId: "c-me" }, { kind: "kick", reason: "duplicate" }); // a connection, live
      await f.append({ everyone: true }, friend(other)); // everyone, live
      const joined = await f.join(groupId, me);
      const inGroup = await f.append({ groupId }, friend(founder));
      const removed = await f.remove(groupId, me);
      await f.append({ groupId }, friend(founder)); // after I was removed
      const dm = await f.message(other, me, "hi");
      assert.ok(before > start);
      assert.deepEqual(ids(await f.log.backlog(me, start, 100)), [mine, joined, inGroup, removed, dm]);
      assert.deepEqual(ids(await f.log.backlog(me, start, 2)), [mine, joined], "paged");
      assert.deepEqual(ids(await f.log.backlog(me, inGroup, 100)), [removed, dm], "from a position");
    });

    test("scrub blanks the payload of one kind in a range, nothing else", async () => {
      const from = await f.log.latest();
      const t1 = await f.append({ userId: 1 }, { kind: "token", sealed: "a".repeat(40), expire: 5 });
      const other = await f.append({ userId: 1 }, friend(2));
      const t2 = await f.append({ userId: 1 }, { kind: "token", sealed: "b".repeat(40), expire: 5 });
      await f.log.scrub("token", from, other);
      const [e1, e2, e3] = await f.log.read(from, 3);
      assert.deepEqual([e1.id, e2.id, e3.id], [t1, other, t2]);
      assert.deepEqual(e1.event, { kind: "token" });
      assert.deepEqual(e2.event, friend(2));
      assert.deepEqual(e3.event, { kind: "token", sealed: "b".repeat(40), expire: 5 }, "outside the range");
    });

    test("prune drops a prefix of the log; reading and appending go on", async () => {
      const a = await f.append({ userId: 1 }, friend(2));
      const b = await f.append({ userId: 1 }, friend(3));
      assert.ok((await f.log.prune(a)) >= 1);
      assert.deepEqual(ids(await f.log.read(0, 100)), [b]);
      assert.equal(await f.log.latest(), b);
      const c = await f.append({ userId: 1 }, friend(4));
      assert.ok(c > b, "ids keep increasing after a prune");
    });
  });
}
