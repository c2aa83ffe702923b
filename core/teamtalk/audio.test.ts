// TeamTalk audio messages over real TCP (teamtalk.md §7.2): msg_type 2 / 18 pass between TeamTalk clients byte for
// byte (1:1 and group), are stored as their msg_data in base64, reach JSON-socket clients in that form with the
// duration, come back whole in history, show as the encrypted text [语音] in unread and recent-session previews; a
// msg_data of 4 bytes or less, or one over the content limit, is dropped without a reply.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { randomBytes } from "node:crypto";
import { after, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { audioPreviewMsgData, buildAudio, decryptText, defaultTextKey } from "../../shared/crypto/teamtalk-text.ts";
import { messages } from "../../shared/db/schema.ts";
import { maxContentBytes } from "../../shared/domain/messages.ts";
import { IM } from "../../proto/generated/im.js";
import { collect } from "../../test-kit/socket.ts";
import type { TeamTalkClient } from "../../test-kit/teamtalk-client.ts";
import { closeWorlds, worldWith } from "../../test-kit/world.ts";
import type { MessageType } from "./wire.ts";

const { ClientType, MessageCmdID, BuddyListCmdID, ServiceID, SessionType, MsgType } = IM.BaseDefine;
const { SESSION_TYPE_SINGLE: single, SESSION_TYPE_GROUP: group } = SessionType;

after(() => closeWorlds());

/** Sends a request and decodes its reply. */
async function ask<Q, R>(client: TeamTalkClient, serviceId: number, cid: number, reqType: MessageType<Q>, req: Q, rspType: MessageType<R>) {
  const seq = client.send(serviceId, cid, reqType, req);
  return rspType.decode((await client.reply(seq)).body);
}

const text = (data: Uint8Array) => {
  const t = decryptText(data, defaultTextKey);
  return t.ok ? t.text : null;
};

/** What an audio message's msg_data is: 4-byte big-endian duration, then the audio; random audio bytes by default. */
const audioOf = (durationS: number, audio: Uint8Array = randomBytes(3000)) => buildAudio(durationS, audio);

/** The next IMMsgData pushed to the client: [from, to, msg_id, msg_type] and its msg_data. */
async function nextData(client: TeamTalkClient) {
  const { msg } = await client.nextMessage();
  return { head: [msg.from_user_id, msg.to_session_id, msg.msg_id, msg.msg_type], data: Buffer.from(msg.msg_data) };
}

/** Pushed messages left in the inbox after a heartbeat round trip. */
async function pushedMessages(client: TeamTalkClient) {
  await client.heartbeat();
  return client.inbox.filter((p) => p.header.commandId === MessageCmdID.CID_MSG_DATA);
}

async function history(client: TeamTalkClient, sessionType: number, sessionId: number) {
  const req = IM.Message.IMGetMsgListReq.create({
    user_id: 0,
    session_type: sessionType,
    session_id: sessionId,
    msg_id_begin: 0,
    msg_cnt: 20,
  });
  const rsp = await ask(
    client,
    ServiceID.SID_MSG,
    MessageCmdID.CID_MSG_LIST_REQUEST,
    IM.Message.IMGetMsgListReq,
    req,
    IM.Message.IMGetMsgListRsp,
  );
  return (rsp.msg_list ?? []).map((m) => ({ id: m.msg_id, type: m.msg_type, from: m.from_session_id, data: Buffer.from(m.msg_data) }));
}

/** The latest-message fields of the caller's unread list and recent sessions, per session. */
async function previews(client: TeamTalkClient) {
  const unread = await ask(
    client,
    ServiceID.SID_MSG,
    MessageCmdID.CID_MSG_UNREAD_CNT_REQUEST,
    IM.Message.IMUnreadMsgCntReq,
    IM.Message.IMUnreadMsgCntReq.create({ user_id: 0 }),
    IM.Message.IMUnreadMsgCntRsp,
  );
  const recent = await ask(
    client,
    ServiceID.SID_BUDDY_LIST,
    BuddyListCmdID.CID_BUDDY_LIST_RECENT_CONTACT_SESSION_REQUEST,
    IM.Buddy.IMRecentContactSessionReq,
    IM.Buddy.IMRecentContactSessionReq.create({ user_id: 0, latest_update_time: 0 }),
    IM.Buddy.IMRecentContactSessionRsp,
  );
  const latest = (e: IM.BaseDefine.IUnreadInfo | IM.BaseDefine.IContactSessionInfo) => [
    e.session_type,
    e.session_id,
    e.latest_msg_id,
    Buffer.from(e.latest_msg_data ?? []).toString("latin1"),
    e.latest_msg_type,
    e.latest_msg_from_user_id,
  ];
  return { unread: (unread.unreadinfo_list ?? []).map(latest), recent: (recent.contact_session_list ?? []).map(latest) };
}

describe("audio between TeamTalk clients", () => {
  test("1:1: acked, delivered byte for byte with type 2 to the peer and the sender's other device, not the sending one", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const aPhone = await world.teamtalk(alice);
    const aPc = await world.teamtalk(alice, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const b = await world.teamtalk(bob);
    const msgData = audioOf(7, Buffer.concat([Buffer.from([0, 0, 0xff, 0x80]), randomBytes(5000)])); // NULs and high bytes
    const ack = await aPhone.sendAudio(alice.userId, bob.userId, 7, msgData.subarray(4));
    assert.deepEqual([ack.user_id, ack.session_id, ack.msg_id, ack.session_type], [alice.userId, bob.userId, 1, single]);
    for (const receiver of [b, aPc]) {
      const got = await nextData(receiver);
      assert.deepEqual(got.head, [alice.userId, bob.userId, 1, MsgType.MSG_TYPE_SINGLE_AUDIO]);
      assert.ok(got.data.equals(msgData), "the msg_data as sent, duration included");
    }
    assert.deepEqual(await pushedMessages(aPhone), [], "the sending connection does not get its own message");
    const [row] = await world.db
      .select({ content: messages.content, msgType: messages.msgType })
      .from(messages)
      .where(and(eq(messages.fromUserId, alice.userId), eq(messages.toId, bob.userId)));
    assert.deepEqual(row, { content: Buffer.from(msgData).toString("base64"), msgType: 2 }, "stored as the msg_data in base64");
    assert.equal((await b.sendText(bob.userId, alice.userId, "heard it")).msg_id, 2, "one counter per pair for text and audio");
  });

  test("group: type 18 reaches every other member's TeamTalk connection byte for byte", async () => {
    const world = await worldWith();
    const [founder, m1, m2] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(founder, m1, m2);
    const f = await world.teamtalk(founder);
    const [c1, c2] = [await world.teamtalk(m1), await world.teamtalk(m2)];
    const msgData = audioOf(60);
    const ack = await f.sendAudio(founder.userId, groupId, 60, msgData.subarray(4), true);
    assert.deepEqual([ack.session_id, ack.msg_id, ack.session_type], [groupId, 1, group]);
    for (const receiver of [c1, c2]) {
      const got = await nextData(receiver);
      assert.deepEqual(got.head, [founder.userId, groupId, 1, MsgType.MSG_TYPE_GROUP_AUDIO]);
      assert.ok(got.data.equals(msgData));
    }
    assert.deepEqual(await pushedMessages(f), []);
  });
});

describe("audio to JSON-socket clients", () => {
  test("1:1 and group pushes carry msg_type, the msg_data in base64 as content, and the duration", async () => {
    const world = await worldWith();
    const [tt, js, third] = [await world.user(), await world.user(), await world.user()];
    const t = await world.teamtalk(tt);
    const j = await world.connect(js);
    const msgData = audioOf(12);
    const ack = await t.sendAudio(tt.userId, js.userId, 12, msgData.subarray(4));
    const [push] = await collect(j, 1);
    assert.deepEqual(push, {
      type: "msg",
      sendto: "user",
      msg_id: ack.msg_id,
      from_user_id: tt.userId,
      to_user_id: js.userId,
      content: Buffer.from(msgData).toString("base64"),
      time: push.time,
      msg_type: 2,
      audio_duration: 12,
    });
    assert.ok(Buffer.from(push.content as string, "base64").equals(msgData), "lossless");

    const groupId = await world.group(tt, js, third);
    const groupAudio = audioOf(3, Buffer.from("x"));
    const groupAck = await t.sendAudio(tt.userId, groupId, 3, groupAudio.subarray(4), true);
    const [groupPush] = await collect(j, 1);
    assert.deepEqual(
      [groupPush.sendto, groupPush.group_id, groupPush.msg_id, groupPush.content, groupPush.msg_type, groupPush.audio_duration],
      ["group", groupId, groupAck.msg_id, Buffer.from(groupAudio).toString("base64"), 18, 3],
    );
  });
});

describe("audio in history and previews", () => {
  test("IMGetMsgListReq and IMGetMsgByIdReq return the audio bytes with type 2 between texts", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const a = await world.teamtalk(alice);
    const b = await world.teamtalk(bob);
    const msgData = audioOf(5);
    await a.sendText(alice.userId, bob.userId, "before");
    await a.sendAudio(alice.userId, bob.userId, 5, msgData.subarray(4));
    await a.sendText(alice.userId, bob.userId, "after");
    const list = await history(b, single, alice.userId);
    assert.deepEqual(
      list.map((m) => [m.id, m.type, m.from]),
      [
        [3, 1, alice.userId],
        [2, 2, alice.userId],
        [1, 1, alice.userId],
      ],
    );
    assert.ok(list[1].data.equals(msgData));
    assert.deepEqual([text(list[0].data), text(list[2].data)], ["after", "before"]);
    const req = IM.Message.IMGetMsgByIdReq.create({ user_id: 0, session_type: single, session_id: alice.userId, msg_id_list: [2] });
    const rsp = await ask(
      b,
      ServiceID.SID_MSG,
      MessageCmdID.CID_MSG_GET_BY_MSG_ID_REQ,
      IM.Message.IMGetMsgByIdReq,
      req,
      IM.Message.IMGetMsgByIdRsp,
    );
    assert.deepEqual(
      (rsp.msg_list ?? []).map((m) => [m.msg_id, m.msg_type]),
      [[2, 2]],
    );
    assert.ok(Buffer.from(rsp.msg_list?.[0].msg_data ?? []).equals(msgData));
  });

  test("unread counts and recent sessions show an audio message as the encrypted text [语音], its type kept (2 / 18)", async () => {
    const world = await worldWith();
    const [alice, bob, carol] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(carol, bob);
    const a = await world.teamtalk(alice);
    const c = await world.teamtalk(carol);
    await a.sendAudio(alice.userId, bob.userId, 9, randomBytes(20_000));
    await c.sendAudio(carol.userId, groupId, 2, randomBytes(100), true);
    const b = await world.teamtalk(bob);
    const expected = [
      [group, groupId, 1, audioPreviewMsgData, MsgType.MSG_TYPE_GROUP_AUDIO, carol.userId],
      [single, alice.userId, 1, audioPreviewMsgData, MsgType.MSG_TYPE_SINGLE_AUDIO, alice.userId],
    ];
    const got = await previews(b);
    const bySession = (list: unknown[][]) => list.sort((x, y) => Number(x[0]) - Number(y[0])); // both in one second: any order
    assert.deepEqual(bySession(got.unread), bySession(expected));
    assert.deepEqual(bySession(got.recent), bySession(expected));
    assert.equal(audioPreviewMsgData, "QhGXlpFjvMFUNrtl1aaPzA==");
  });
});

describe("audio that is dropped without a reply", () => {
  test("a msg_data of 4 bytes or less (a duration and no audio), 1:1 or group", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const groupId = await world.group(alice, bob);
    const a = await world.teamtalk(alice);
    const b = await world.teamtalk(bob);
    const seqs = [
      a.sendData(alice.userId, bob.userId, MsgType.MSG_TYPE_SINGLE_AUDIO, Buffer.from([0, 0, 0, 5])),
      a.sendData(alice.userId, bob.userId, MsgType.MSG_TYPE_SINGLE_AUDIO, Buffer.from([1, 2, 3])),
      a.sendData(alice.userId, groupId, MsgType.MSG_TYPE_GROUP_AUDIO, Buffer.from([0, 0, 0, 5])),
    ];
    await a.heartbeat();
    assert.deepEqual(
      a.inbox.filter((p) => seqs.includes(p.header.seq)),
      [],
    );
    assert.deepEqual(await pushedMessages(b), []);
    assert.equal((await a.sendAudio(alice.userId, bob.userId, 1, Buffer.from([9]))).msg_id, 1, "nothing was stored for them");
    const got = await nextData(b);
    assert.ok(got.data.equals(Buffer.from([0, 0, 0, 1, 9])), "five bytes are enough");
  });

  test(`over ${maxContentBytes} bytes as base64 (msg_data over ${(maxContentBytes / 4) * 3} bytes): dropped; at the limit: carried`, async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const a = await world.teamtalk(alice);
    const b = await world.teamtalk(bob);
    const largest = (maxContentBytes / 4) * 3; // msg_data bytes whose base64 is exactly maxContentBytes characters
    const seq = a.sendData(alice.userId, bob.userId, MsgType.MSG_TYPE_SINGLE_AUDIO, audioOf(60, randomBytes(largest - 4 + 1)));
    await a.heartbeat();
    assert.deepEqual(
      a.inbox.filter((p) => p.header.seq === seq),
      [],
    );
    assert.deepEqual(await pushedMessages(b), []);
    const msgData = audioOf(60, randomBytes(largest - 4));
    assert.equal((await a.sendAudio(alice.userId, bob.userId, 60, msgData.subarray(4))).msg_id, 1);
    assert.ok((await nextData(b)).data.equals(msgData));
  });
});
