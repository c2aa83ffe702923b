// TeamTalk group commands over real TCP (teamtalk.md §5.4, §6, §8.13): the NORMAL group list, group infos by version
// (members only), TMP groups made by clients (and seen by a JSON-socket member), member changes with their permission
// rules and the notify every member gets but the asking connection (also across two core nodes), and shield.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Pdu } from "../../shared/codecs/tt-pdu.ts";
import { groupMembers } from "../../shared/db/schema.ts";
import { requireGroup } from "../../shared/domain/groups.ts";
import { IM } from "../../proto/generated/im.js";
import { collect, isPush, send } from "../../test-kit/socket.ts";
import type { TeamTalkClient } from "../../test-kit/teamtalk-client.ts";
import { closeWorlds, type User, worldWith } from "../../test-kit/world.ts";
import type { MessageType } from "./wire.ts";

const { ClientType, GroupCmdID, GroupModifyType, GroupType, ServiceID } = IM.BaseDefine;
const { Group } = IM;
const { GROUP_MODIFY_TYPE_ADD: add, GROUP_MODIFY_TYPE_DEL: del } = GroupModifyType;

after(() => closeWorlds());

/** Sends a group request; resolves with the reply's PDU after checking its service and command ids. */
async function ask<T>(client: TeamTalkClient, commandId: number, type: MessageType<T>, message: T): Promise<Pdu> {
  const reply = await client.reply(client.send(ServiceID.SID_GROUP, commandId, type, message));
  assert.deepEqual([reply.header.serviceId, reply.header.commandId], [ServiceID.SID_GROUP, commandId + 1]);
  return reply;
}

/** Sends a request that must get no reply: a heartbeat sent after it comes back first, and nothing else came. */
async function unanswered<T>(client: TeamTalkClient, commandId: number, type: MessageType<T>, message: T): Promise<void> {
  const seq = client.send(ServiceID.SID_GROUP, commandId, type, message);
  await client.heartbeat();
  assert.deepEqual(
    client.inbox.filter((p) => p.header.seq === seq),
    [],
  );
}

async function normalList(client: TeamTalkClient) {
  const req = Group.IMNormalGroupListReq.create({ user_id: 0 });
  return Group.IMNormalGroupListRsp.decode(
    (await ask(client, GroupCmdID.CID_GROUP_NORMAL_LIST_REQUEST, Group.IMNormalGroupListReq, req)).body,
  );
}

async function infos(client: TeamTalkClient, known: [groupId: number, version: number][]) {
  const req = Group.IMGroupInfoListReq.create({
    user_id: 0,
    group_version_list: known.map(([group_id, version]) => ({ group_id, version })),
  });
  return Group.IMGroupInfoListRsp.decode((await ask(client, GroupCmdID.CID_GROUP_INFO_REQUEST, Group.IMGroupInfoListReq, req)).body);
}

const createReq = (members: User[], name = "tmp group", group_type: number = GroupType.GROUP_TYPE_TMP) =>
  Group.IMGroupCreateReq.create({
    user_id: 0,
    group_type,
    group_name: name,
    group_avatar: "",
    member_id_list: members.map((u) => u.userId),
  });

async function create(client: TeamTalkClient, members: User[], name?: string) {
  const reply = await ask(client, GroupCmdID.CID_GROUP_CREATE_REQUEST, Group.IMGroupCreateReq, createReq(members, name));
  return Group.IMGroupCreateRsp.decode(reply.body);
}

const changeReq = (groupId: number, changeType: number, members: User[]) =>
  Group.IMGroupChangeMemberReq.create({
    user_id: 0,
    change_type: changeType,
    group_id: groupId,
    member_id_list: members.map((u) => u.userId),
  });

async function change(client: TeamTalkClient, groupId: number, changeType: number, members: User[]) {
  const reply = await ask(
    client,
    GroupCmdID.CID_GROUP_CHANGE_MEMBER_REQUEST,
    Group.IMGroupChangeMemberReq,
    changeReq(groupId, changeType, members),
  );
  return Group.IMGroupChangeMemberRsp.decode(reply.body);
}

async function shield(client: TeamTalkClient, groupId: number, status: number) {
  const req = Group.IMGroupShieldReq.create({ user_id: 0, group_id: groupId, shield_status: status });
  return Group.IMGroupShieldRsp.decode((await ask(client, GroupCmdID.CID_GROUP_SHIELD_GROUP_REQUEST, Group.IMGroupShieldReq, req)).body);
}

const isNotify = (p: Pdu) => p.header.commandId === GroupCmdID.CID_GROUP_CHANGE_MEMBER_NOTIFY;

/** The next IMGroupChangeMemberNotify, checked to be a push (seq 0) of the group service. */
async function nextNotify(client: TeamTalkClient) {
  const pdu = await client.next(isNotify);
  assert.deepEqual([pdu.header.seq, pdu.header.serviceId], [0, ServiceID.SID_GROUP]);
  const n = Group.IMGroupChangeMemberNotify.decode(pdu.body);
  return {
    actor: n.user_id,
    type: n.change_type,
    group: n.group_id,
    cur: [...n.cur_user_id_list].sort(),
    chg: [...n.chg_user_id_list].sort(),
  };
}

/** No notify came: the heartbeat came back first and the inbox holds none. */
async function noNotify(client: TeamTalkClient): Promise<void> {
  await client.heartbeat();
  assert.deepEqual(client.inbox.filter(isNotify), []);
}

const ids = (...users: User[]) => users.map((u) => u.userId).sort();

describe("lists and infos", () => {
  test("IMNormalGroupListReq: the caller's NORMAL groups with their versions; TMP groups and groups left are not listed", async () => {
    const world = await worldWith();
    const [me, other] = [await world.user(), await world.user()];
    const normal = await world.group(other, me);
    const notMine = await world.group(other);
    const c = await world.teamtalk(me);
    const tmp = await create(c, [me, other]);
    assert.equal(tmp.result_code, 0);
    const list = await normalList(c);
    assert.equal(list.user_id, me.userId);
    assert.deepEqual(
      list.group_version_list.map((g) => [g.group_id, g.version]),
      [[normal, 2]],
    );
    assert.ok(!list.group_version_list.some((g) => g.group_id === notMine || g.group_id === tmp.group_id));
  });

  test("IMGroupInfoListReq: full infos of the groups whose version is newer, members only (others and unknown ids left out)", async () => {
    const world = await worldWith();
    const [me, other] = [await world.user(), await world.user()];
    const normal = await world.group(other, me);
    const notMine = await world.group(other);
    const c = await world.teamtalk(me);
    const tmp = await create(c, [other], "临时群");
    const rsp = await infos(c, [
      [normal, 0],
      [tmp.group_id, 1],
      [notMine, 0],
      [999_999, 0],
    ]);
    assert.equal(rsp.user_id, me.userId);
    assert.deepEqual(
      rsp.group_info_list.map((g) => ({ ...g, group_member_list: [...(g.group_member_list ?? [])].sort() })),
      [
        {
          group_id: normal,
          version: 2,
          group_name: "群聊",
          group_avatar: "",
          group_creator_id: other.userId,
          group_type: GroupType.GROUP_TYPE_NORMAL,
          shield_status: 0,
          group_member_list: ids(other, me),
        },
      ],
      "the TMP group is at version 1, as asked: not sent",
    );
    const [tmpInfo] = (await infos(c, [[tmp.group_id, 0]])).group_info_list;
    assert.deepEqual(
      [tmpInfo.group_name, tmpInfo.group_type, tmpInfo.version, tmpInfo.group_creator_id, [...(tmpInfo.group_member_list ?? [])].sort()],
      ["临时群", GroupType.GROUP_TYPE_TMP, 1, me.userId, ids(me, other)],
    );
  });
});

describe("IMGroupCreateReq", () => {
  test("makes a TMP group of the creator and the listed users, version 1; a JSON-socket member sees it and sends to it", async () => {
    const world = await worldWith();
    const [me, ttMember, jsMember] = [await world.user(), await world.user(), await world.user()];
    const c = await world.teamtalk(me);
    const m = await world.teamtalk(ttMember);
    const rsp = await create(c, [ttMember, jsMember, ttMember]);
    assert.deepEqual(
      [rsp.user_id, rsp.result_code, rsp.group_name, [...rsp.user_id_list].sort()],
      [me.userId, 0, "tmp group", ids(me, ttMember, jsMember)],
    );
    const group = await requireGroup(world.db, rsp.group_id);
    assert.deepEqual([group.type, group.version, group.creatorId], [GroupType.GROUP_TYPE_TMP, 1, me.userId]);
    await noNotify(m); // members are not told (§8.13)
    const groups = (await world.ok(jsMember, "com.user.getGroups")) as Record<string, { user_id: number }[]>;
    assert.deepEqual(groups[rsp.group_id].map((r) => r.user_id).sort(), ids(me, ttMember, jsMember));
    const j = await world.connect(jsMember);
    await send(j, { group: rsp.group_id }, "hello from the JSON socket");
    for (const tt of [c, m]) assert.equal((await tt.nextMessage()).text, "hello from the JSON socket");
  });

  test("NORMAL is ignored without a reply; an empty name or an unknown member gets result 1 and makes nothing", async () => {
    const world = await worldWith();
    const [me, other] = [await world.user(), await world.user()];
    const c = await world.teamtalk(me);
    await unanswered(c, GroupCmdID.CID_GROUP_CREATE_REQUEST, Group.IMGroupCreateReq, createReq([other], "x", GroupType.GROUP_TYPE_NORMAL));
    const empty = await create(c, [other], "");
    assert.deepEqual([empty.result_code, empty.group_id, empty.user_id_list], [1, 0, []]);
    const unknown = await create(c, [other, { userId: 999_999, token: "", phone: "" }]);
    assert.equal(unknown.result_code, 1);
    assert.deepEqual((await normalList(c)).group_version_list, []);
  });
});

describe("IMGroupChangeMemberReq", () => {
  test("add and remove: the reply's lists, version +1 each, and the notify to every member's connections but the asking one", async () => {
    const world = await worldWith();
    const [creator, stays, added1, added2, jsAdded] = [
      await world.user(),
      await world.user(),
      await world.user(),
      await world.user(),
      await world.user(),
    ];
    const asking = await world.teamtalk(creator);
    const creatorPc = await world.teamtalk(creator, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const [s, a1, a2] = [await world.teamtalk(stays), await world.teamtalk(added1), await world.teamtalk(added2)];
    const j = await world.connect(jsAdded);
    const { group_id: g } = await create(asking, [stays]);

    const added = await change(asking, g, add, [added1, added2, jsAdded, stays]);
    assert.deepEqual(
      [
        added.user_id,
        added.change_type,
        added.result_code,
        added.group_id,
        [...added.chg_user_id_list].sort(),
        [...added.cur_user_id_list].sort(),
      ],
      [creator.userId, add, 0, g, ids(added1, added2, jsAdded), ids(creator, stays, added1, added2, jsAdded)],
    );
    const addNotify = {
      actor: creator.userId,
      type: add,
      group: g,
      cur: ids(creator, stays, added1, added2, jsAdded),
      chg: ids(added1, added2, jsAdded),
    };
    for (const tt of [creatorPc, s, a1, a2]) assert.deepEqual(await nextNotify(tt), addNotify);
    const joined = await collect(j, 3, isPush("addGroup", "joined"));
    assert.deepEqual(joined.map((p) => p.friend_id).sort(), ids(added1, added2, jsAdded), "the JSON socket: one push per member");
    await noNotify(asking);
    assert.equal((await requireGroup(world.db, g)).version, 2);

    const removed = await change(asking, g, del, [added1, jsAdded]);
    assert.deepEqual(
      [removed.result_code, [...removed.chg_user_id_list].sort(), [...removed.cur_user_id_list].sort()],
      [0, ids(added1, jsAdded), ids(creator, stays, added2)],
    );
    const delNotify = { actor: creator.userId, type: del, group: g, cur: ids(creator, stays, added2), chg: ids(added1, jsAdded) };
    for (const tt of [creatorPc, s, a1, a2]) assert.deepEqual(await nextNotify(tt), delNotify, "the removed member is told too");
    const gone = await collect(j, 2, isPush("addGroup", "removed"));
    assert.deepEqual(gone.map((p) => p.friend_id).sort(), ids(added1, jsAdded), "the JSON-socket member hears of both, its own too");
    await noNotify(asking);
    assert.equal((await requireGroup(world.db, g)).version, 3);

    await asking.sendText(creator.userId, g, "after the removal", true);
    assert.equal((await s.nextMessage()).text, "after the removal");
    await noNotify(a1);
    assert.deepEqual(a1.inbox, [], "a removed member gets nothing of the group any more");
  });

  test("anyone may add to a TMP group; only the creator removes, and only the creator adds to a NORMAL group", async () => {
    const world = await worldWith();
    const [creator, member, outsider, newcomer] = [await world.user(), await world.user(), await world.user(), await world.user()];
    const c = await world.teamtalk(creator);
    const m = await world.teamtalk(member);
    const o = await world.teamtalk(outsider);
    const { group_id: tmp } = await create(c, [member]);
    const byOutsider = await change(o, tmp, add, [newcomer]);
    assert.deepEqual([byOutsider.result_code, byOutsider.chg_user_id_list], [0, [newcomer.userId]]);
    const byOutsiderNotify = { actor: outsider.userId, type: add, group: tmp, cur: ids(creator, member, newcomer), chg: [newcomer.userId] };
    for (const tt of [c, m]) assert.deepEqual(await nextNotify(tt), byOutsiderNotify);

    const refusedRemove = await change(m, tmp, del, [newcomer]);
    assert.deepEqual(
      [refusedRemove.result_code, refusedRemove.group_id, refusedRemove.chg_user_id_list, refusedRemove.cur_user_id_list],
      [1, tmp, [], []],
    );
    const normal = await world.group(creator, member);
    const signedApiJoin = { actor: member.userId, type: add, group: normal, cur: ids(creator, member), chg: [member.userId] };
    for (const tt of [c, m]) assert.deepEqual(await nextNotify(tt), signedApiJoin, "a join through the signed API is told too");
    assert.equal((await change(m, normal, add, [outsider])).result_code, 1, "a member who is not the creator");
    assert.equal((await change(c, normal, add, [outsider])).result_code, 0, "the creator");
    assert.deepEqual((await nextNotify(m)).chg, [outsider.userId]);
    assert.equal((await requireGroup(world.db, tmp)).version, 2, "refusals change nothing");
    await noNotify(m);
    await noNotify(c);
    await unanswered(m, GroupCmdID.CID_GROUP_CHANGE_MEMBER_REQUEST, Group.IMGroupChangeMemberReq, changeReq(999_999, add, [outsider]));
    await unanswered(m, GroupCmdID.CID_GROUP_CHANGE_MEMBER_REQUEST, Group.IMGroupChangeMemberReq, changeReq(tmp, 3, [outsider]));
  });

  test("the notify reaches a member on another core node", async () => {
    const world = await worldWith();
    const other = await world.addNode();
    const [creator, far, added] = [await world.user(), await world.user(), await world.user()];
    const c = await world.teamtalk(creator);
    const f = await world.teamtalk(far, { clientType: ClientType.CLIENT_TYPE_MAC, core: other });
    const { group_id: g } = await create(c, [far]);
    await change(c, g, add, [added]);
    assert.deepEqual(await nextNotify(f), {
      actor: creator.userId,
      type: add,
      group: g,
      cur: ids(creator, far, added),
      chg: [added.userId],
    });
    await world.stopNode(other);
  });
});

describe("IMGroupShieldReq", () => {
  test("a member's flag is stored and shown back in its infos; a non-member gets result 1; an unknown group no reply", async () => {
    const world = await worldWith();
    const [me, other] = [await world.user(), await world.user()];
    const c = await world.teamtalk(me);
    const o = await world.teamtalk(other);
    const { group_id: g } = await create(c, []);
    const shielded = await shield(c, g, 1);
    assert.deepEqual([shielded.user_id, shielded.group_id, shielded.result_code], [me.userId, g, 0]);
    const rows = await world.db.select({ userId: groupMembers.userId, shield: groupMembers.shield }).from(groupMembers);
    assert.deepEqual(rows.find((r) => r.userId === me.userId)?.shield, 1);
    assert.equal((await infos(c, [[g, 0]])).group_info_list[0].shield_status, 1);
    assert.equal((await shield(c, g, 0)).result_code, 0);
    assert.equal((await infos(c, [[g, 0]])).group_info_list[0].shield_status, 0);
    assert.equal((await shield(o, g, 1)).result_code, 1);
    await unanswered(
      c,
      GroupCmdID.CID_GROUP_SHIELD_GROUP_REQUEST,
      Group.IMGroupShieldReq,
      Group.IMGroupShieldReq.create({ user_id: 0, group_id: 999_999, shield_status: 1 }),
    );
  });
});
