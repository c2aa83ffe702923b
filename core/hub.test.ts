// Event targets: each kind of target reaches exactly the connections it names (a user's, a group's members at that
// point of the log, one connection, everyone), narrowed by client family; and a kick through the log ends the
// JSON-socket connection it names, on whichever node holds it.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { LibsqlDeliveryLog } from "../shared/delivery/log-libsql.ts";
import type { LoggedEvent } from "../shared/delivery/log.ts";
import { appendEvent, type ClientFamily, type EventTarget, type ImEvent } from "../shared/domain/events.ts";
import { acceptInvitation, createGroup, inviteToGroup, removeGroupMembers } from "../shared/domain/groups.ts";
import { register } from "../shared/domain/accounts.ts";
import { agreeFriendRequest, requestFriend } from "../shared/domain/friends.ts";
import { closesWithin, fence } from "../test-kit/socket.ts";
import { openTempDomain, type TempDomain } from "../test-kit/temp-domain.ts";
import { World } from "../test-kit/world.ts";
import { GroupMembers } from "./group-members.ts";
import { Hub, type Subscriber } from "./hub.ts";

/** A connection that records the ids of the events it was given. */
class Recorder implements Subscriber {
  readonly got: number[] = [];
  readonly fromGroups: number[] = [];
  constructor(
    readonly connId: string,
    readonly userId: number,
    readonly clientFamily: ClientFamily | null = null,
  ) {}
  deliver(e: LoggedEvent): void {
    this.got.push(e.id);
    if (e.target.kind === "group") this.fromGroups.push(e.id);
  }
}

const note = (sender: number): ImEvent => ({ kind: "friend", opt: "agreed", sender, senderName: "n", time: 1 });

describe("event targets", () => {
  let temp: TempDomain;
  let hub: Hub;
  let log: LibsqlDeliveryLog;
  let position = 0;

  before(async () => {
    temp = await openTempDomain();
    hub = new Hub(new GroupMembers(temp.domain.db));
    log = new LibsqlDeliveryLog(temp.domain.db);
  });
  after(() => temp.close());

  /** Appends through the domain, then dispatches everything new from the log, as a node's tail does. */
  async function publish(target: EventTarget, event: ImEvent = note(0)): Promise<number> {
    const id = await temp.domain.db.transaction((tx) => appendEvent(temp.domain, tx, target, event));
    await dispatchNew();
    return id;
  }
  async function dispatchNew(): Promise<void> {
    for (const e of await log.read(position, 1000)) {
      await hub.dispatch(e);
      position = e.id;
    }
  }
  const connections = (...subs: Recorder[]) => {
    for (const s of subs) hub.add(s);
  };
  const drop = (...subs: Recorder[]) => {
    for (const s of subs) hub.remove(s);
  };

  test("a user: every connection of that user, nobody else's", async () => {
    const [a1, a2, b] = [new Recorder("a1", 1), new Recorder("a2", 1, "pc"), new Recorder("b", 2)];
    connections(a1, a2, b);
    const id = await publish({ userId: 1 });
    assert.deepEqual([a1.got, a2.got, b.got], [[id], [id], []]);
    drop(a1, a2, b);
  });

  test("one connection: that connection only, not the user's others", async () => {
    const [a1, a2] = [new Recorder("c-a1", 1), new Recorder("c-a2", 1)];
    connections(a1, a2);
    const id = await publish({ connId: "c-a2" }, { kind: "kick", reason: "duplicate" });
    await publish({ connId: "c-gone" }, { kind: "kick", reason: "duplicate" }); // not held here: nothing happens
    assert.deepEqual([a1.got, a2.got], [[], [id]]);
    drop(a1, a2);
  });

  test("everyone: every connection held", async () => {
    const subs = [new Recorder("e1", 1), new Recorder("e2", 2, "mobile"), new Recorder("e3", 3, "pc")];
    connections(...subs);
    const id = await publish({ everyone: true });
    assert.deepEqual(
      subs.map((s) => s.got),
      [[id], [id], [id]],
    );
    drop(...subs);
  });

  test("a family narrows any target: PC only, mobile only; connections without a family get neither", async () => {
    const [json, pc, mobile, otherPc] = [
      new Recorder("f1", 1),
      new Recorder("f2", 1, "pc"),
      new Recorder("f3", 1, "mobile"),
      new Recorder("f4", 2, "pc"),
    ];
    connections(json, pc, mobile, otherPc);
    const toMobiles = await publish({ userId: 1, family: "mobile" });
    const toEveryPc = await publish({ everyone: true, family: "pc" });
    assert.deepEqual([json.got, pc.got, mobile.got, otherPc.got], [[], [toEveryPc], [toMobiles], [toEveryPc]]);
    drop(json, pc, mobile, otherPc);
  });

  test("a group: its members at that point of the log; a removed member hears of the removal, then nothing", async () => {
    const d = temp.domain;
    const [founder, stays, leaves, late] = [await newUser(d), await newUser(d), await newUser(d), await newUser(d)];
    const { groupId } = await createGroup(d, founder);
    for (const u of [stays, leaves]) await join(d, founder, groupId, u);
    await dispatchNew();
    const subs = [founder, stays, leaves, late].map((u) => new Recorder(`g${u}`, u));
    connections(...subs);
    const before = await publish({ groupId });
    await removeGroupMembers(d, founder, groupId, [leaves]);
    await dispatchNew();
    const removal = position;
    await join(d, founder, groupId, late);
    await dispatchNew();
    const joined = position;
    const afterwards = await publish({ groupId });
    const [f, s, l, n] = subs.map((r) => r.fromGroups);
    assert.deepEqual(f, [before, removal, joined, afterwards], "the founder");
    assert.deepEqual(s, [before, removal, joined, afterwards], "a member who stays");
    assert.deepEqual(l, [before, removal], "the removed member gets its removal, nothing after");
    assert.deepEqual(n, [joined, afterwards], "a late joiner gets its own join and what follows");
    drop(...subs);
  });

  let phones = 13900000100;
  async function newUser(d: TempDomain["domain"]): Promise<number> {
    return (await register(d, { telephone: String(++phones), password: "secret1", smsCode: "123456" })).userId;
  }
  async function join(d: TempDomain["domain"], founder: number, groupId: number, userId: number): Promise<void> {
    const { telephone } = (await d.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, userId) }))!;
    await requestFriend(d, founder, telephone!);
    await agreeFriendRequest(d, userId, founder);
    await inviteToGroup(d, founder, groupId, [userId]);
    await acceptInvitation(d, userId, groupId, founder);
  }
});

test("a kick for one connection through the log ends that JSON-socket connection on the node holding it", async () => {
  const world = await World.start();
  try {
    const second = await world.addNode();
    const user = await world.user();
    const [kept, kicked] = [await world.connect(user), await world.connect(user, { core: second })];
    await world.db.transaction((tx) =>
      appendEvent(world.server.domain, tx, { connId: kicked.clientId }, { kind: "kick", reason: "disabled" }),
    );
    assert.deepEqual(await kicked.next((m) => m.type === "kick"), { type: "kick", reason: "disabled" });
    assert.ok(await closesWithin(kicked, 5_000), "the kicked connection is closed");
    await fence(kept); // the other connection of the user is untouched
    assert.deepEqual(
      kept.inbox.filter((m) => m.type === "kick"),
      [],
    );
  } finally {
    await world.close();
  }
});

test("a connection that throws on an event does not keep it from the others", async () => {
  const temp = await openTempDomain();
  try {
    const failures: string[] = [];
    const hub = new Hub(new GroupMembers(temp.domain.db), (sub) => failures.push(sub.connId));
    const broken: Subscriber = {
      connId: "broken",
      userId: 1,
      clientFamily: null,
      deliver: () => {
        throw new Error("boom");
      },
    };
    const fine = new Recorder("fine", 1);
    hub.add(broken);
    hub.add(fine);
    const id = await temp.domain.db.transaction((tx) => appendEvent(temp.domain, tx, { userId: 1 }, note(0)));
    for (const e of await new LibsqlDeliveryLog(temp.domain.db).read(0, 10)) await hub.dispatch(e);
    assert.deepEqual([failures, fine.got], [["broken"], [id]]);
  } finally {
    temp.close();
  }
});
