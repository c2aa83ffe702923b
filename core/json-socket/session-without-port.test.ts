// The JSON-socket session is protocol logic over a transport: here it runs over in-memory sockets (no port, no
// listener) beside a real core node on a temp database: init, bind, a message from one session to another, ack.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { after, before, test } from "node:test";
import { JsonFrameDecoder } from "../../shared/codecs/json-frame.ts";
import { openJson } from "../../shared/crypto/aes-envelope.ts";
import { issueToken } from "../../shared/domain/tokens.ts";
import { register } from "../../shared/domain/accounts.ts";
import type { Fields } from "../../shared/signed-api/fields.ts";
import { createLogger } from "../../shared/log.ts";
import { frameOfJson } from "../../test-kit/socket.ts";
import { openTempDomain, type TempDomain } from "../../test-kit/temp-domain.ts";
import { eventually } from "../../test-kit/wait.ts";
import { CoreNode } from "../node.ts";
import { FakeSocket } from "../tcp/fake-socket.ts";
import { defaultTransportLimits, Transport } from "../tcp/transport.ts";
import { JsonSocketSession } from "./session.ts";

let temp: TempDomain;
let node: CoreNode;
before(async () => {
  temp = await openTempDomain();
  node = await CoreNode.start(temp.domain);
});
after(async () => {
  await node.stop();
  temp.close();
});

/** A session over an in-memory socket, and the objects it has sent so far. */
function openSession(): { session: JsonSocketSession; transport: Transport; sent: () => Fields[] } {
  const socket = new FakeSocket();
  const transport = new Transport(socket, defaultTransportLimits, createLogger("error"), () => temp.domain.nowMs());
  const session = new JsonSocketSession(transport, node, { badFrames: 3, maxHeldBytes: 1 << 20 });
  transport.attach(new JsonFrameDecoder(), session);
  const sent = () => {
    const decoder = new JsonFrameDecoder();
    return socket.writes.flatMap(({ bytes }) =>
      decoder.push(bytes).flatMap((f) => {
        const opened = f.kind === "frame" ? openJson(Buffer.from(f.body).toString("latin1"), temp.domain.config.aesKey) : null;
        return opened?.ok ? [opened.value] : [];
      }),
    );
  };
  return { session, transport, sent };
}

let phone = 13500000000;
async function newUser(): Promise<{ userId: number; token: string }> {
  const { userId } = await register(temp.domain, { telephone: String(++phone), password: "secret1", smsCode: "123456" });
  const { token } = await temp.domain.db.transaction((tx) => issueToken(temp.domain, tx, userId));
  return { userId, token };
}

test("init, bind, a message between two sessions and its ack, without a port", async () => {
  const [alice, bob] = [await newUser(), await newUser()];
  const a = openSession();
  const b = openSession();
  assert.equal(a.sent()[0].type, "init");
  a.transport.onData(frameOfJson({ action: "bind", bindto: "user", user_id: alice.userId, token: alice.token, seq: 1 }));
  b.transport.onData(frameOfJson({ action: "bind", bindto: "user", user_id: bob.userId, token: bob.token, seq: 1 }));
  await eventually(() => a.sent().some((m) => m.seq === 1) && b.sent().some((m) => m.seq === 1), "both binds acked");
  a.transport.onData(frameOfJson({ action: "sendmsg", sendto: "user", to_user_id: bob.userId, content: "no port", seq: 2 }));
  await eventually(() => b.sent().some((m) => m.type === "msg"), "bob's push");
  const push = b.sent().find((m) => m.type === "msg")!;
  assert.deepEqual([push.from_user_id, push.to_user_id, push.content, push.msg_id], [alice.userId, bob.userId, "no port", 1]);
  const ack = a.sent().find((m) => m.seq === 2)!;
  assert.deepEqual([ack.type, ack.status, (ack.data as Fields).msg_id], ["ack", "1111", 1]);
  assert.equal(a.sent().filter((m) => m.type === "msg").length, 0, "the sending session does not get its own message");
  assert.equal(a.session.userId, alice.userId);
});
