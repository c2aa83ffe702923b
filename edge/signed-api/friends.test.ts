// Friends over the signed API (signed-api.md §3), black-box against a real server and libSQL file:
// com.user.addfriend opt addMsg / browseMsg / agreeMsg / repulseMsg, com.user.getFriends, their exact replies and
// failure codes, the idempotence of repeated answers, and what each step writes: the friend_requests row, the
// friendships rows and the `friend` events of the delivery log (who each is for, and its payload).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { events, friendRequests, friendships } from "../../shared/db/schema.ts";
import type { SignedReply } from "../../shared/signed-api/client.ts";
import type { Fields } from "../../shared/signed-api/fields.ts";
import { startTestServer, type TestServer } from "../../test-kit/signed-api-server.ts";

type User = Awaited<ReturnType<TestServer["newUser"]>>;

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server?.close());

const newUser = (): Promise<User> => server.newUser();

const nowS = () => Math.floor(server.domain.nowMs() / 1000);

function addfriend(me: User, opt: string, data: Fields): Promise<SignedReply> {
  return server.call("com.user.addfriend", { user_id: me.userId, opt, ...data }, { token: me.token });
}

const requestFriend = (from: User, to: User) => addfriend(from, "addMsg", { mobile: to.phone });
const answer = (me: User, opt: "browseMsg" | "agreeMsg" | "repulseMsg", sender: User) => addfriend(me, opt, { sender: sender.userId });

async function getFriends(me: User): Promise<unknown> {
  const reply = await server.call("com.user.getFriends", { user_id: me.userId }, { token: me.token });
  assert.equal(reply.body.status, "1111", JSON.stringify(reply.body));
  return reply.body.data;
}

function assertSuccess(reply: SignedReply, what = "") {
  assert.equal(reply.httpStatus, 200, what);
  assert.deepEqual(reply.body, { status: "1111", data: "success" }, what);
}

function assertFailure(reply: SignedReply, code: string, what = "") {
  assert.equal(reply.httpStatus, 200, what);
  assert.equal(reply.body.status, "0000", `${what}: ${JSON.stringify(reply.body)}`);
  assert.equal(reply.body.code, code, `${what}: ${JSON.stringify(reply.body)}`);
}

/** from asks, to agrees. */
async function befriend(from: User, to: User): Promise<void> {
  assertSuccess(await requestFriend(from, to), "addMsg");
  assertSuccess(await answer(to, "agreeMsg", from), "agreeMsg");
}

/** The friend_requests rows from → to (at most one may exist). */
function requestRows(from: User, to: User) {
  return server.domain.db
    .select()
    .from(friendRequests)
    .where(and(eq(friendRequests.fromUserId, from.userId), eq(friendRequests.toUserId, to.userId)));
}

/** Every friendships row between the two, either direction. */
async function friendshipRows(a: User, b: User) {
  const rows = await server.domain.db.select().from(friendships);
  return rows.filter((r) => [a.userId, b.userId].includes(r.userId) && [a.userId, b.userId].includes(r.friendId));
}

/** The `friend` events addressed to the user, oldest first, payloads parsed. */
async function friendEvents(user: User) {
  const rows = await server.domain.db
    .select()
    .from(events)
    .where(and(eq(events.kind, "friend"), eq(events.userId, user.userId)))
    .orderBy(events.id);
  for (const row of rows) assert.equal(row.groupId, null, "a friend event is for one user, not a group");
  return rows.map((row) => JSON.parse(row.payload) as Record<string, unknown>);
}

/** Every `friend` event of the log, for checking that a refused call wrote nothing. */
const allFriendEvents = () => server.domain.db.select().from(events).where(eq(events.kind, "friend"));

function assertRecentTime(time: unknown) {
  assert.equal(typeof time, "number");
  assert.ok(Math.abs((time as number) - nowS()) <= 5, `time ${time} is now`);
}

describe("com.user.addfriend addMsg", () => {
  test("replies success, records a pending request and tells the target", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    const rows = await requestRows(a, b);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].status, "pending");
    const [event, ...more] = await friendEvents(b);
    assert.deepEqual(more, []);
    assert.deepEqual({ ...event, time: 0 }, { opt: "requested", sender: a.userId, senderName: a.phone, time: 0 });
    assertRecentTime(event.time);
    assert.deepEqual(await friendEvents(a), [], "the requester is told nothing");
  });

  test("adding yourself is BAD_REQUEST and writes nothing", async () => {
    const a = await newUser();
    assertFailure(await requestFriend(a, a), "BAD_REQUEST");
    assert.deepEqual(await requestRows(a, a), []);
    assert.deepEqual(await friendEvents(a), []);
  });

  test("an unknown telephone is NOT_FOUND", async () => {
    const a = await newUser();
    const before = (await allFriendEvents()).length;
    assertFailure(await addfriend(a, "addMsg", { mobile: "13111111111" }), "NOT_FOUND");
    assert.equal((await allFriendEvents()).length, before);
  });

  test("asking a friend is CONFLICT, whichever of the two asks", async () => {
    const [a, b] = [await newUser(), await newUser()];
    await befriend(a, b);
    const eventsBefore = (await allFriendEvents()).length;
    assertFailure(await requestFriend(a, b), "CONFLICT", "a asks again");
    assertFailure(await requestFriend(b, a), "CONFLICT", "b asks back");
    assert.equal((await allFriendEvents()).length, eventsBefore);
    assert.deepEqual(await requestRows(b, a), []);
  });

  test("repeating a pending request succeeds and refreshes the one row, even after it was browsed", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    assertSuccess(await answer(b, "browseMsg", a));
    const [browsed] = await requestRows(a, b);
    assert.equal(browsed.status, "browsed");
    server.advance(30);
    assertSuccess(await requestFriend(a, b), "repeated request");
    const rows = await requestRows(a, b);
    assert.equal(rows.length, 1, "still one request row");
    assert.equal(rows[0].id, browsed.id);
    assert.equal(rows[0].status, "pending", "pending again, so it is pushed again");
    assert.ok(rows[0].updatedAt >= browsed.updatedAt + 30, "updated_at refreshed");
    const opts = (await friendEvents(b)).map((e) => e.opt);
    assert.deepEqual(opts, ["requested", "requested"], "the refreshed request is announced again");
  });

  test("a user_id that is not the token's user is FORBIDDEN and writes nothing", async () => {
    const [a, b, mallory] = [await newUser(), await newUser(), await newUser()];
    const eventsBefore = (await allFriendEvents()).length;
    const reply = await server.call("com.user.addfriend", { user_id: a.userId, opt: "addMsg", mobile: b.phone }, { token: mallory.token });
    assertFailure(reply, "FORBIDDEN");
    assert.deepEqual(await requestRows(a, b), []);
    assert.deepEqual(await requestRows(mallory, b), []);
    assert.equal((await allFriendEvents()).length, eventsBefore);
  });
});

describe("com.user.addfriend browseMsg", () => {
  test("marks the request browsed and appends no event", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    const eventsBefore = (await allFriendEvents()).length;
    assertSuccess(await answer(b, "browseMsg", a));
    assertSuccess(await answer(b, "browseMsg", a), "browsing again");
    const [row] = await requestRows(a, b);
    assert.equal(row.status, "browsed");
    assert.equal((await allFriendEvents()).length, eventsBefore);
  });

  test("a request that does not exist is NOT_FOUND (including one the other way)", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertFailure(await answer(b, "browseMsg", a), "NOT_FOUND", "no request at all");
    assertSuccess(await requestFriend(a, b));
    assertFailure(await answer(a, "browseMsg", b), "NOT_FOUND", "the requester browsing its own request");
  });
});

describe("com.user.addfriend agreeMsg", () => {
  test("makes friends both ways, settles the request and tells the requester", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    assertSuccess(await answer(b, "agreeMsg", a));
    assert.deepEqual(await getFriends(a), [{ friend_id: b.userId, friend_name: b.phone }]);
    assert.deepEqual(await getFriends(b), [{ friend_id: a.userId, friend_name: a.phone }]);
    assert.equal((await requestRows(a, b))[0].status, "agreed");
    const [event, ...more] = await friendEvents(a);
    assert.deepEqual(more, []);
    assert.deepEqual({ ...event, time: 0 }, { opt: "agreed", sender: b.userId, senderName: b.phone, time: 0 });
    assertRecentTime(event.time);
    assert.deepEqual(
      (await friendEvents(b)).map((e) => e.opt),
      ["requested"],
      "the agreeing user gets no event of its own",
    );
  });

  test("agreeing twice succeeds and leaves exactly two friendships rows and one event", async () => {
    const [a, b] = [await newUser(), await newUser()];
    await befriend(a, b);
    assertSuccess(await answer(b, "agreeMsg", a), "second agree");
    const rows = await friendshipRows(a, b);
    assert.deepEqual(
      rows.map((r) => [r.userId, r.friendId]).sort(),
      [
        [a.userId, b.userId],
        [b.userId, a.userId],
      ].sort(),
    );
    assert.deepEqual(
      (await friendEvents(a)).map((e) => e.opt),
      ["agreed"],
    );
  });

  test("agreeing a declined request is CONFLICT and makes no friendship", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    assertSuccess(await answer(b, "repulseMsg", a));
    assertFailure(await answer(b, "agreeMsg", a), "CONFLICT");
    assert.deepEqual(await friendshipRows(a, b), []);
    assert.equal((await requestRows(a, b))[0].status, "repulsed");
    assert.deepEqual(
      (await friendEvents(a)).map((e) => e.opt),
      ["refused"],
    );
  });

  test("sender may be a numeric string", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    assertSuccess(await addfriend(b, "agreeMsg", { sender: String(a.userId) }));
    assert.deepEqual(await getFriends(b), [{ friend_id: a.userId, friend_name: a.phone }]);
  });

  test("sender that is not a positive integer id is BAD_REQUEST and changes nothing", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    for (const sender of ["abc", `${a.userId}x`, a.userId + 0.5, `${a.userId}.5`, -a.userId, `-${a.userId}`, 0]) {
      for (const opt of ["browseMsg", "agreeMsg", "repulseMsg"]) {
        assertFailure(await addfriend(b, opt, { sender }), "BAD_REQUEST", `${opt} sender=${JSON.stringify(sender)}`);
      }
    }
    assertFailure(await addfriend(b, "agreeMsg", {}), "BAD_REQUEST", "sender missing");
    assert.equal((await requestRows(a, b))[0].status, "pending");
    assert.deepEqual(await friendshipRows(a, b), []);
    assert.deepEqual(await friendEvents(a), []);
  });

  test("agreeing with another user's user_id is FORBIDDEN and writes nothing", async () => {
    const [a, b, mallory] = [await newUser(), await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    const reply = await server.call(
      "com.user.addfriend",
      { user_id: b.userId, opt: "agreeMsg", sender: a.userId },
      { token: mallory.token },
    );
    assertFailure(reply, "FORBIDDEN");
    assert.equal((await requestRows(a, b))[0].status, "pending");
    assert.deepEqual(await friendshipRows(a, b), []);
    assert.deepEqual(await friendEvents(a), []);
  });
});

describe("com.user.addfriend repulseMsg", () => {
  test("declines the request and tells the requester", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    assertSuccess(await answer(b, "repulseMsg", a));
    assert.equal((await requestRows(a, b))[0].status, "repulsed");
    assert.deepEqual(await friendshipRows(a, b), []);
    const [event, ...more] = await friendEvents(a);
    assert.deepEqual(more, []);
    assert.deepEqual({ ...event, time: 0 }, { opt: "refused", sender: b.userId, senderName: b.phone, time: 0 });
    assertRecentTime(event.time);
  });

  test("declining twice succeeds and appends only one repulse event", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    assertSuccess(await answer(b, "repulseMsg", a));
    assertSuccess(await answer(b, "repulseMsg", a), "second repulse");
    assert.deepEqual(
      (await friendEvents(a)).map((e) => e.opt),
      ["refused"],
    );
  });

  test("declining an agreed request is CONFLICT and keeps the friendship", async () => {
    const [a, b] = [await newUser(), await newUser()];
    await befriend(a, b);
    assertFailure(await answer(b, "repulseMsg", a), "CONFLICT");
    assert.equal((await requestRows(a, b))[0].status, "agreed");
    assert.equal((await friendshipRows(a, b)).length, 2);
    assert.deepEqual(
      (await friendEvents(a)).map((e) => e.opt),
      ["agreed"],
    );
  });

  test("a request that does not exist is NOT_FOUND", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertFailure(await answer(b, "repulseMsg", a), "NOT_FOUND");
    assertFailure(await answer(b, "agreeMsg", a), "NOT_FOUND");
  });
});

describe("com.user.addfriend opt", () => {
  test("an unknown or missing opt is BAD_REQUEST", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertFailure(await addfriend(a, "befriend", { mobile: b.phone }), "BAD_REQUEST", "unknown opt");
    const reply = await server.call("com.user.addfriend", { user_id: a.userId, mobile: b.phone }, { token: a.token });
    assertFailure(reply, "BAD_REQUEST", "no opt");
    assert.deepEqual(await requestRows(a, b), []);
  });
});

describe("com.user.getFriends", () => {
  test("is [] for a user without friends", async () => {
    assert.deepEqual(await getFriends(await newUser()), []);
  });

  test("lists every friend with its nickname, sorted by id, both ways", async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    await befriend(a, c); // befriended out of id order
    await befriend(b, a);
    assert.deepEqual(await getFriends(a), [
      { friend_id: b.userId, friend_name: b.phone },
      { friend_id: c.userId, friend_name: c.phone },
    ]);
    assert.deepEqual(await getFriends(b), [{ friend_id: a.userId, friend_name: a.phone }]);
    assert.deepEqual(await getFriends(c), [{ friend_id: a.userId, friend_name: a.phone }]);
  });

  test("a pending or declined request is not a friendship", async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    assertSuccess(await requestFriend(a, b));
    assertSuccess(await requestFriend(a, c));
    assertSuccess(await answer(c, "repulseMsg", a));
    for (const u of [a, b, c]) assert.deepEqual(await getFriends(u), []);
  });

  test("another user's user_id is FORBIDDEN", async () => {
    const [a, b] = [await newUser(), await newUser()];
    assertFailure(await server.call("com.user.getFriends", { user_id: a.userId }, { token: b.token }), "FORBIDDEN");
  });
});
