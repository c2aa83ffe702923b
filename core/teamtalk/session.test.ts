// The TeamTalk msg_server over real TCP with a client written from our proto files: the heartbeat and the login gate,
// password logins of accounts made through the signed API, 1:1 and group text between TeamTalk clients and with the
// JSON socket both ways, the kick of a second login of the same client family (also across two core nodes), and
// what bad input gets.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import net from "node:net";
import { after, describe, test } from "node:test";
import { encodePdu } from "../../shared/codecs/tt-pdu.ts";
import { IM } from "../../proto/generated/im.js";
import { appendEvent } from "../../shared/domain/events.ts";
import { collect, send } from "../../test-kit/socket.ts";
import { eventually, settlesWithin } from "../../test-kit/wait.ts";
import { closeWorlds, password, worldWith } from "../../test-kit/world.ts";

const { ClientType, KickReasonType, MessageCmdID, LoginCmdID, ServiceID, SessionType } = IM.BaseDefine;

after(() => closeWorlds());

describe("transport and gate", () => {
  test("a heartbeat is echoed byte for byte, before and after login (an Android header: version 6, reserved '0')", async () => {
    const world = await worldWith();
    const client = await world.teamtalkConnection();
    const heartbeat = Buffer.from("000000100006000000070701002a0030", "hex");
    client.socket.write(heartbeat);
    assert.deepEqual(Buffer.from((await client.next()).raw), heartbeat);
    await client.login((await world.user()).phone, password);
    client.socket.write(heartbeat);
    assert.deepEqual(Buffer.from((await client.next()).raw), heartbeat);
  });

  test("before login every other command is ignored, the connection stays open", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const client = await world.teamtalkConnection();
    const data = IM.Message.IMMsgData.create({
      from_user_id: alice.userId,
      to_session_id: bob.userId,
      msg_id: 0,
      create_time: 0,
      msg_type: 1,
      msg_data: Buffer.from("x"),
    });
    client.send(ServiceID.SID_MSG, MessageCmdID.CID_MSG_DATA, IM.Message.IMMsgData, data);
    client.send(ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_REQ_LOGINOUT, IM.Login.IMLogoutReq, IM.Login.IMLogoutReq.create());
    await client.heartbeat(); // answered after the two ignored requests: nothing came for them
    assert.deepEqual(client.inbox, []);
  });

  test("IM_MSG_LOGIN_S=1: a connection that does not log in is closed, heartbeats or not", async () => {
    const world = await worldWith({ IM_MSG_LOGIN_S: "1" });
    const client = await world.teamtalkConnection();
    const opened = Date.now();
    while (!(await settlesWithin(client.closed, 300)) && Date.now() - opened < 4_000) await client.heartbeat().catch(() => {});
    assert.ok(Date.now() - opened >= 1_000 && Date.now() - opened < 4_000, "closed after the login deadline");
  });

  test("unknown commands and bodies that do not parse are ignored; a length below the header closes the connection", async () => {
    const world = await worldWith();
    const client = await world.teamtalk(await world.user());
    client.socket.write(encodePdu(3, 0x0399, client.nextSeq(), Buffer.from([1, 2, 3]))); // no such command
    client.socket.write(encodePdu(ServiceID.SID_MSG, MessageCmdID.CID_MSG_DATA, client.nextSeq(), Buffer.from([0xff, 0xff]))); // not protobuf
    await client.heartbeat();
    assert.deepEqual(client.inbox, []);
    client.socket.write(Buffer.from("00000008000100000007070100010000", "hex"));
    assert.ok(await settlesWithin(client.closed, 3_000), "a PDU length of 8 closes the connection");
  });

  test("an oversize PDU length closes the connection without the body ever being sent", async () => {
    const world = await worldWith();
    const raw = net.connect(world.core.msg.port, "127.0.0.1");
    raw.on("error", () => {});
    const closed = new Promise<void>((resolve) => raw.once("close", () => resolve()));
    raw.write(Buffer.from("7fffffff0001000000030301000100000000", "hex"));
    assert.ok(await settlesWithin(closed, 3_000));
  });
});

describe("login", () => {
  test("a signed-API account logs in with its telephone and md5(password); the reply fills the user", async () => {
    const world = await worldWith();
    const user = await world.user();
    const client = await world.teamtalkConnection();
    const res = await client.login(user.phone, password);
    assert.equal(res.result_code, 0);
    assert.equal(res.result_string, "成功");
    assert.equal(res.online_status, 1);
    assert.equal(res.user_info?.user_id, user.userId);
    assert.equal(res.user_info?.user_tel, user.phone);
    assert.ok(Math.abs(res.server_time - Date.now() / 1000) < 5);
    assert.deepEqual(
      [...world.node.hub.connectionsOf(user.userId)].map((c) => c.clientFamily),
      ["mobile"],
    );
  });

  test("a wrong password or an unknown name is refused with result 6 and the connection is closed", async () => {
    const world = await worldWith();
    const user = await world.user();
    for (const [name, pass] of [
      [user.phone, "wrong-password"],
      ["nobody-here", password],
    ]) {
      const client = await world.teamtalkConnection();
      const res = await client.login(name, pass);
      assert.equal(res.result_code, 6, JSON.stringify(res));
      assert.equal(res.user_info, null);
      assert.ok(await settlesWithin(client.closed, 3_000), "closed after the refusal");
    }
  });
});

describe("messages", () => {
  test("1:1 between TeamTalk clients: acked with the request's seq, delivered with seq 0 to the peer and the sender's other device", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const aPhone = await world.teamtalk(alice);
    const aPc = await world.teamtalk(alice, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const b = await world.teamtalk(bob);
    const ack = await aPhone.sendText(alice.userId, bob.userId, "你好 TeamTalk");
    assert.deepEqual(
      [ack.user_id, ack.session_id, ack.msg_id, ack.session_type],
      [alice.userId, bob.userId, 1, SessionType.SESSION_TYPE_SINGLE],
    );
    for (const receiver of [b, aPc]) {
      const got = await receiver.nextMessage();
      assert.equal(got.seq, 0);
      assert.equal(got.text, "你好 TeamTalk");
      assert.deepEqual([got.msg.from_user_id, got.msg.to_session_id, got.msg.msg_id, got.msg.msg_type], [alice.userId, bob.userId, 1, 1]);
    }
    const second = await b.sendText(bob.userId, alice.userId, "back");
    assert.equal(second.msg_id, 2, "one counter per pair, both directions");
    assert.equal((await aPhone.nextMessage()).text, "back");
    await aPhone.heartbeat();
    assert.deepEqual(
      aPhone.inbox.filter((p) => p.header.commandId === MessageCmdID.CID_MSG_DATA),
      [],
      "the sending connection does not get its own message",
    );
  });

  test("TeamTalk → JSON socket arrives as plain text; JSON socket → TeamTalk arrives encrypted", async () => {
    const world = await worldWith();
    const [tt, js] = [await world.user(), await world.user()];
    const ttClient = await world.teamtalk(tt);
    const jsClient = await world.connect(js);
    await ttClient.sendText(tt.userId, js.userId, "from TeamTalk\u0000 ✓");
    const [push] = await collect(jsClient, 1);
    assert.deepEqual([push.from_user_id, push.to_user_id, push.content], [tt.userId, js.userId, "from TeamTalk\u0000 ✓"]);
    const { msg_id } = await send(jsClient, { user: tt }, "from the JSON socket 😀");
    const got = await ttClient.nextMessage();
    assert.deepEqual(
      [got.text, got.msg.msg_id, got.msg.from_user_id, got.msg.to_session_id],
      ["from the JSON socket 😀", msg_id, js.userId, tt.userId],
    );
  });

  test("group text reaches every member's TeamTalk and JSON-socket connections, not the sending one", async () => {
    const world = await worldWith();
    const [founder, ttMember, jsMember] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(founder, ttMember, jsMember);
    const f = await world.teamtalk(founder);
    const m = await world.teamtalk(ttMember);
    const j = await world.connect(jsMember);
    const ack = await f.sendText(founder.userId, groupId, "hello group", true);
    assert.deepEqual([ack.session_id, ack.msg_id, ack.session_type], [groupId, 1, SessionType.SESSION_TYPE_GROUP]);
    const got = await m.nextMessage();
    assert.deepEqual([got.text, got.msg.to_session_id, got.msg.msg_type], ["hello group", groupId, 17]);
    const [push] = await collect(j, 1);
    assert.deepEqual([push.sendto, push.group_id, push.content], ["group", groupId, "hello group"]);
    await f.heartbeat();
    assert.deepEqual(f.inbox, []);
  });

  test("refused messages get no reply at all: to oneself, to a group one is not in, empty, undecryptable", async () => {
    const world = await worldWith();
    const [alice, bob, carol] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(bob, carol);
    const a = await world.teamtalk(alice);
    const raw = (to: number, type: number, data: Uint8Array) =>
      a.send(
        ServiceID.SID_MSG,
        MessageCmdID.CID_MSG_DATA,
        IM.Message.IMMsgData,
        IM.Message.IMMsgData.create({
          from_user_id: alice.userId,
          to_session_id: to,
          msg_id: 0,
          create_time: 0,
          msg_type: type,
          msg_data: data,
        }),
      );
    const hello = Buffer.from("nnZSBwfPCz60q69ddmfIJA==");
    const refused = [
      raw(alice.userId, 1, hello),
      raw(groupId, 17, hello),
      raw(bob.userId, 1, new Uint8Array(0)),
      raw(bob.userId, 1, Buffer.from("not base64!")),
    ];
    await a.heartbeat();
    assert.deepEqual(
      a.inbox.filter((p) => refused.includes(p.header.seq)),
      [],
    );
    assert.equal((await a.sendText(alice.userId, bob.userId, "still served")).msg_id, 1, "and nothing was stored for them");
  });

  test("a flood: past 20 messages in a second, the rest are dropped without a reply", async () => {
    const world = await worldWith();
    const [alice, bob] = [await world.user(), await world.user()];
    const a = await world.teamtalk(alice);
    const b = await world.teamtalk(bob);
    const acks = await Promise.allSettled(
      Array.from({ length: 25 }, (_, i) => a.sendText(alice.userId, bob.userId, `burst ${i}`, false, 1_500)),
    );
    const answered = acks.filter((r) => r.status === "fulfilled").length;
    assert.ok(answered >= 20 && answered < 25, `${answered} of 25 answered: the second's budget is 20`);
    await eventually(
      () => b.inbox.filter((p) => p.header.commandId === MessageCmdID.CID_MSG_DATA).length === answered,
      "bob gets exactly the answered ones",
    );
  });
});

describe("one login per client family", () => {
  test("a second Android login kicks the first (reason 1, then closed); the PC login stays", async () => {
    const world = await worldWith();
    const user = await world.user();
    const first = await world.teamtalk(user);
    const pc = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_MAC });
    await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_IOS }); // iOS and Android are one family
    const kick = await first.next((p) => p.header.commandId === LoginCmdID.CID_LOGIN_KICK_USER);
    assert.equal(kick.header.seq, 0);
    const body = IM.Login.IMKickUser.decode(kick.body);
    assert.deepEqual([body.user_id, body.kick_reason], [user.userId, KickReasonType.KICK_REASON_DUPLICATE_USER]);
    assert.ok(await settlesWithin(first.closed, 5_000), "the kicked connection is closed");
    await pc.heartbeat();
    assert.deepEqual(
      pc.inbox.filter((p) => p.header.commandId === LoginCmdID.CID_LOGIN_KICK_USER),
      [],
      "the PC login is not kicked",
    );
  });

  test("also when the two logins are on two core nodes sharing the database", async () => {
    const world = await worldWith();
    const other = await world.addNode();
    const user = await world.user();
    const first = await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_WINDOWS, core: other });
    await world.teamtalk(user, { clientType: ClientType.CLIENT_TYPE_WINDOWS });
    const kick = IM.Login.IMKickUser.decode((await first.next((p) => p.header.commandId === LoginCmdID.CID_LOGIN_KICK_USER)).body);
    assert.equal(kick.kick_reason, KickReasonType.KICK_REASON_DUPLICATE_USER);
    assert.ok(await settlesWithin(first.closed, 5_000));
    await world.stopNode(other);
  });

  test("logout answers result 0 and closes; the user is no longer online there", async () => {
    const world = await worldWith();
    const user = await world.user();
    const client = await world.teamtalk(user);
    const seq = client.send(ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_REQ_LOGINOUT, IM.Login.IMLogoutReq, IM.Login.IMLogoutReq.create());
    assert.equal(IM.Login.IMLogoutRsp.decode((await client.reply(seq)).body).result_code, 0);
    assert.ok(await settlesWithin(client.closed, 3_000));
    await eventually(() => [...world.node.hub.connectionsOf(user.userId)].length === 0, "unbound");
  });
});

test("a JSON-socket kick reason the TeamTalk protocol has no word for just closes the connection", async () => {
  const world = await worldWith();
  const user = await world.user();
  const client = await world.teamtalk(user);
  const [sub] = [...world.node.hub.connectionsOf(user.userId)];
  await world.db.transaction((tx) => appendEvent(world.server.domain, tx, { connId: sub.connId }, { kind: "kick", reason: "disabled" }));
  world.node.poke();
  assert.ok(await settlesWithin(client.closed, 5_000));
  assert.deepEqual(client.inbox, []);
});

test("a TeamTalk login counts as online: an expired signed-API token of that user is renewed, and only then", async () => {
  const world = await worldWith({ IM_TOKEN_TTL_S: "2" });
  const [online, offline] = [await world.user(), await world.user()];
  const client = await world.teamtalk(online);
  world.server.advance(3); // both tokens expired; nodes heartbeat well within the 30 s that would make them stale
  try {
    const renewed = await world.call(online, "com.user.getFriends");
    assert.equal(renewed.status, "1111", JSON.stringify(renewed));
    assert.equal(typeof renewed.token, "string", "a renewed token comes with the reply");
    assert.equal((await world.call(offline, "com.user.getFriends")).code, "TOKEN_EXPIRED");
  } finally {
    world.server.advance(-3);
    client.socket.destroy();
  }
});

test("a TeamTalk text the JSON socket could not frame is refused on send (no ack), not lost on delivery", async () => {
  const world = await worldWith();
  const [alice, bob] = [await world.user(), await world.user()];
  const a = await world.teamtalk(alice);
  await assert.rejects(a.sendText(alice.userId, bob.userId, "\u0001".repeat(20_000), false, 1_000), /no matching PDU/);
  assert.equal((await a.sendText(alice.userId, bob.userId, "fits")).msg_id, 1, "nothing was stored for the refused one");
  a.socket.destroy();
});
