// Groups over the signed API (signed-api.md §3), black-box against a real server and libSQL file:
// com.user.createGroup, com.user.addGroup opt addMsg / browseMsg / agreeMsg / repulseMsg and com.user.getGroups —
// exact replies and failure codes, that a refused invitation writes nothing at all (no partial write), and what each
// step writes: group_invitations and group_members rows, groups.version, and the `group` events of the delivery log.
// Group names come back byte for byte (NUL included); one with a lone surrogate is refused.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { events, groupInvitations, groupMembers, groups } from "../../shared/db/schema.ts";
import { requireGroup } from "../../shared/domain/groups.ts";
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

const db = () => server.domain.db;

function assertSuccess(reply: SignedReply, what = "") {
  assert.equal(reply.httpStatus, 200, what);
  assert.deepEqual(reply.body, { status: "1111", data: "success" }, `${what}: ${JSON.stringify(reply.body)}`);
}

function assertFailure(reply: SignedReply, code: string, what = "") {
  assert.equal(reply.httpStatus, 200, what);
  assert.equal(reply.body.status, "0000", `${what}: ${JSON.stringify(reply.body)}`);
  assert.equal(reply.body.code, code, `${what}: ${JSON.stringify(reply.body)}`);
}

const callAs = (me: User, method: string, data: Fields) => server.call(method, { user_id: me.userId, ...data }, { token: me.token });

/** from asks, to agrees (com.user.addfriend). */
async function befriend(from: User, to: User): Promise<void> {
  assertSuccess(await callAs(from, "com.user.addfriend", { opt: "addMsg", mobile: to.phone }), "addfriend addMsg");
  assertSuccess(await callAs(to, "com.user.addfriend", { opt: "agreeMsg", sender: from.userId }), "addfriend agreeMsg");
}

async function createGroup(founder: User, data: Fields = {}): Promise<number> {
  const reply = await callAs(founder, "com.user.createGroup", data);
  assert.equal(reply.body.status, "1111", JSON.stringify(reply.body));
  const created = reply.body.data as { group_id: number };
  assert.deepEqual(Object.keys(created), ["group_id"]);
  assert.ok(Number.isInteger(created.group_id) && created.group_id > 0);
  return created.group_id;
}

const invite = (inviter: User, groupId: number, friends: unknown) =>
  callAs(inviter, "com.user.addGroup", { opt: "addMsg", group_id: groupId, friends });

const answer = (me: User, opt: "browseMsg" | "agreeMsg" | "repulseMsg", groupId: number, inviter: User) =>
  callAs(me, "com.user.addGroup", { opt, group_id: groupId, friend_id: inviter.userId });

async function getGroups(me: User): Promise<unknown> {
  const reply = await callAs(me, "com.user.getGroups", {});
  assert.equal(reply.body.status, "1111", JSON.stringify(reply.body));
  return reply.body.data;
}

/** A founder with a new group and `n` friends who are not in it yet. */
async function groupWithFriends(n: number, data: Fields = {}) {
  const founder = await newUser();
  const friends: User[] = [];
  for (let i = 0; i < n; i++) {
    const friend = await newUser();
    await befriend(founder, friend);
    friends.push(friend);
  }
  return { founder, friends, groupId: await createGroup(founder, data) };
}

const groupRow = async (groupId: number) => (await db().select().from(groups).where(eq(groups.id, groupId)))[0];
const memberRows = (groupId: number) => db().select().from(groupMembers).where(eq(groupMembers.groupId, groupId)).orderBy(groupMembers.id);
const invitationRows = (groupId: number) =>
  db().select().from(groupInvitations).where(eq(groupInvitations.groupId, groupId)).orderBy(groupInvitations.id);

/** Every `group` event of the log, payloads parsed, oldest first. */
async function groupEvents() {
  const rows = await db().select().from(events).where(eq(events.kind, "group")).orderBy(events.id);
  return rows.map((r) => ({ userId: r.userId, groupId: r.groupId, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

/** The `group` events appended while fn ran. */
async function groupEventsDuring(fn: () => Promise<void>) {
  const before = (await groupEvents()).length;
  await fn();
  return (await groupEvents()).slice(before);
}

/** The payload without its time (asserted to be a recent unix second). */
function untimed(payload: Record<string, unknown>) {
  const { time, ...rest } = payload;
  assert.equal(typeof time, "number");
  assert.ok(Math.abs((time as number) - server.domain.nowMs() / 1000) <= 5, `time ${time} is now`);
  return rest;
}

/** The getGroups row of a member, as the source's shape has it. */
async function expectedRow(groupId: number, userId: number, founder: User) {
  const [m] = await db()
    .select()
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
  assert.ok(m, `user ${userId} has a membership row in group ${groupId}`);
  return { gid: m.id, user_id: userId, groupId, host: null, founder: String(founder.userId) };
}

describe("com.user.createGroup", () => {
  test("replies {group_id}; the founder is the first member and getGroups shows it exactly", async () => {
    const founder = await newUser();
    const reply = await callAs(founder, "com.user.createGroup", { group_name: "team" });
    assert.equal(reply.httpStatus, 200);
    const groupId = (reply.body.data as { group_id: number }).group_id;
    assert.deepEqual(reply.body, { status: "1111", data: { group_id: groupId } });
    const group = await groupRow(groupId);
    assert.equal(group.name, "team");
    assert.equal(group.creatorId, founder.userId);
    assert.equal(group.version, 1);
    const [member, ...others] = await memberRows(groupId);
    assert.deepEqual(others, []);
    assert.equal(member.userId, founder.userId);
    assert.deepEqual(await getGroups(founder), {
      [groupId]: [{ gid: member.id, user_id: founder.userId, groupId, host: null, founder: String(founder.userId) }],
    });
  });

  test("group_name defaults to a non-empty name when missing, empty or blank", async () => {
    const founder = await newUser();
    for (const data of [{}, { group_name: "" }, { group_name: "   " }]) {
      const group = await groupRow(await createGroup(founder, data));
      assert.ok(group.name.trim().length > 0, `${JSON.stringify(data)} → name ${JSON.stringify(group.name)}`);
    }
  });

  test("group_name of 256 characters is kept; one of 257 is BAD_REQUEST and creates nothing", async () => {
    const founder = await newUser();
    const groupId = await createGroup(founder, { group_name: "群".repeat(256) });
    assert.equal((await groupRow(groupId)).name, "群".repeat(256));
    const before = (await db().select().from(groups)).length;
    assertFailure(await callAs(founder, "com.user.createGroup", { group_name: "a".repeat(257) }), "BAD_REQUEST");
    assert.equal((await db().select().from(groups)).length, before);
  });

  test("a group_name with NUL (start, middle, end, alone) is stored and read back byte for byte", async () => {
    const founder = await newUser();
    for (const name of ["\u0000hidden", "before\u0000after", "team\u0000", "\u0000", "a\u0000😀\u0000\uFEFF", " spaced \u0000 "]) {
      const groupId = await createGroup(founder, { group_name: name });
      assert.equal((await requireGroup(db(), groupId)).name, name, JSON.stringify(name));
      const { rows } = await db().$client.execute({ sql: "SELECT hex(name) AS hex FROM groups WHERE id = ?", args: [groupId] });
      assert.equal(rows[0].hex, Buffer.from(name, "utf8").toString("hex").toUpperCase());
      assert.ok(Object.hasOwn((await getGroups(founder)) as object, String(groupId)), `getGroups lists group ${groupId}`);
    }
  });

  test("a group_name with a lone surrogate is BAD_REQUEST and creates nothing", async () => {
    const founder = await newUser();
    const before = (await db().select().from(groups)).length;
    for (const name of ["\uD800", "team\uDC00", "\uDE00\uD83D"]) {
      assertFailure(await callAs(founder, "com.user.createGroup", { group_name: name }), "BAD_REQUEST", JSON.stringify(name));
    }
    assert.equal((await db().select().from(groups)).length, before);
  });

  test("another user's user_id is FORBIDDEN and creates nothing", async () => {
    const [a, b] = [await newUser(), await newUser()];
    const before = (await db().select().from(groups)).length;
    assertFailure(await server.call("com.user.createGroup", { user_id: a.userId }, { token: b.token }), "FORBIDDEN");
    assert.equal((await db().select().from(groups)).length, before);
  });
});

describe("com.user.addGroup addMsg", () => {
  test("invites friends (JSON array or a string holding one) and tells each invitee", async () => {
    const { founder, friends, groupId } = await groupWithFriends(3);
    const [b, c, d] = friends;
    const added = await groupEventsDuring(async () => {
      assertSuccess(await invite(founder, groupId, [b.userId, c.userId]), "array");
      assertSuccess(await invite(founder, groupId, `[${d.userId}]`), "string");
    });
    const invitations = await invitationRows(groupId);
    assert.deepEqual(
      invitations.map((i) => [i.inviterId, i.inviteeId, i.status]),
      [b, c, d].map((u) => [founder.userId, u.userId, "pending"]),
    );
    assert.deepEqual(
      added.map((e) => ({ userId: e.userId, groupId: e.groupId, payload: untimed(e.payload) })),
      [b, c, d].map((u) => ({ userId: u.userId, groupId: null, payload: { opt: "invited", groupId, sender: founder.userId } })),
    );
    assert.equal((await memberRows(groupId)).length, 1, "an invitation is not a membership");
    assert.equal((await groupRow(groupId)).version, 1);
  });

  test("inviting a non-friend is FORBIDDEN, and a list mixing a friend and a non-friend writes nothing", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const stranger = await newUser();
    const added = await groupEventsDuring(async () => {
      assertFailure(await invite(founder, groupId, [stranger.userId]), "FORBIDDEN", "non-friend alone");
      assertFailure(await invite(founder, groupId, [friends[0].userId, stranger.userId]), "FORBIDDEN", "friend first");
      assertFailure(await invite(founder, groupId, [stranger.userId, friends[0].userId]), "FORBIDDEN", "stranger first");
    });
    assert.deepEqual(added, [], "no event");
    assert.deepEqual(await invitationRows(groupId), [], "no invitation");
  });

  test("an unknown user id is NOT_FOUND and writes nothing", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const added = await groupEventsDuring(async () => {
      assertFailure(await invite(founder, groupId, [friends[0].userId, 999_999]), "NOT_FOUND");
    });
    assert.deepEqual(added, []);
    assert.deepEqual(await invitationRows(groupId), []);
  });

  test("an unknown group is NOT_FOUND", async () => {
    const { founder, friends } = await groupWithFriends(1);
    assertFailure(await invite(founder, 999_999, [friends[0].userId]), "NOT_FOUND");
    assert.deepEqual(await invitationRows(999_999), []);
  });

  test("a caller who is not a member is FORBIDDEN", async () => {
    const { friends, groupId } = await groupWithFriends(1);
    const outsider = friends[0];
    const outsidersFriend = await newUser();
    await befriend(outsider, outsidersFriend);
    const added = await groupEventsDuring(async () => {
      assertFailure(await invite(outsider, groupId, [outsidersFriend.userId]), "FORBIDDEN");
    });
    assert.deepEqual(added, []);
    assert.deepEqual(await invitationRows(groupId), []);
  });

  test("friends that is empty, not an array of ids, or names only the caller is BAD_REQUEST", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const ok = friends[0].userId;
    const bad: unknown[] = [
      [],
      "[]",
      "",
      null,
      ok,
      String(ok),
      { id: ok },
      `{"id":${ok}}`,
      "not json",
      `[${ok}`,
      ["x"],
      [ok, "x"],
      [ok + 0.5],
      [-ok],
      [0],
      [[ok]],
      [null],
      [founder.userId],
    ];
    const added = await groupEventsDuring(async () => {
      for (const value of bad) assertFailure(await invite(founder, groupId, value), "BAD_REQUEST", JSON.stringify(value));
      assertFailure(await callAs(founder, "com.user.addGroup", { opt: "addMsg", group_id: groupId }), "BAD_REQUEST", "missing");
    });
    assert.deepEqual(added, []);
    assert.deepEqual(await invitationRows(groupId), []);
  });

  test("an invitee already in the group is skipped: no new invitation, no event", async () => {
    const { founder, friends, groupId } = await groupWithFriends(2);
    const [b, c] = friends;
    assertSuccess(await invite(founder, groupId, [b.userId]));
    assertSuccess(await answer(b, "agreeMsg", groupId, founder));
    const before = await invitationRows(groupId);
    const alone = await groupEventsDuring(async () => assertSuccess(await invite(founder, groupId, [b.userId])));
    assert.deepEqual(alone, [], "inviting only a member announces nothing");
    assert.deepEqual(await invitationRows(groupId), before, "and leaves the agreed invitation as it was");
    const mixed = await groupEventsDuring(async () => assertSuccess(await invite(founder, groupId, [b.userId, c.userId])));
    assert.deepEqual(
      mixed.map((e) => e.userId),
      [c.userId],
      "only the non-member is invited",
    );
  });
});

describe("com.user.addGroup agreeMsg", () => {
  test("joins the group: both see both rows, version 1 → 2, a joined event for the group", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    assertSuccess(await invite(founder, groupId, [b.userId]));
    const added = await groupEventsDuring(async () => assertSuccess(await answer(b, "agreeMsg", groupId, founder)));
    assert.equal((await groupRow(groupId)).version, 2);
    const expected = {
      [groupId]: [await expectedRow(groupId, founder.userId, founder), await expectedRow(groupId, b.userId, founder)],
    };
    assert.deepEqual(await getGroups(founder), expected);
    assert.deepEqual(await getGroups(b), expected);
    assert.equal(added.length, 1);
    assert.deepEqual(
      { ...added[0], payload: untimed(added[0].payload) },
      {
        userId: null,
        groupId,
        payload: { opt: "joined", groupId, sender: b.userId, changed: [b.userId], current: [founder.userId, b.userId] },
      },
    );
    assert.equal((await invitationRows(groupId))[0].status, "agreed");
  });

  test("agreeing twice succeeds: version stays 2, one membership row, one joined event", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    assertSuccess(await invite(founder, groupId, [b.userId]));
    const added = await groupEventsDuring(async () => {
      assertSuccess(await answer(b, "agreeMsg", groupId, founder), "first");
      assertSuccess(await answer(b, "agreeMsg", groupId, founder), "second");
    });
    assert.equal((await groupRow(groupId)).version, 2);
    assert.equal((await memberRows(groupId)).filter((m) => m.userId === b.userId).length, 1);
    assert.deepEqual(
      added.map((e) => e.payload.opt),
      ["joined"],
    );
  });

  test("without an invitation is NOT_FOUND and joins nothing", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    assertFailure(await answer(b, "agreeMsg", groupId, founder), "NOT_FOUND");
    assertFailure(await answer(b, "agreeMsg", 999_999, founder), "NOT_FOUND", "unknown group");
    assert.equal((await memberRows(groupId)).length, 1);
    assert.equal((await groupRow(groupId)).version, 1);
  });

  test("getGroups lists every group of the caller and only those", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    const ownGroup = await createGroup(b);
    assertSuccess(await invite(founder, groupId, [b.userId]));
    assertSuccess(await answer(b, "agreeMsg", groupId, founder));
    assert.deepEqual(await getGroups(b), {
      [groupId]: [await expectedRow(groupId, founder.userId, founder), await expectedRow(groupId, b.userId, founder)],
      [ownGroup]: [await expectedRow(ownGroup, b.userId, b)],
    });
    assert.deepEqual(Object.keys((await getGroups(founder)) as object), [String(groupId)]);
    assert.deepEqual(await getGroups(await newUser()), {}, "a user in no group");
  });
});

describe("com.user.addGroup repulseMsg", () => {
  test("declines the invitation and tells the inviter, once", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    assertSuccess(await invite(founder, groupId, [b.userId]));
    const added = await groupEventsDuring(async () => {
      assertSuccess(await answer(b, "repulseMsg", groupId, founder), "first");
      assertSuccess(await answer(b, "repulseMsg", groupId, founder), "second");
    });
    assert.equal((await invitationRows(groupId))[0].status, "repulsed");
    assert.equal(added.length, 1);
    assert.deepEqual(
      { ...added[0], payload: untimed(added[0].payload) },
      { userId: founder.userId, groupId: null, payload: { opt: "refused", groupId, sender: b.userId } },
    );
    assert.equal((await memberRows(groupId)).length, 1);
  });

  test("agreeing after declining is CONFLICT", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    assertSuccess(await invite(founder, groupId, [b.userId]));
    assertSuccess(await answer(b, "repulseMsg", groupId, founder));
    assertFailure(await answer(b, "agreeMsg", groupId, founder), "CONFLICT");
    assert.equal((await memberRows(groupId)).length, 1);
    assert.equal((await groupRow(groupId)).version, 1);
  });

  test("declining after agreeing is CONFLICT and the invitee stays a member", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    assertSuccess(await invite(founder, groupId, [b.userId]));
    assertSuccess(await answer(b, "agreeMsg", groupId, founder));
    const added = await groupEventsDuring(async () => assertFailure(await answer(b, "repulseMsg", groupId, founder), "CONFLICT"));
    assert.deepEqual(added, []);
    assert.equal((await invitationRows(groupId))[0].status, "agreed");
    assert.equal((await memberRows(groupId)).length, 2);
  });

  test("without an invitation is NOT_FOUND", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    assertFailure(await answer(friends[0], "repulseMsg", groupId, founder), "NOT_FOUND");
  });
});

describe("com.user.addGroup browseMsg", () => {
  test("flips the invitation to browsed and appends no event", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    assertSuccess(await invite(founder, groupId, [b.userId]));
    const added = await groupEventsDuring(async () => assertSuccess(await answer(b, "browseMsg", groupId, founder)));
    assert.deepEqual(added, []);
    assert.equal((await invitationRows(groupId))[0].status, "browsed");
    assert.equal((await memberRows(groupId)).length, 1);
    assertSuccess(await answer(b, "agreeMsg", groupId, founder), "a browsed invitation can still be accepted");
    assert.equal((await memberRows(groupId)).length, 2);
  });

  test("without an invitation is NOT_FOUND", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    assertFailure(await answer(friends[0], "browseMsg", groupId, founder), "NOT_FOUND");
  });

  test("friend_id or group_id that is not a positive id is BAD_REQUEST", async () => {
    const { founder, friends, groupId } = await groupWithFriends(1);
    const [b] = friends;
    assertSuccess(await invite(founder, groupId, [b.userId]));
    for (const bad of ["abc", 1.5, -1, 0]) {
      const asFriend = { opt: "browseMsg", group_id: groupId, friend_id: bad };
      assertFailure(await callAs(b, "com.user.addGroup", asFriend), "BAD_REQUEST", `friend_id ${bad}`);
      const asGroup = { opt: "browseMsg", group_id: bad, friend_id: founder.userId };
      assertFailure(await callAs(b, "com.user.addGroup", asGroup), "BAD_REQUEST", `group_id ${bad}`);
    }
    assert.equal((await invitationRows(groupId))[0].status, "pending");
  });
});
