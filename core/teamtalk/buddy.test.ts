// TeamTalk directory and presence commands over real TCP: departments and users since a watermark (and a directory
// too big for one PDU), users by id, online status (PC vs mobile) and its notifications, sign info and avatar changes
// told to everyone, P2P commands, device tokens, push shield, a phone kicking the PC client. Every reply's seq,
// service id and command id are checked.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Pdu } from "../../shared/codecs/tt-pdu.ts";
import { maxOutboundPduBytes } from "../../shared/codecs/tt-pdu.ts";
import { IM } from "../../proto/generated/im.js";
import { collect } from "../../test-kit/socket.ts";
import type { TeamTalkClient } from "../../test-kit/teamtalk-client.ts";
import { eventually, settlesWithin } from "../../test-kit/wait.ts";
import { closeWorlds, type User, worldWith } from "../../test-kit/world.ts";
import type { MessageType } from "./wire.ts";

const { ClientType, ServiceID, LoginCmdID, BuddyListCmdID: Cmd, SwitchServiceCmdID, UserStatType, KickReasonType } = IM.BaseDefine;
const { ONLINE, OFFLINE } = { ONLINE: UserStatType.USER_STATUS_ONLINE, OFFLINE: UserStatType.USER_STATUS_OFFLINE };

after(() => closeWorlds());

/** Sends a request and decodes its reply, checking that it has the request's seq and the reply's service and command. */
async function ask<Req, Rsp>(
  client: TeamTalkClient,
  [serviceId, commandId, reqType]: [number, number, MessageType<Req>],
  req: Req,
  [replyCommandId, rspType]: [number, MessageType<Rsp>],
): Promise<Rsp> {
  const seq = client.send(serviceId, commandId, reqType, req);
  const pdu = await client.reply(seq);
  assert.deepEqual([pdu.header.seq, pdu.header.serviceId, pdu.header.commandId], [seq, serviceId, replyCommandId]);
  return rspType.decode(pdu.body);
}

/** The next push (seq 0) with this service and command whose body matches. */
async function pushed<T>(client: TeamTalkClient, serviceId: number, commandId: number, type: MessageType<T>, match: (m: T) => boolean) {
  const is = (p: Pdu) => p.header.serviceId === serviceId && p.header.commandId === commandId && match(type.decode(p.body));
  const pdu = await client.next(is);
  assert.equal(pdu.header.seq, 0);
  return type.decode(pdu.body);
}

const received = (client: TeamTalkClient, commandId: number) => client.inbox.filter((p) => p.header.commandId === commandId);

const statusOf = async (client: TeamTalkClient, userId: number) =>
  (
    await pushed(
      client,
      ServiceID.SID_BUDDY_LIST,
      Cmd.CID_BUDDY_LIST_STATUS_NOTIFY,
      IM.Buddy.IMUserStatNotify,
      (m) => m.user_stat.user_id === userId,
    )
  ).user_stat.status;

const pcLoginOf = async (client: TeamTalkClient, userId: number) =>
  (
    await pushed(
      client,
      ServiceID.SID_BUDDY_LIST,
      Cmd.CID_BUDDY_LIST_PC_LOGIN_STATUS_NOTIFY,
      IM.Buddy.IMPCLoginStatusNotify,
      (m) => m.user_id === userId,
    )
  ).login_stat;

const departmentReq = [ServiceID.SID_BUDDY_LIST, Cmd.CID_BUDDY_LIST_DEPARTMENT_REQUEST, IM.Buddy.IMDepartmentReq] as const;
const departmentRsp = [Cmd.CID_BUDDY_LIST_DEPARTMENT_RESPONSE, IM.Buddy.IMDepartmentRsp] as const;
const allUserReq = [ServiceID.SID_BUDDY_LIST, Cmd.CID_BUDDY_LIST_ALL_USER_REQUEST, IM.Buddy.IMAllUserReq] as const;
const allUserRsp = [Cmd.CID_BUDDY_LIST_ALL_USER_RESPONSE, IM.Buddy.IMAllUserRsp] as const;
const usersInfoReq = [ServiceID.SID_BUDDY_LIST, Cmd.CID_BUDDY_LIST_USER_INFO_REQUEST, IM.Buddy.IMUsersInfoReq] as const;
const usersInfoRsp = [Cmd.CID_BUDDY_LIST_USER_INFO_RESPONSE, IM.Buddy.IMUsersInfoRsp] as const;

const departments = (client: TeamTalkClient, since: number) =>
  ask(client, [...departmentReq], { user_id: 0, latest_update_time: since }, [...departmentRsp]);
const allUsers = (client: TeamTalkClient, since: number) =>
  ask(client, [...allUserReq], { user_id: 0, latest_update_time: since }, [...allUserRsp]);
const usersInfo = (client: TeamTalkClient, ids: number[]) =>
  ask(client, [...usersInfoReq], { user_id: 0, user_id_list: ids }, [...usersInfoRsp]);

/** Far above any real updated_at (now), each test its own range, so that other tests' users do not show. */
const departmentsBase = 3_000_000_000;
const usersBase = 3_100_000_000;
const bigDirectoryBase = 3_200_000_000;

describe("directory", () => {
  test("IMDepartmentReq: departments changed after the watermark (exclusive), deleted ones too; the new watermark", async () => {
    const world = await worldWith();
    const client = await world.teamtalk(await world.user(), { clientType: ClientType.CLIENT_TYPE_ANDROID });
    const add = (name: string, parentId: number, status: number, updatedAt: number) =>
      world.db.$client.execute({
        sql: "INSERT INTO departments (name, priority, parent_id, status, updated_at) VALUES (?, 5, ?, ?, ?) RETURNING id",
        args: [name, parentId, status, updatedAt],
      });
    const rd = Number((await add("研发部", 0, 0, departmentsBase + 1)).rows[0].id);
    const old = Number((await add("old\u0000team", rd, 1, departmentsBase + 2)).rows[0].id);
    const all = await departments(client, departmentsBase);
    assert.equal(all.latest_update_time, departmentsBase + 2);
    assert.deepEqual(
      all.dept_list!.map((d) => [d.dept_id, d.dept_name, d.priority, d.parent_dept_id, d.dept_status]),
      [
        [rd, "研发部", 5, 0, 0],
        [old, "old\u0000team", 5, rd, 1],
      ],
    );
    const later = await departments(client, departmentsBase + 1);
    assert.deepEqual(
      later.dept_list!.map((d) => d.dept_id),
      [old],
    );
    const none = await departments(client, departmentsBase + 2);
    assert.deepEqual([none.dept_list!.length, none.latest_update_time], [0, departmentsBase + 2]);
  });

  test("IMAllUserReq: 0 = every user but those who left; T = users changed at or after T, any status", async () => {
    const world = await worldWith();
    const [me, stays, left] = [await world.user(), await world.user(), await world.user()];
    const client = await world.teamtalk(me, { clientType: ClientType.CLIENT_TYPE_ANDROID });
    const set = (u: User, updatedAt: number, status = 0) =>
      world.db.$client.execute({ sql: "UPDATE users SET updated_at = ?, status = ? WHERE id = ?", args: [updatedAt, status, u.userId] });
    await set(stays, usersBase + 1);
    await set(left, usersBase + 2, 3);
    const changed = await allUsers(client, usersBase + 1);
    assert.equal(changed.user_id, me.userId);
    assert.equal(changed.latest_update_time, usersBase + 2);
    assert.deepEqual(
      changed.user_list!.map((u) => [u.user_id, u.status, u.user_tel]),
      [
        [stays.userId, 0, stays.phone],
        [left.userId, 3, left.phone],
      ],
    );
    const again = await allUsers(client, usersBase + 2);
    assert.deepEqual(
      again.user_list!.map((u) => u.user_id),
      [left.userId],
      "inclusive: the newest comes back",
    );
    const full = await allUsers(client, 0);
    const ids = full.user_list!.map((u) => u.user_id);
    assert.ok(ids.includes(me.userId) && ids.includes(stays.userId) && !ids.includes(left.userId));
    assert.equal(full.latest_update_time, usersBase + 1);
    const none = await allUsers(client, usersBase + 3);
    assert.deepEqual([none.user_list!.length, none.latest_update_time], [0, usersBase + 3]);
  });

  test("a directory bigger than one PDU is cut between two seconds; the next request from the watermark gets the rest", async () => {
    const world = await worldWith();
    const client = await world.teamtalk(await world.user(), { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const nickname = "n".repeat(1000);
    const rows = Array.from({ length: 450 }, (_, i) => ({
      sql: "INSERT INTO users (login_name, nickname, password_verifier, updated_at) VALUES (?, ?, 'x', ?)",
      args: [`big-${i}`, nickname, bigDirectoryBase + 1 + Math.floor(i / 150)],
    }));
    await world.db.$client.batch(rows, "write");
    const seq = client.send(...allUserReq, { user_id: 0, latest_update_time: bigDirectoryBase });
    const pdu = await client.reply(seq);
    assert.ok(pdu.header.length <= maxOutboundPduBytes, `${pdu.header.length} bytes`);
    const first = IM.Buddy.IMAllUserRsp.decode(pdu.body);
    assert.equal(first.user_list!.length, 300, "the third second did not fit whole: left for the next request");
    assert.equal(first.latest_update_time, bigDirectoryBase + 2);
    const rest = await allUsers(client, first.latest_update_time);
    assert.equal(rest.latest_update_time, bigDirectoryBase + 3);
    const seen = new Set([...first.user_list!, ...rest.user_list!].map((u) => u.user_real_name));
    assert.equal(seen.size, 450, "every user listed");
  });

  test("IMUsersInfoReq: any status, unknown ids left out", async () => {
    const world = await worldWith();
    const [me, left] = [await world.user(), await world.user()];
    await world.db.$client.execute({ sql: "UPDATE users SET status = 3 WHERE id = ?", args: [left.userId] });
    const client = await world.teamtalk(me, { clientType: ClientType.CLIENT_TYPE_ANDROID });
    const rsp = await usersInfo(client, [left.userId, 987_654_321, me.userId]);
    assert.equal(rsp.user_id, me.userId);
    assert.deepEqual(
      rsp.user_info_list!.map((u) => [u.user_id, u.status, u.user_tel]),
      [
        [me.userId, 0, me.phone],
        [left.userId, 3, left.phone],
      ],
    );
  });
});

describe("online status", () => {
  test("IMUsersStatReq: ONLINE iff a PC connection is logged in; one entry per id, in order", async () => {
    const world = await worldWith();
    const [pcUser, phoneUser, nobody] = [await world.user(), await world.user(), await world.user()];
    await world.teamtalk(pcUser, { clientType: ClientType.CLIENT_TYPE_MAC });
    const phone = await world.teamtalk(phoneUser, { clientType: ClientType.CLIENT_TYPE_IOS });
    const rsp = await ask(
      phone,
      [ServiceID.SID_BUDDY_LIST, Cmd.CID_BUDDY_LIST_USERS_STATUS_REQUEST, IM.Buddy.IMUsersStatReq],
      { user_id: 0, user_id_list: [pcUser.userId, phoneUser.userId, nobody.userId, pcUser.userId] },
      [Cmd.CID_BUDDY_LIST_USERS_STATUS_RESPONSE, IM.Buddy.IMUsersStatRsp],
    );
    assert.equal(rsp.user_id, phoneUser.userId);
    assert.deepEqual(
      rsp.user_stat_list!.map((s) => [s.user_id, s.status]),
      [
        [pcUser.userId, ONLINE],
        [phoneUser.userId, OFFLINE],
        [nobody.userId, OFFLINE],
        [pcUser.userId, ONLINE],
      ],
    );
  });

  test("a first PC login: ONLINE to every PC connection and PC-on to the user's phones; the last PC gone: OFFLINE", async () => {
    const world = await worldWith();
    const [watcher, user] = [await world.user(), await world.user()];
    const wPc = await world.teamtalk(watcher, { clientType: ClientType.CLIENT_TYPE_MAC });
    const wPhone = await world.teamtalk(watcher, { clientType: ClientType.CLIENT_TYPE_ANDROID });
    const uPhone = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_IOS }); // a mobile login announces nothing
    const uPc = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    assert.equal(await statusOf(wPc, user.userId), ONLINE, "the first status about the user is the PC login's");
    assert.equal(await statusOf(uPc, user.userId), ONLINE, "the user's own PC too");
    assert.equal(await pcLoginOf(uPhone, user.userId), ONLINE);
    const uPhone2 = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_ANDROID }); // a phone logging in while the PC is on
    assert.equal(await pcLoginOf(uPhone2, user.userId), ONLINE);
    uPc.socket.destroy();
    assert.equal(await statusOf(wPc, user.userId), OFFLINE);
    assert.equal(await pcLoginOf(uPhone2, user.userId), OFFLINE);
    assert.deepEqual([...received(wPhone, Cmd.CID_BUDDY_LIST_STATUS_NOTIFY), ...received(uPhone2, Cmd.CID_BUDDY_LIST_STATUS_NOTIFY)], []);
    assert.deepEqual(received(wPc, Cmd.CID_BUDDY_LIST_PC_LOGIN_STATUS_NOTIFY), [], "PC connections never get the PC login status");
  });

  test("a second PC login replacing the first changes nothing for the others; its going is one OFFLINE", async () => {
    const world = await worldWith();
    const [watcher, user, marker] = [await world.user(), await world.user(), await world.user()];
    const w = await world.teamtalk(watcher, { clientType: ClientType.CLIENT_TYPE_MAC });
    const pc1 = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    assert.equal(await statusOf(w, user.userId), ONLINE);
    const pc2 = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_MAC });
    assert.ok(await settlesWithin(pc1.closed, 5_000), "the older PC login is kicked");
    pc2.socket.destroy();
    assert.equal(await statusOf(w, user.userId), OFFLINE);
    await world.teamtalk(marker, { clientType: ClientType.CLIENT_TYPE_WINDOWS }); // later in the log than anything about the user
    assert.equal(await statusOf(w, marker.userId), ONLINE);
    const aboutUser = received(w, Cmd.CID_BUDDY_LIST_STATUS_NOTIFY).filter(
      (p) => IM.Buddy.IMUserStatNotify.decode(p.body).user_stat.user_id === user.userId,
    );
    assert.deepEqual(aboutUser, []);
  });

  test("IMKickPCClientReq from a phone: the PC gets IMKickUser reason 2 and is closed, then goes OFFLINE; from a PC: ignored", async () => {
    const world = await worldWith();
    const [watcher, user] = [await world.user(), await world.user()];
    const w = await world.teamtalk(watcher, { clientType: ClientType.CLIENT_TYPE_MAC });
    const pc = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const phone = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_ANDROID });
    assert.equal(await statusOf(w, user.userId), ONLINE);
    const kickReq = [ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_REQ_KICKPCCLIENT, IM.Login.IMKickPCClientReq] as const;
    pc.send(...kickReq, { user_id: user.userId });
    await pc.heartbeat();
    assert.deepEqual(received(pc, LoginCmdID.CID_LOGIN_RES_KICKPCCLIENT), [], "no reply to a PC");
    const rsp = await ask(phone, [...kickReq], { user_id: 0 }, [LoginCmdID.CID_LOGIN_RES_KICKPCCLIENT, IM.Login.IMKickPCClientRsp]);
    assert.deepEqual([rsp.user_id, rsp.result_code], [user.userId, 0]);
    const kick = await pushed(pc, ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_KICK_USER, IM.Login.IMKickUser, () => true);
    assert.deepEqual([kick.user_id, kick.kick_reason], [user.userId, KickReasonType.KICK_REASON_MOBILE_KICK]);
    assert.ok(await settlesWithin(pc.closed, 5_000));
    assert.equal(await statusOf(w, user.userId), OFFLINE);
    assert.equal(await pcLoginOf(phone, user.userId), ONLINE, "heard when the phone logged in");
    assert.equal(await pcLoginOf(phone, user.userId), OFFLINE);
  });
});

describe("profile changes", () => {
  test("IMChangeSignInfoReq: stored, answered, told to every connection of every online user; over 128 bytes: result 1", async () => {
    const world = await worldWith();
    const [watcher, user, jsUser] = [await world.user(), await world.user(), await world.user()];
    const wPc = await world.teamtalk(watcher, { clientType: ClientType.CLIENT_TYPE_MAC });
    const wPhone = await world.teamtalk(watcher, { clientType: ClientType.CLIENT_TYPE_ANDROID });
    const uPc = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const js = await world.connect(jsUser);
    const since = Math.floor(Date.now() / 1000);
    const change = (sign: string) =>
      ask(
        uPc,
        [ServiceID.SID_BUDDY_LIST, Cmd.CID_BUDDY_LIST_CHANGE_SIGN_INFO_REQUEST, IM.Buddy.IMChangeSignInfoReq],
        { user_id: 0, sign_info: sign },
        [Cmd.CID_BUDDY_LIST_CHANGE_SIGN_INFO_RESPONSE, IM.Buddy.IMChangeSignInfoRsp],
      );
    const ok = await change("今天很忙 ✓");
    assert.deepEqual([ok.user_id, ok.result_code, ok.sign_info], [user.userId, 0, "今天很忙 ✓"]);
    for (const c of [wPc, wPhone, uPc]) {
      const n = await pushed(
        c,
        ServiceID.SID_BUDDY_LIST,
        Cmd.CID_BUDDY_LIST_SIGN_INFO_CHANGED_NOTIFY,
        IM.Buddy.IMSignInfoChangedNotify,
        (m) => m.changed_user_id === user.userId,
      );
      assert.equal(n.sign_info, "今天很忙 ✓");
    }
    const tooLong = await change("签".repeat(43)); // 129 bytes
    assert.deepEqual([tooLong.result_code, Object.hasOwn(tooLong, "sign_info")], [1, false]);
    const [stored] = (await usersInfo(wPhone, [user.userId])).user_info_list!;
    assert.equal(stored.sign_info, "今天很忙 ✓");
    const changed = await allUsers(wPhone, since);
    assert.ok(
      changed.user_list!.some((u) => u.user_id === user.userId && u.sign_info === "今天很忙 ✓"),
      "updated_at moved",
    );
    await uPc.sendText(user.userId, jsUser.userId, "after the sign info");
    const [push] = await collect(js, 1);
    assert.equal(push.content, "after the sign info", "the JSON socket got nothing for the sign info");
  });

  test("IMChangeAvatarReq: stored, result 0, IMAvatarChangedNotify to everyone online", async () => {
    const world = await worldWith();
    const [watcher, user] = [await world.user(), await world.user()];
    const w = await world.teamtalk(watcher, { clientType: ClientType.CLIENT_TYPE_ANDROID });
    const u = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_MAC });
    const url = "http://img.example.com/a/1.png";
    const rsp = await ask(
      u,
      [ServiceID.SID_BUDDY_LIST, Cmd.CID_BUDDY_LIST_CHANGE_AVATAR_REQUEST, IM.Buddy.IMChangeAvatarReq],
      { user_id: 0, avatar_url: url },
      [Cmd.CID_BUDDY_LIST_CHANGE_AVATAR_RESPONSE, IM.Buddy.IMChangeAvatarRsp],
    );
    assert.deepEqual([rsp.user_id, rsp.result_code], [user.userId, 0]);
    for (const c of [w, u]) {
      const n = await pushed(
        c,
        ServiceID.SID_BUDDY_LIST,
        Cmd.CID_BUDDY_LIST_AVATAR_CHANGED_NOTIFY,
        IM.Buddy.IMAvatarChangedNotify,
        (m) => m.changed_user_id === user.userId,
      );
      assert.equal(n.avatar_url, url);
    }
    assert.equal((await usersInfo(w, [user.userId])).user_info_list![0].avatar_url, url);
  });
});

describe("other commands", () => {
  test("IMP2PCmdMsg: relayed to every connection of the target and the sender's others, from the sender, not to the sending one", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const aPc = await world.teamtalk(alice, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const aPhone = await world.teamtalk(alice, { clientType: ClientType.CLIENT_TYPE_ANDROID });
    const bPc = await world.teamtalk(bob, { clientType: ClientType.CLIENT_TYPE_MAC });
    const bPhone = await world.teamtalk(bob, { clientType: ClientType.CLIENT_TYPE_IOS });
    const typing = '{"service_id":2,"cmd_id":131073,"content":"writing"}';
    const p2p = [ServiceID.SID_SWITCH_SERVICE, SwitchServiceCmdID.CID_SWITCH_P2P_CMD, IM.SwitchService.IMP2PCmdMsg] as const;
    aPc.send(...p2p, { from_user_id: 424242, to_user_id: bob.userId, cmd_msg_data: typing });
    for (const c of [bPc, bPhone, aPhone]) {
      const got = await pushed(c, ...p2p, (m) => m.cmd_msg_data === typing);
      assert.deepEqual([got.from_user_id, got.to_user_id], [alice.userId, bob.userId]);
    }
    bPc.send(...p2p, { from_user_id: bob.userId, to_user_id: alice.userId, cmd_msg_data: "back" });
    await pushed(aPc, ...p2p, (m) => m.cmd_msg_data === "back"); // later in the log than alice's own
    assert.deepEqual(received(aPc, SwitchServiceCmdID.CID_SWITCH_P2P_CMD), [], "nothing back to the sending connection, no reply");
  });

  test("IMDeviceTokenReq: a phone's token stored and answered, a PC's ignored; a token moves to its last user; logout clears it", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const tokenOf = async (u: User) =>
      (
        await world.db.$client.execute({ sql: "SELECT token, client_type FROM device_tokens WHERE user_id = ?", args: [u.userId] })
      ).rows.map((r) => [r.token, r.client_type]);
    const req = [ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_REQ_DEVICETOKEN, IM.Login.IMDeviceTokenReq] as const;
    const rsp = [LoginCmdID.CID_LOGIN_RES_DEVICETOKEN, IM.Login.IMDeviceTokenRsp] as const;
    const aPhone = await world.teamtalk(alice, { clientType: ClientType.CLIENT_TYPE_IOS });
    const answered = await ask(aPhone, [...req], { user_id: 0, device_token: "apns-token-1", client_type: 17 }, [...rsp]);
    assert.equal(answered.user_id, alice.userId);
    assert.deepEqual(await tokenOf(alice), [["apns-token-1", ClientType.CLIENT_TYPE_IOS]]);
    const aPc = await world.teamtalk(alice, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    aPc.send(...req, { user_id: 0, device_token: "pc-token" });
    await aPc.heartbeat();
    assert.deepEqual(received(aPc, LoginCmdID.CID_LOGIN_RES_DEVICETOKEN), []);
    const bPhone = await world.teamtalk(bob, { clientType: ClientType.CLIENT_TYPE_ANDROID });
    await ask(bPhone, [...req], { user_id: 0, device_token: "apns-token-1" }, [...rsp]);
    assert.deepEqual([await tokenOf(alice), await tokenOf(bob)], [[], [["apns-token-1", ClientType.CLIENT_TYPE_ANDROID]]]);
    const seq = bPhone.send(ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_REQ_LOGINOUT, IM.Login.IMLogoutReq, {});
    await bPhone.reply(seq);
    await eventually(async () => (await tokenOf(bob)).length === 0, "the token is cleared at logout");
  });

  test("IMPushShieldReq sets 1 or 0 (anything else: result 1); IMQueryPushShieldReq reads it", async () => {
    const world = await worldWith();
    const user = await world.user();
    const phone = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_IOS });
    const shield = (status: number) =>
      ask(
        phone,
        [ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_REQ_PUSH_SHIELD, IM.Login.IMPushShieldReq],
        { user_id: 0, shield_status: status },
        [LoginCmdID.CID_LOGIN_RES_PUSH_SHIELD, IM.Login.IMPushShieldRsp],
      );
    const query = () =>
      ask(phone, [ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_REQ_QUERY_PUSH_SHIELD, IM.Login.IMQueryPushShieldReq], { user_id: 0 }, [
        LoginCmdID.CID_LOGIN_RES_QUERY_PUSH_SHIELD,
        IM.Login.IMQueryPushShieldRsp,
      ]);
    assert.deepEqual((await query()).shield_status, 0);
    const on = await shield(1);
    assert.deepEqual([on.user_id, on.result_code, on.shield_status], [user.userId, 0, 1]);
    const bad = await shield(5);
    assert.deepEqual([bad.result_code, Object.hasOwn(bad, "shield_status")], [1, false]);
    const q = await query();
    assert.deepEqual([q.user_id, q.result_code, q.shield_status], [user.userId, 0, 1]);
  });
});
