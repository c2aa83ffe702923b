// The push API over a world (a server domain with a core node): each route's happy path reaches JSON-socket and
// TeamTalk connections and offline users, and every refusal of teamtalk.md §10.1 answers its status and error_code.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import protobuf from "protobufjs";
import { decryptText, defaultTextKey } from "../../shared/crypto/teamtalk-text.ts";
import { IM } from "../../proto/generated/im.js";
import { TeamTalkClient } from "../../test-kit/teamtalk-client.ts";
import { World, type User } from "../../test-kit/world.ts";
import { pushApiApp } from "./app.ts";

const appKey = "push-test-key-1";
const world = await World.start();
const app = pushApiApp(world.server.domain, [appKey, "push-test-key-2"]);
const tt: TeamTalkClient[] = [];
after(async () => {
  for (const c of tt) c.socket.destroy();
  await world.close();
});

async function call(path: string, body: unknown, query = `?app_key=${appKey}`) {
  const res = await app.request(`/query/${path}${query}`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function teamtalk(user: User): Promise<TeamTalkClient> {
  const client = await TeamTalkClient.connect(world.core.msg.port);
  tt.push(client);
  assert.equal((await client.login(user.phone, "secret1")).result_code, 0);
  return client;
}

async function count(table: string): Promise<number> {
  const { rows } = await world.db.$client.execute(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

test("SendP2PMessage: text and notices reach the JSON socket and TeamTalk; notices stay type 3 in the store", async () => {
  const [admin, bob] = [await world.user(), await world.user()];
  const socket = await world.connect(bob);
  const client = await teamtalk(bob);
  const sent = await call("SendP2PMessage", { req_user_id: admin.userId, session_id: bob.userId, msg: "hello", msg_type: 1 });
  assert.deepEqual(sent, { status: 200, body: { error_code: 0, error_msg: "成功", msg_id: 1 } });
  const push = await socket.next((m) => m.type === "msg");
  assert.equal(push.content, "hello");
  assert.equal(push.from_user_id, admin.userId);
  assert.equal((await client.nextMessage()).text, "hello");

  const notice = await call("SendP2PMessage", { from_user_id: admin.userId, session_id: bob.userId, msg: "maintenance", msg_type: 3 });
  assert.equal(notice.body.msg_id, 2);
  const noticePush = await socket.next((m) => m.type === "msg");
  assert.equal(noticePush.msg_type, 3);
  const tm = await client.nextMessage();
  assert.equal(tm.text, "maintenance");
  assert.equal(tm.msg.msg_type, IM.BaseDefine.MsgType.MSG_TYPE_SINGLE_TEXT);
  const { rows } = await world.db.$client.execute({
    sql: "SELECT msg_type FROM messages WHERE from_user_id = ? ORDER BY msg_id",
    args: [admin.userId],
  });
  assert.deepEqual(
    rows.map((r) => Number(r.msg_type)),
    [1, 3],
  );
});

/** The message types of a client whose proto knows type 3 (stock clients' parsers reject it, teamtalk.md §10). */
function noticeAwareTypes() {
  const json = JSON.parse(readFileSync(new URL("../../proto/generated/im.json", import.meta.url), "utf8"));
  const root = protobuf.Root.fromJSON(json);
  root.lookupEnum("IM.BaseDefine.MsgType").add("MSG_TYPE_NOTICE", 3);
  return { msgData: root.lookupType("IM.Message.IMMsgData"), msgList: root.lookupType("IM.Message.IMGetMsgListRsp") };
}

test("with IM_TEAMTALK_NOTICE_AS=raw a notice reaches TeamTalk as type 3, pushed and in history, its text encrypted as usual", async () => {
  const rawWorld = await World.start({ IM_TEAMTALK_NOTICE_AS: "raw" });
  try {
    const [admin, bob] = [await rawWorld.user(), await rawWorld.user()];
    const client = await rawWorld.teamtalk(bob);
    const rawApp = pushApiApp(rawWorld.server.domain, [appKey]);
    const body = JSON.stringify({ req_user_id: admin.userId, session_id: bob.userId, msg: "maintenance", msg_type: 3 });
    assert.equal((await rawApp.request(`/query/SendP2PMessage?app_key=${appKey}`, { method: "POST", body })).status, 200);
    const types = noticeAwareTypes();
    const { MessageCmdID, ServiceID, SessionType } = IM.BaseDefine;
    const pushed = types.msgData.toObject(
      types.msgData.decode((await client.next((p) => p.header.commandId === MessageCmdID.CID_MSG_DATA)).body),
    );
    assert.equal(pushed.msg_type, 3);
    assert.deepEqual(decryptText(pushed.msg_data, defaultTextKey), { ok: true, text: "maintenance" });

    const req = IM.Message.IMGetMsgListReq.create({
      user_id: 0,
      session_type: SessionType.SESSION_TYPE_SINGLE,
      session_id: admin.userId,
      msg_id_begin: 0,
      msg_cnt: 10,
    });
    const seq = client.send(ServiceID.SID_MSG, MessageCmdID.CID_MSG_LIST_REQUEST, IM.Message.IMGetMsgListReq, req);
    const listed = types.msgList.toObject(types.msgList.decode((await client.reply(seq)).body));
    assert.deepEqual(
      listed.msg_list.map((m: { msg_type: number }) => m.msg_type),
      [3],
    );
  } finally {
    await rawWorld.close();
  }
});

test("SendP2PMessage: an offline recipient finds the message at the next bind; credentials may come in the URL", async () => {
  const [admin, carol] = [await world.user(), await world.user()];
  const sent = await call(
    "SendP2PMessage",
    { session_id: carol.userId, msg: "later", msg_type: 1 },
    `?app_key=push-test-key-2&req_user_id=${admin.userId}`,
  );
  assert.equal(sent.body.error_code, 0);
  const socket = await world.connect(carol);
  assert.equal((await socket.next((m) => m.type === "msg")).content, "later");
});

test("SendP2PMessage with msg_type 17 is a group message of a member", async () => {
  const [founder, member, outsider] = [await world.user(), await world.user(), await world.user()];
  const groupId = await world.group(founder, member);
  const client = await teamtalk(member);
  const sent = await call("SendP2PMessage", { req_user_id: founder.userId, session_id: groupId, msg: "to all", msg_type: 17 });
  assert.equal(sent.body.error_code, 0);
  const got = await client.nextMessage();
  assert.deepEqual([got.text, got.msg.to_session_id, got.msg.msg_type], ["to all", groupId, 17]);
  const refused = await call("SendP2PMessage", { req_user_id: outsider.userId, session_id: groupId, msg: "x", msg_type: 17 });
  assert.equal(refused.status, 403);
  assert.equal(refused.body.error_code, 1);
});

test("SendBroadCastMessage stores one message per recipient and answers their msg_ids", async () => {
  const [admin, a, b] = [await world.user(), await world.user(), await world.user()];
  const sa = await world.connect(a);
  const tb = await teamtalk(b);
  const sent = await call("SendBroadCastMessage", {
    req_user_id: admin.userId,
    session_ids: [a.userId, b.userId],
    msg: "news",
    msg_type: 3,
  });
  assert.deepEqual(sent.body, { error_code: 0, error_msg: "成功", msg_ids: { [a.userId]: 1, [b.userId]: 1 } });
  assert.equal((await sa.next((m) => m.type === "msg")).content, "news");
  assert.equal((await tb.nextMessage()).text, "news");
  const tooMany = await call("SendBroadCastMessage", {
    req_user_id: admin.userId,
    session_ids: Array.from({ length: 1001 }, (_, i) => i + 1),
    msg: "x",
    msg_type: 1,
  });
  assert.equal(tooMany.status, 400);
  assert.match(String(tooMany.body.error_msg), /session_ids/);
});

test("CreateGroup makes the acting user the creator and tells the members on both doors", async () => {
  const [admin, a, b] = [await world.user(), await world.user(), await world.user()];
  const sa = await world.connect(a);
  const tb = await teamtalk(b);
  const made = await call("CreateGroup", {
    req_user_id: admin.userId,
    group_name: "ops",
    group_type: 1,
    group_avatar: "",
    user_id_list: [a.userId, b.userId],
  });
  assert.equal(made.body.error_code, 0);
  const groupId = made.body.group_id as number;
  const push = await sa.next((m) => m.type === "addGroup" && m.friend_id === a.userId);
  assert.deepEqual([push.opt, push.group_id, push.sender], ["joined", groupId, admin.userId]);
  const notify = IM.Group.IMGroupChangeMemberNotify.decode(
    (await tb.next((p) => p.header.commandId === IM.BaseDefine.GroupCmdID.CID_GROUP_CHANGE_MEMBER_NOTIFY)).body,
  );
  assert.deepEqual(notify.chg_user_id_list.sort(), [a.userId, b.userId].sort());
  const { rows } = await world.db.$client.execute({ sql: "SELECT creator_id, type, version FROM groups WHERE id = ?", args: [groupId] });
  assert.deepEqual([Number(rows[0].creator_id), Number(rows[0].type), Number(rows[0].version)], [admin.userId, 1, 1]);
  const unknown = await call("CreateGroup", { req_user_id: admin.userId, group_name: "x", group_type: 2, user_id_list: [999999] });
  assert.deepEqual([unknown.status, unknown.body.error_code], [400, 1]);
});

test("ChangeMembers follows §8.13 for the acting user, bumps the version and notifies", async () => {
  const [founder, member, other, newcomer] = [await world.user(), await world.user(), await world.user(), await world.user()];
  const groupId = await world.group(founder, member);
  const sn = await world.connect(newcomer);
  const added = await call("ChangeMembers", {
    req_user_id: founder.userId,
    group_id: groupId,
    modify_type: 1,
    user_id_list: [newcomer.userId],
  });
  assert.deepEqual(added.body, { error_code: 0, error_msg: "成功", changed: [newcomer.userId] });
  assert.equal((await sn.next((m) => m.type === "addGroup")).opt, "joined");
  const removedByMember = await call("ChangeMembers", {
    req_user_id: member.userId,
    group_id: groupId,
    modify_type: 2,
    user_id_list: [newcomer.userId],
  });
  assert.deepEqual([removedByMember.status, removedByMember.body.error_code], [403, 12]);
  const removed = await call("ChangeMembers", {
    req_user_id: founder.userId,
    group_id: groupId,
    modify_type: 2,
    user_id_list: [newcomer.userId],
  });
  assert.equal(removed.body.error_code, 0);
  assert.equal((await sn.next((m) => m.type === "addGroup")).opt, "removed");
  const unknown = await call("ChangeMembers", {
    req_user_id: other.userId,
    group_id: 999999,
    modify_type: 1,
    user_id_list: [member.userId],
  });
  assert.deepEqual([unknown.status, unknown.body.error_code], [404, 12]);
});

test("refusals: keys, paths, methods, bodies, acting users, fields", async () => {
  const [admin, bob] = [await world.user(), await world.user()];
  const good = { req_user_id: admin.userId, session_id: bob.userId, msg: "hi", msg_type: 1 };
  const before = [await count("messages"), await count("events")];
  for (const query of ["?app_key=wrong-key-123", "", `?app_key=${appKey}x`]) {
    const res = await call("SendP2PMessage", good, query);
    assert.deepEqual(res, { status: 401, body: { error_code: 2, error_msg: "appKey不存在" } });
  }
  assert.deepEqual([await count("messages"), await count("events")], before, "a wrong key writes nothing");
  assert.equal((await call("SendP2PMessage", { ...good, app_key: appKey }, "")).body.error_code, 0, "the key may come in the body");

  const expect = async (path: string, body: unknown, status: number, field: RegExp) => {
    const res = await call(path, body);
    assert.equal(res.status, status, JSON.stringify(res.body));
    assert.equal(res.body.error_code, 1);
    assert.match(String(res.body.error_msg), field);
  };
  await expect("Nope", good, 404, /no route/);
  await expect("SendP2PMessage", "{not json", 400, /JSON object/);
  await expect("SendP2PMessage", [good], 400, /JSON object/);
  await expect("SendP2PMessage", { ...good, msg: "x".repeat(65 * 1024) }, 413, /larger than/);
  await expect("SendP2PMessage", { ...good, msg: "x".repeat(33 * 1024) }, 400, /content is over/);
  // 16 KiB of quotes: within 32 KiB of UTF-8, but not as the JSON string a JSON-socket push carries
  await expect("SendP2PMessage", { ...good, msg: '"'.repeat(16_384) }, 400, /over 32768 bytes as JSON text/);
  await expect("SendBroadCastMessage", { ...good, session_ids: [bob.userId], msg: "\u0001".repeat(5_462) }, 400, /as JSON text/);
  await expect("SendP2PMessage", { ...good, req_user_id: 999999 }, 400, /req_user_id/);
  await expect("SendP2PMessage", { ...good, req_user_id: "1" }, 400, /req_user_id/);
  await expect("SendP2PMessage", { ...good, msg_type: 5 }, 400, /msg_type/);
  await expect("SendP2PMessage", { ...good, session_id: 999999 }, 400, /does not exist/);
  await expect("SendP2PMessage", { ...good, msg: 7 }, 400, /msg/);
  await expect("SendP2PMessage", { ...good, msg: "", msg_type: 1 }, 400, /empty/);
  await expect("SendP2PMessage", { ...good, msg_type: 2, msg: "not base64!" }, 400, /base64/);
  await expect("SendBroadCastMessage", { ...good, session_ids: [] }, 400, /session_ids is empty/);
  await expect("SendBroadCastMessage", { ...good, session_ids: [bob.userId, "x"] }, 400, /session_ids\[1\]/);
  await expect("CreateGroup", { req_user_id: admin.userId, group_name: "g", group_type: 3, user_id_list: [bob.userId] }, 400, /group_type/);
  await expect("ChangeMembers", { req_user_id: admin.userId, group_id: 1, modify_type: 9, user_id_list: [bob.userId] }, 400, /modify_type/);
  const get = await app.request(`/query/SendP2PMessage?app_key=${appKey}`);
  assert.deepEqual([get.status, ((await get.json()) as { error_code: number }).error_code], [405, 1]);
});

test("each app key has a request budget per minute (429, error_code 14)", async () => {
  const d = world.server.domain;
  const small = pushApiApp({ ...d, config: { ...d.config, pushRatePerMinute: 2 } }, [appKey]);
  const statuses = [];
  for (let i = 0; i < 3; i++) {
    const res = await small.request(`/query/CreateGroup?app_key=${appKey}`, { method: "POST", body: "{}" });
    statuses.push([res.status, ((await res.json()) as { error_code: number }).error_code]);
  }
  assert.deepEqual(statuses, [
    [400, 1],
    [400, 1],
    [429, 14],
  ]);
});
