// TeamTalk message state over real TCP: unread counts (messages from the JSON socket too) and read acks told to the
// reader's other connections only (also across two core nodes), history paged backwards, the latest id, messages
// by id, recent sessions with a watermark and removal, refusals of other people's sessions, client time, and the
// empty offline file list.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { SessionType as DomainSessionType, MsgType as DomainMsgType } from "../../shared/domain/messages.ts";
import { IM } from "../../proto/generated/im.js";
import { send } from "../../test-kit/socket.ts";
import type { TeamTalkClient } from "../../test-kit/teamtalk-client.ts";
import { decryptText, defaultTextKey } from "../../shared/crypto/teamtalk-text.ts";
import { closeWorlds, type User, type World, worldWith } from "../../test-kit/world.ts";
import type { MessageType } from "./wire.ts";

const { ClientType, MessageCmdID, BuddyListCmdID, FileCmdID, ServiceID, SessionType } = IM.BaseDefine;
const { SESSION_TYPE_SINGLE: single, SESSION_TYPE_GROUP: group } = SessionType;

after(() => closeWorlds());

/** Sends a request and decodes its reply, checking the reply's seq, service and command ids. */
async function ask<Q, R>(client: TeamTalkClient, serviceId: number, cid: number, reqType: MessageType<Q>, req: Q, rspType: MessageType<R>) {
  const seq = client.send(serviceId, cid, reqType, req);
  const pdu = await client.reply(seq);
  assert.deepEqual([pdu.header.serviceId, pdu.header.commandId], [serviceId, cid + 1]);
  return { rsp: rspType.decode(pdu.body), bytes: pdu.raw.length };
}

/** Sends a request that must get no reply (a heartbeat after it comes back first). */
async function unanswered<Q>(client: TeamTalkClient, serviceId: number, cid: number, type: MessageType<Q>, req: Q) {
  const seq = client.send(serviceId, cid, type, req);
  await client.heartbeat();
  assert.deepEqual(
    client.inbox.filter((p) => p.header.seq === seq),
    [],
  );
}

const text = (data: Uint8Array) => {
  const t = decryptText(data, defaultTextKey);
  return t.ok ? t.text : null;
};

async function unread(client: TeamTalkClient, me: User) {
  const { rsp } = await ask(
    client,
    ServiceID.SID_MSG,
    MessageCmdID.CID_MSG_UNREAD_CNT_REQUEST,
    IM.Message.IMUnreadMsgCntReq,
    IM.Message.IMUnreadMsgCntReq.create({ user_id: me.userId }),
    IM.Message.IMUnreadMsgCntRsp,
  );
  const list = (rsp.unreadinfo_list ?? []).map((u) => ({
    session: [u.session_type, u.session_id],
    count: u.unread_cnt,
    latest: [u.latest_msg_id, text(u.latest_msg_data), u.latest_msg_type, u.latest_msg_from_user_id],
  }));
  return { total: rsp.total_cnt, list };
}

function readAck(client: TeamTalkClient, me: User, sessionType: number, sessionId: number, msgId: number) {
  const ack = IM.Message.IMMsgDataReadAck.create({ user_id: me.userId, session_id: sessionId, msg_id: msgId, session_type: sessionType });
  return unanswered(client, ServiceID.SID_MSG, MessageCmdID.CID_MSG_READ_ACK, IM.Message.IMMsgDataReadAck, ack);
}

async function history(client: TeamTalkClient, sessionType: number, sessionId: number, begin: number, count: number) {
  const req = IM.Message.IMGetMsgListReq.create({
    user_id: 0,
    session_type: sessionType,
    session_id: sessionId,
    msg_id_begin: begin,
    msg_cnt: count,
  });
  const { rsp, bytes } = await ask(
    client,
    ServiceID.SID_MSG,
    MessageCmdID.CID_MSG_LIST_REQUEST,
    IM.Message.IMGetMsgListReq,
    req,
    IM.Message.IMGetMsgListRsp,
  );
  assert.deepEqual([rsp.session_type, rsp.session_id, rsp.msg_id_begin], [sessionType, sessionId, begin]);
  return { ids: rsp.msg_list?.map((m) => m.msg_id) ?? [], list: rsp.msg_list ?? [], bytes };
}

async function latestId(client: TeamTalkClient, sessionType: number, sessionId: number) {
  const req = IM.Message.IMGetLatestMsgIdReq.create({ user_id: 0, session_type: sessionType, session_id: sessionId });
  const { rsp } = await ask(
    client,
    ServiceID.SID_MSG,
    MessageCmdID.CID_MSG_GET_LATEST_MSG_ID_REQ,
    IM.Message.IMGetLatestMsgIdReq,
    req,
    IM.Message.IMGetLatestMsgIdRsp,
  );
  return rsp.latest_msg_id;
}

async function byId(client: TeamTalkClient, sessionType: number, sessionId: number, ids: number[]) {
  const req = IM.Message.IMGetMsgByIdReq.create({ user_id: 0, session_type: sessionType, session_id: sessionId, msg_id_list: ids });
  const { rsp } = await ask(
    client,
    ServiceID.SID_MSG,
    MessageCmdID.CID_MSG_GET_BY_MSG_ID_REQ,
    IM.Message.IMGetMsgByIdReq,
    req,
    IM.Message.IMGetMsgByIdRsp,
  );
  return (rsp.msg_list ?? []).map((m) => [m.msg_id, text(m.msg_data)]);
}

async function recent(client: TeamTalkClient, after = 0) {
  const req = IM.Buddy.IMRecentContactSessionReq.create({ user_id: 0, latest_update_time: after });
  const { rsp, bytes } = await ask(
    client,
    ServiceID.SID_BUDDY_LIST,
    BuddyListCmdID.CID_BUDDY_LIST_RECENT_CONTACT_SESSION_REQUEST,
    IM.Buddy.IMRecentContactSessionReq,
    req,
    IM.Buddy.IMRecentContactSessionRsp,
  );
  const sessions = rsp.contact_session_list ?? [];
  const list = sessions.map((s) => ({
    session: [s.session_type, s.session_id],
    updated: s.updated_time,
    latest: [s.latest_msg_id, text(s.latest_msg_data), s.latest_msg_type, s.latest_msg_from_user_id],
  }));
  return { list, bytes, status: sessions.map((s) => s.session_status) };
}

async function removeSession(client: TeamTalkClient, sessionType: number, sessionId: number) {
  const req = IM.Buddy.IMRemoveSessionReq.create({ user_id: 0, session_type: sessionType, session_id: sessionId });
  const { rsp } = await ask(
    client,
    ServiceID.SID_BUDDY_LIST,
    BuddyListCmdID.CID_BUDDY_LIST_REMOVE_SESSION_REQ,
    IM.Buddy.IMRemoveSessionReq,
    req,
    IM.Buddy.IMRemoveSessionRsp,
  );
  assert.deepEqual([rsp.session_type, rsp.session_id], [sessionType, sessionId]);
  return rsp.result_code;
}

/** Takes every pushed message out of the inbox (after a heartbeat round trip). */
async function drain(client: TeamTalkClient) {
  await client.heartbeat();
  client.inbox.splice(0);
}

/** A 1:1 text stored through the node as any door would (no per-connection rate limit). */
function store(world: World, from: User, to: User, content: string) {
  const msg = { fromUserId: from.userId, sessionType: DomainSessionType.Single, toId: to.userId, content };
  return world.node.sendMessage({ ...msg, msgType: DomainMsgType.singleText });
}

const pushesOf = (client: TeamTalkClient, commandId: number) => client.inbox.filter((p) => p.header.commandId === commandId);

describe("small requests", () => {
  test("client time is the server's; a client's receipt ack gets nothing; no offline files yet", async () => {
    const world = await worldWith();
    const me = await world.user();
    const client = await world.teamtalk(me);
    const { rsp } = await ask(
      client,
      ServiceID.SID_MSG,
      MessageCmdID.CID_MSG_TIME_REQUEST,
      IM.Message.IMClientTimeReq,
      IM.Message.IMClientTimeReq.create(),
      IM.Message.IMClientTimeRsp,
    );
    assert.ok(Math.abs(rsp.server_time - Date.now() / 1000) < 5);
    const receipt = IM.Message.IMMsgDataAck.create({ user_id: 1, session_id: me.userId, msg_id: 1, session_type: single });
    await unanswered(client, ServiceID.SID_MSG, MessageCmdID.CID_MSG_DATA_ACK, IM.Message.IMMsgDataAck, receipt);
    const files = await ask(
      client,
      ServiceID.SID_FILE,
      FileCmdID.CID_FILE_HAS_OFFLINE_REQ,
      IM.File.IMFileHasOfflineReq,
      IM.File.IMFileHasOfflineReq.create({ user_id: 999 }),
      IM.File.IMFileHasOfflineRsp,
    );
    assert.deepEqual([files.rsp.user_id, files.rsp.offline_file_list, files.rsp.ip_addr_list], [me.userId, [], []]);
  });
});

describe("unread counts and read acks", () => {
  test("messages from TeamTalk and the JSON socket count; own messages never; 1:1 entries name the peer as sender", async () => {
    const world = await worldWith();
    const [alice, bob, jo] = [await world.user(), await world.user(), await world.user()];
    const a = await world.teamtalk(alice);
    const b = await world.teamtalk(bob);
    await a.sendText(alice.userId, bob.userId, "one");
    await a.sendText(alice.userId, bob.userId, "two");
    await b.sendText(bob.userId, alice.userId, "mine"); // bob's own: not unread for bob
    await send(await world.connect(jo), { user: bob }, "from the socket");
    assert.deepEqual(await unread(b, bob), {
      total: 3,
      list: [
        { session: [single, jo.userId], count: 1, latest: [1, "from the socket", 1, jo.userId] },
        { session: [single, alice.userId], count: 2, latest: [3, "mine", 1, alice.userId] },
      ],
    });
    assert.deepEqual((await unread(a, alice)).list, [{ session: [single, bob.userId], count: 1, latest: [3, "mine", 1, bob.userId] }]);
  });

  test("a read ack clears the session; the reader's other connection is told, not the reading one nor the sender", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const a = await world.teamtalk(alice);
    const bPhone = await world.teamtalk(bob);
    const bPc = await world.teamtalk(bob, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    await a.sendText(alice.userId, bob.userId, "one");
    await a.sendText(alice.userId, bob.userId, "two");
    await Promise.all([drain(bPhone), drain(bPc)]);
    await readAck(bPhone, bob, single, alice.userId, 1); // the ack's msg_id is the client's; the whole session is read
    const notify = IM.Message.IMMsgDataReadNotify.decode(
      (await bPc.next((p) => p.header.commandId === MessageCmdID.CID_MSG_READ_NOTIFY)).body,
    );
    assert.deepEqual([notify.user_id, notify.session_id, notify.msg_id, notify.session_type], [bob.userId, alice.userId, 1, single]);
    assert.deepEqual(await unread(bPhone, bob), { total: 0, list: [] });
    await Promise.all([a.heartbeat(), bPhone.heartbeat()]);
    assert.deepEqual(pushesOf(a, MessageCmdID.CID_MSG_READ_NOTIFY), []);
    assert.deepEqual(pushesOf(bPhone, MessageCmdID.CID_MSG_READ_NOTIFY), []);
    await a.sendText(alice.userId, bob.userId, "three");
    assert.deepEqual((await unread(bPhone, bob)).list, [
      { session: [single, alice.userId], count: 1, latest: [3, "three", 1, alice.userId] },
    ]);
  });

  test("the notify reaches the reader's connection on another core node, and the counts agree there", async () => {
    const world = await worldWith();
    const other = await world.addNode();
    const [alice, bob] = [await world.user(), await world.user()];
    const a = await world.teamtalk(alice);
    const bHere = await world.teamtalk(bob);
    const bThere = await world.teamtalk(bob, { clientType: ClientType.CLIENT_TYPE_MAC, core: other });
    await a.sendText(alice.userId, bob.userId, "hi");
    assert.equal((await unread(bThere, bob)).total, 1);
    await readAck(bHere, bob, single, alice.userId, 1);
    await bThere.next((p) => p.header.commandId === MessageCmdID.CID_MSG_READ_NOTIFY);
    assert.equal((await unread(bThere, bob)).total, 0);
    await world.stopNode(other);
  });

  test("groups: others' messages since the member joined count until the read ack; acks for sessions not one's own do nothing", async () => {
    const world = await worldWith();
    const [founder, early, late] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(founder, early);
    const f = await world.teamtalk(founder);
    await f.sendText(founder.userId, groupId, "before late joined", true);
    await world.befriend(founder, late);
    await world.invite(founder, groupId, late);
    await world.answer(late, "agreeMsg", groupId, founder);
    await f.sendText(founder.userId, groupId, "after", true);
    const e = await world.teamtalk(early);
    const l = await world.teamtalk(late);
    assert.deepEqual((await unread(e, early)).list, [{ session: [group, groupId], count: 2, latest: [2, "after", 17, founder.userId] }]);
    assert.deepEqual((await unread(l, late)).list, [{ session: [group, groupId], count: 1, latest: [2, "after", 17, founder.userId] }]);
    assert.deepEqual((await unread(f, founder)).list, []);
    const stranger = await world.user();
    const s = await world.teamtalk(stranger);
    await readAck(s, stranger, group, groupId, 2);
    await readAck(l, late, 7, groupId, 2); // no such session type
    assert.equal((await unread(l, late)).total, 1);
    await readAck(l, late, group, groupId, 2);
    assert.equal((await unread(l, late)).total, 0);
    assert.equal((await unread(e, early)).total, 2, "each member reads for themselves");
  });
});

describe("history", () => {
  test("pages go backwards from msg_id_begin, newest first; latest id; by id; the count is capped at 100", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const a = await world.teamtalk(alice);
    for (let i = 1; i <= 15; i++) await a.sendText(alice.userId, bob.userId, `m${i}`);
    for (let i = 16; i <= 25; i++) await store(world, alice, bob, `m${i}`);
    const b = await world.teamtalk(bob);
    const first = await history(b, single, alice.userId, 0, 10);
    assert.deepEqual(first.ids, [25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    assert.deepEqual([first.list[0].from_session_id, text(first.list[0].msg_data), first.list[0].msg_type], [alice.userId, "m25", 1]);
    assert.deepEqual((await history(b, single, alice.userId, 15, 10)).ids, [15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
    assert.deepEqual((await history(b, single, alice.userId, 5, 10)).ids, [5, 4, 3, 2, 1]);
    assert.equal((await history(a, single, bob.userId, 0, 1_000_000)).ids.length, 25, "the sender reads the same pair");
    assert.equal(await latestId(b, single, alice.userId), 25);
    assert.deepEqual(await byId(b, single, alice.userId, [3, 25, 99, 3]), [
      [25, "m25"],
      [3, "m3"],
    ]);
    for (let i = 26; i <= 130; i++) await store(world, alice, bob, `m${i}`);
    assert.equal((await history(b, single, alice.userId, 0, 500)).ids.length, 100);
  });

  test("a reply stays under 400 KiB: a page of long messages is cut, the client pages on from the oldest it got", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const long = (i: number) => `${i}`.padEnd(32 * 1024, "长").slice(0, 10_000); // 10 000 characters, ~30 KiB of UTF-8
    for (let i = 1; i <= 15; i++) await store(world, alice, bob, long(i));
    const b = await world.teamtalk(bob);
    const page = await history(b, single, alice.userId, 0, 15);
    assert.ok(page.bytes < 400 * 1024, `${page.bytes} bytes`);
    assert.ok(page.ids.length >= 5 && page.ids.length < 15, `${page.ids.length} messages`);
    assert.equal(text(page.list[0].msg_data), long(15), "whole messages");
    const rest = await history(b, single, alice.userId, page.ids.at(-1)! - 1, 15);
    assert.equal(rest.ids[0], page.ids.at(-1)! - 1);
    const [preview] = (await recent(b)).list;
    assert.equal((preview.latest[1] as string).length, 256, "the recent list carries a preview");
  });

  test("only the caller's sessions: a group from the caller's join on; not a member or no conversation ⇒ empty; a bad type ⇒ no reply", async () => {
    const world = await worldWith();
    const [founder, late, stranger] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(founder);
    const f = await world.teamtalk(founder);
    await f.sendText(founder.userId, groupId, "old", true);
    await world.befriend(founder, late);
    await world.invite(founder, groupId, late);
    await world.answer(late, "agreeMsg", groupId, founder);
    await f.sendText(founder.userId, groupId, "new", true);
    const l = await world.teamtalk(late);
    assert.deepEqual((await history(l, group, groupId, 0, 18)).ids, [2]);
    assert.deepEqual(await byId(l, group, groupId, [1, 2]), [[2, "new"]]);
    assert.deepEqual((await history(f, group, groupId, 0, 18)).ids, [2, 1]);
    const s = await world.teamtalk(stranger);
    assert.deepEqual((await history(s, group, groupId, 0, 18)).ids, []);
    assert.equal(await latestId(s, group, groupId), 0);
    assert.deepEqual(await byId(s, group, groupId, [1, 2]), []);
    assert.deepEqual((await history(s, single, founder.userId, 0, 18)).ids, [], "no conversation with the founder");
    assert.deepEqual((await history(s, single, stranger.userId, 0, 18)).ids, [], "nor with oneself");
    const bad = IM.Message.IMGetMsgListReq.create({
      user_id: 0,
      session_type: 3 as IM.BaseDefine.SessionType,
      session_id: groupId,
      msg_id_begin: 0,
      msg_cnt: 5,
    });
    await unanswered(f, ServiceID.SID_MSG, MessageCmdID.CID_MSG_LIST_REQUEST, IM.Message.IMGetMsgListReq, bad);
  });
});

describe("recent sessions", () => {
  test("newest first with the latest message; the watermark; removal (notify to the other 1:1 connection) until a new message", async () => {
    const world = await worldWith();
    const [alice, bob, carol] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(carol, bob);
    const a = await world.teamtalk(alice);
    const c = await world.teamtalk(carol);
    await c.sendText(carol.userId, groupId, "in the group", true);
    await a.sendText(alice.userId, bob.userId, "hello bob");
    const bPhone = await world.teamtalk(bob);
    const bPc = await world.teamtalk(bob, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const all = await recent(bPhone);
    assert.deepEqual(
      all.list.map((s) => [s.session, s.latest]),
      [
        [
          [single, alice.userId],
          [1, "hello bob", 1, alice.userId],
        ],
        [
          [group, groupId],
          [1, "in the group", 17, carol.userId],
        ],
      ],
    );
    assert.deepEqual(all.status, [0, 0]);
    assert.deepEqual((await recent(bPhone, all.list[0].updated)).list, [], "nothing newer than the watermark");

    assert.equal(await removeSession(bPhone, single, alice.userId), 0);
    const notify = IM.Buddy.IMRemoveSessionNotify.decode(
      (await bPc.next((p) => p.header.commandId === BuddyListCmdID.CID_BUDDY_LIST_REMOVE_SESSION_NOTIFY)).body,
    );
    assert.deepEqual([notify.user_id, notify.session_type, notify.session_id], [bob.userId, single, alice.userId]);
    assert.deepEqual(
      (await recent(bPhone)).list.map((s) => s.session),
      [[group, groupId]],
    );
    assert.deepEqual(
      (await unread(bPhone, bob)).list.map((u) => u.session),
      [[group, groupId]],
      "removing clears the unread count",
    );
    assert.equal(await removeSession(bPhone, single, alice.userId), 1, "removed already");
    assert.equal(await removeSession(bPhone, single, carol.userId), 1, "no such session");

    assert.equal(await removeSession(bPhone, group, groupId), 0);
    await Promise.all([bPhone.heartbeat(), bPc.heartbeat()]);
    assert.equal(pushesOf(bPc, BuddyListCmdID.CID_BUDDY_LIST_REMOVE_SESSION_NOTIFY).length, 0, "no notify for a group session");
    assert.equal(pushesOf(bPhone, BuddyListCmdID.CID_BUDDY_LIST_REMOVE_SESSION_NOTIFY).length, 0, "nor to the removing connection");
    assert.deepEqual((await recent(bPhone)).list, []);

    await a.sendText(alice.userId, bob.userId, "again");
    assert.deepEqual(
      (await recent(bPhone)).list.map((s) => [s.session, s.latest[1]]),
      [[[single, alice.userId], "again"]],
      "a new message brings the session back",
    );
    const stranger = await world.user();
    assert.equal(await removeSession(await world.teamtalk(stranger), group, groupId), 1, "not a member");
  });
});
