// The stock Android client's sequence after a login (teamtalk.md §14), end to end against one server: a user who was
// offline while a JSON-socket friend wrote to them and to their group logs in on TeamTalk, syncs the directory,
// sessions, groups and unread counts, reads the history, acks it, and chats live with the JSON-socket user.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import type { Pdu } from "../../shared/codecs/tt-pdu.ts";
import { decryptText } from "../../shared/crypto/teamtalk-text.ts";
import { IM } from "../../proto/generated/im.js";
import { collect, send } from "../../test-kit/socket.ts";
import { TeamTalkClient } from "../../test-kit/teamtalk-client.ts";
import { closeWorlds, worldWith } from "../../test-kit/world.ts";
import type { MessageType } from "./wire.ts";

const { ServiceID, BuddyListCmdID, GroupCmdID, MessageCmdID, FileCmdID, SessionType } = IM.BaseDefine;

after(() => closeWorlds());

test("login, departments, all users, recent sessions, groups, unread counts, group infos, history, read ack, live chat", async () => {
  const world = await worldWith();
  const [alice, bob] = [await world.user(), await world.user()];
  const groupId = await world.group(bob, alice);
  const bobSocket = await world.connect(bob);
  await send(bobSocket, { user: alice }, "first while you were away");
  await send(bobSocket, { user: alice }, "second while you were away");
  await send(bobSocket, { group: groupId }, "to the group");

  const android = await TeamTalkClient.connect(world.core.msg.port);
  try {
    const login = await android.login(alice.phone, "secret1");
    assert.equal(login.result_code, 0);

    /** Sends a request and decodes its reply, checking the reply's ids and the echoed seq. */
    async function ask<Q, R>(
      service: number,
      cmd: number,
      reqType: MessageType<Q>,
      req: Q,
      rspCmd: number,
      rspType: MessageType<R>,
    ): Promise<R> {
      const seq = android.send(service, cmd, reqType, req);
      const reply: Pdu = await android.reply(seq);
      assert.deepEqual([reply.header.serviceId, reply.header.commandId, reply.header.seq], [service, rspCmd, seq]);
      return rspType.decode(reply.body);
    }
    const me = alice.userId;

    const depts = await ask(
      ServiceID.SID_BUDDY_LIST,
      BuddyListCmdID.CID_BUDDY_LIST_DEPARTMENT_REQUEST,
      IM.Buddy.IMDepartmentReq,
      IM.Buddy.IMDepartmentReq.create({ user_id: me, latest_update_time: 0 }),
      BuddyListCmdID.CID_BUDDY_LIST_DEPARTMENT_RESPONSE,
      IM.Buddy.IMDepartmentRsp,
    );
    assert.equal(depts.user_id, me);

    const users = await ask(
      ServiceID.SID_BUDDY_LIST,
      BuddyListCmdID.CID_BUDDY_LIST_ALL_USER_REQUEST,
      IM.Buddy.IMAllUserReq,
      IM.Buddy.IMAllUserReq.create({ user_id: me, latest_update_time: 0 }),
      BuddyListCmdID.CID_BUDDY_LIST_ALL_USER_RESPONSE,
      IM.Buddy.IMAllUserRsp,
    );
    const ids = users.user_list!.map((u) => u.user_id);
    assert.ok(ids.includes(me) && ids.includes(bob.userId), "the directory lists both users");
    assert.ok(users.latest_update_time > 0);

    const recent = await ask(
      ServiceID.SID_BUDDY_LIST,
      BuddyListCmdID.CID_BUDDY_LIST_RECENT_CONTACT_SESSION_REQUEST,
      IM.Buddy.IMRecentContactSessionReq,
      IM.Buddy.IMRecentContactSessionReq.create({ user_id: me, latest_update_time: 0 }),
      BuddyListCmdID.CID_BUDDY_LIST_RECENT_CONTACT_SESSION_RESPONSE,
      IM.Buddy.IMRecentContactSessionRsp,
    );
    const sessions = recent.contact_session_list!.map((s) => [s.session_type, s.session_id, s.latest_msg_id]);
    assert.deepEqual(
      new Set(sessions.map(String)),
      new Set(
        [
          [SessionType.SESSION_TYPE_SINGLE, bob.userId, 2],
          [SessionType.SESSION_TYPE_GROUP, groupId, 1],
        ].map(String),
      ),
    );

    const groups = await ask(
      ServiceID.SID_GROUP,
      GroupCmdID.CID_GROUP_NORMAL_LIST_REQUEST,
      IM.Group.IMNormalGroupListReq,
      IM.Group.IMNormalGroupListReq.create({ user_id: me }),
      GroupCmdID.CID_GROUP_NORMAL_LIST_RESPONSE,
      IM.Group.IMNormalGroupListRsp,
    );
    assert.deepEqual(
      groups.group_version_list!.map((g) => g.group_id),
      [groupId],
    );

    const unread = await ask(
      ServiceID.SID_MSG,
      MessageCmdID.CID_MSG_UNREAD_CNT_REQUEST,
      IM.Message.IMUnreadMsgCntReq,
      IM.Message.IMUnreadMsgCntReq.create({ user_id: me }),
      MessageCmdID.CID_MSG_UNREAD_CNT_RESPONSE,
      IM.Message.IMUnreadMsgCntRsp,
    );
    const fromBob = unread.unreadinfo_list!.find((u) => u.session_type === SessionType.SESSION_TYPE_SINGLE)!;
    assert.deepEqual(
      [fromBob.session_id, fromBob.unread_cnt, fromBob.latest_msg_id, fromBob.latest_msg_from_user_id],
      [bob.userId, 2, 2, bob.userId],
    );
    assert.deepEqual(decryptText(fromBob.latest_msg_data), { ok: true, text: "second while you were away" });
    assert.equal(unread.total_cnt, 3);

    const infos = await ask(
      ServiceID.SID_GROUP,
      GroupCmdID.CID_GROUP_INFO_REQUEST,
      IM.Group.IMGroupInfoListReq,
      IM.Group.IMGroupInfoListReq.create({ user_id: me, group_version_list: [{ group_id: groupId, version: 0 }] }),
      GroupCmdID.CID_GROUP_INFO_RESPONSE,
      IM.Group.IMGroupInfoListRsp,
    );
    assert.deepEqual(new Set(infos.group_info_list![0].group_member_list), new Set([me, bob.userId]));

    const history = await ask(
      ServiceID.SID_MSG,
      MessageCmdID.CID_MSG_LIST_REQUEST,
      IM.Message.IMGetMsgListReq,
      IM.Message.IMGetMsgListReq.create({
        user_id: me,
        session_type: SessionType.SESSION_TYPE_SINGLE,
        session_id: bob.userId,
        msg_id_begin: 0,
        msg_cnt: 20,
      }),
      MessageCmdID.CID_MSG_LIST_RESPONSE,
      IM.Message.IMGetMsgListRsp,
    );
    assert.deepEqual(
      history.msg_list!.map((m) => [m.msg_id, decryptText(m.msg_data).ok && (decryptText(m.msg_data) as { text: string }).text]),
      [
        [2, "second while you were away"],
        [1, "first while you were away"],
      ],
    );

    const offline = await ask(
      ServiceID.SID_FILE,
      FileCmdID.CID_FILE_HAS_OFFLINE_REQ,
      IM.File.IMFileHasOfflineReq,
      IM.File.IMFileHasOfflineReq.create({ user_id: me }),
      FileCmdID.CID_FILE_HAS_OFFLINE_RES,
      IM.File.IMFileHasOfflineRsp,
    );
    assert.deepEqual(offline.offline_file_list, []);

    android.send(
      ServiceID.SID_MSG,
      MessageCmdID.CID_MSG_READ_ACK,
      IM.Message.IMMsgDataReadAck,
      IM.Message.IMMsgDataReadAck.create({ user_id: me, session_id: bob.userId, msg_id: 2, session_type: SessionType.SESSION_TYPE_SINGLE }),
    );
    const after = await ask(
      ServiceID.SID_MSG,
      MessageCmdID.CID_MSG_UNREAD_CNT_REQUEST,
      IM.Message.IMUnreadMsgCntReq,
      IM.Message.IMUnreadMsgCntReq.create({ user_id: me }),
      MessageCmdID.CID_MSG_UNREAD_CNT_RESPONSE,
      IM.Message.IMUnreadMsgCntRsp,
    );
    assert.deepEqual(
      after.unreadinfo_list!.map((u) => [u.session_type, u.session_id, u.unread_cnt]),
      [[SessionType.SESSION_TYPE_GROUP, groupId, 1]],
    );

    const ack = await android.sendText(me, bob.userId, "back online");
    assert.equal(ack.msg_id, 3);
    const [push] = await collect(bobSocket, 1);
    assert.deepEqual([push.from_user_id, push.msg_id, push.content], [me, 3, "back online"]);
    await send(bobSocket, { user: alice }, "welcome back");
    assert.equal((await android.nextMessage()).text, "welcome back");
  } finally {
    android.socket.destroy();
  }
});
