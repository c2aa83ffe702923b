// Two server processes (two core nodes) on one libSQL file: whatever one accepts, or its edge writes, reaches
// connections held by the other.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { IM } from "../proto/generated/im.js";
import type { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { boundSocket, call, signUp, startServerProcess, type ServerProcess } from "../test-kit/processes.ts";
import { TeamTalkClient } from "../test-kit/teamtalk-client.ts";
import { tempDir } from "../test-kit/temp-domain.ts";
import { settlesWithin } from "../test-kit/wait.ts";

const data = tempDir();
let one: ServerProcess;
let two: ServerProcess;
let alice: { userId: number; token: string };
let bob: { userId: number; token: string };
const sockets: JsonSocketClient[] = [];

before(async () => {
  one = await startServerProcess(data.dir);
  two = await startServerProcess(data.dir);
  alice = await signUp(one, "13600000001");
  bob = await signUp(two, "13600000002");
});

after(async () => {
  await Promise.all(sockets.map((s) => s.close()));
  await Promise.all([one?.stop(), two?.stop()]);
  data.remove();
});

async function bound(server: ServerProcess, user: typeof alice) {
  const socket = await boundSocket(server, user);
  sockets.push(socket);
  return socket;
}

test("1:1 messages cross nodes both ways", async () => {
  const a = await bound(one, alice);
  const b = await bound(two, bob);
  const sent = await a.request({ action: "sendmsg", sendto: "user", to_user_id: bob.userId, content: "from node one" });
  assert.equal(sent.status, "1111");
  const got = await b.next((m) => m.type === "msg");
  assert.deepEqual([got.from_user_id, got.content, got.msg_id], [alice.userId, "from node one", (sent.data as { msg_id: number }).msg_id]);
  await b.request({ action: "sendmsg", sendto: "user", to_user_id: alice.userId, content: "from node two" });
  assert.equal((await a.next((m) => m.type === "msg")).content, "from node two");
});

test("an HTTP friend request made at one node's edge reaches a socket on the other node; a group spans both", async () => {
  const a = await bound(one, alice);
  const b = await bound(two, bob);
  await call(one, {
    method: "com.user.addfriend",
    data: { opt: "addMsg", user_id: alice.userId, mobile: "13600000002" },
    token: alice.token,
  });
  const request = await b.next((m) => m.type === "addfriend");
  assert.deepEqual([request.opt, request.sender], ["addMsg", alice.userId]);
  await call(two, { method: "com.user.addfriend", data: { opt: "agreeMsg", user_id: bob.userId, sender: alice.userId }, token: bob.token });
  assert.equal((await a.next((m) => m.type === "addfriend")).opt, "agreeMsg");
  const group = await call(one, { method: "com.user.createGroup", data: { user_id: alice.userId }, token: alice.token });
  const groupId = (group.body.data as { group_id: number }).group_id;
  await call(one, {
    method: "com.user.addGroup",
    data: { opt: "addMsg", user_id: alice.userId, group_id: groupId, friends: [bob.userId] },
    token: alice.token,
  });
  assert.equal((await b.next((m) => m.type === "addGroup" && m.opt === "addMsg")).group_id, groupId);
  assert.equal((await b.request({ action: "bind", bindto: "group", group_id: groupId, friend_id: alice.userId })).status, "1111");
  assert.equal((await a.next((m) => m.type === "addGroup" && m.opt === "joined")).friend_id, bob.userId);
  await b.request({ action: "sendmsg", sendto: "group", to_group_id: groupId, content: "hello group" });
  const got = await a.next((m) => m.type === "msg" && m.sendto === "group");
  assert.deepEqual([got.group_id, got.from_user_id, got.content], [groupId, bob.userId, "hello group"]);
});

test("a user with a device on each node gets each message on both", async () => {
  const a = await bound(one, alice);
  const bOne = await bound(one, bob);
  const bTwo = await bound(two, bob);
  await a.request({ action: "sendmsg", sendto: "user", to_user_id: bob.userId, content: "both devices" });
  // Delivery is at-least-once: a fresh bind may replay older messages first, so look for this one.
  for (const device of [bOne, bTwo]) {
    assert.equal((await device.next((m) => m.type === "msg" && m.content === "both devices")).from_user_id, alice.userId);
  }
});

test("TeamTalk: a second login of the same family on the other process kicks the first; text crosses to the JSON socket", async () => {
  const first = await TeamTalkClient.connect(one.ports.teamtalk);
  const second = await TeamTalkClient.connect(two.ports.teamtalk);
  try {
    assert.equal((await first.login("13600000001", "secret1")).result_code, 0);
    assert.equal((await second.login("13600000001", "secret1")).result_code, 0);
    const kick = await first.next((p) => p.header.commandId === IM.BaseDefine.LoginCmdID.CID_LOGIN_KICK_USER);
    assert.equal(IM.Login.IMKickUser.decode(kick.body).kick_reason, IM.BaseDefine.KickReasonType.KICK_REASON_DUPLICATE_USER);
    assert.ok(await settlesWithin(first.closed, 5_000), "the kicked connection is closed");
    const b = await bound(one, bob);
    await second.sendText(alice.userId, bob.userId, "from TeamTalk on node two");
    assert.equal((await b.next((m) => m.type === "msg")).content, "from TeamTalk on node two");
  } finally {
    first.socket.destroy();
    second.socket.destroy();
  }
});
