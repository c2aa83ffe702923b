// The JSON socket (signed-api.md §5), black-box over real TCP against a real core node and signed-API server on a
// temp libSQL file: the init frame, framing (byte by byte, coalesced), bad frames and the IM_SOCKET_BAD_FRAMES limit,
// what is allowed before a user bind, binding (and refused binds), seq echo and one ack per action, 1:1 and group
// messages (ids, pushes, fan-out to every connection but the sending one, refusals, IM_DM_POLICY=friends, a message
// that comes while a closed connection lingers), the caller checks on bound frames, the idle timeout, a slow reader
// being cut off without hurting anyone else, and a fast reader's large backlog replayed on bind.
// Each configuration (environment, limits) gets its own world, started on first use (socket-test-kit.ts).
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import net from "node:net";
import { after, describe, test } from "node:test";
import { JsonFrameDecoder } from "../../shared/codecs/json-frame.ts";
import { openJson } from "../../shared/crypto/aes-envelope.ts";
import type { JsonSocketClient } from "../../shared/signed-api/socket-client.ts";
import type { Fields } from "../../shared/signed-api/fields.ts";
import { closesWithin, fence, frameOfJson, frameOfPlain, frameOfText, key } from "../../test-kit/socket.ts";
import { eventually, sleep } from "../../test-kit/wait.ts";
import { closeWorlds, worldWith, type User, type World } from "../../test-kit/world.ts";

after(closeWorlds);

const plain = () => worldWith();

// ---- frames the client sends ----

const dm = (from: User, toUserId: unknown, content: unknown = "hello", extra: Fields = {}): Fields => ({
  action: "sendmsg",
  sendto: "user",
  user_id: from.userId,
  token: from.token,
  to_user_id: toUserId,
  content,
  ...extra,
});

const gm = (from: User, groupId: number, content = "hello group", extra: Fields = {}): Fields => ({
  action: "sendmsg",
  sendto: "group",
  user_id: from.userId,
  token: from.token,
  to_group_id: groupId,
  content,
  ...extra,
});

// ---- checks on what the server sends ----

const nowS = (world: World) => Math.floor(world.server.domain.nowMs() / 1000);

function assertAckOk(ack: Fields, action: string, data: unknown = "success"): void {
  assert.equal(ack.type, "ack", JSON.stringify(ack));
  assert.equal(ack.action, action, JSON.stringify(ack));
  assert.equal(ack.status, "1111", JSON.stringify(ack));
  assert.deepEqual(ack.data, data, JSON.stringify(ack));
}

function assertRefused(ack: Fields, action: string, code: string): void {
  assert.equal(ack.type, "ack", JSON.stringify(ack));
  assert.equal(ack.action, action, JSON.stringify(ack));
  assert.equal(ack.status, "0000", JSON.stringify(ack));
  assert.equal(ack.code, code, JSON.stringify(ack));
  assert.equal(typeof ack.info, "string", JSON.stringify(ack));
  assert.deepEqual(Object.keys(ack).sort(), ["action", "code", "info", "seq", "status", "type"], JSON.stringify(ack));
}

function assertBadRequestError(frame: Fields): void {
  assert.equal(frame.type, "error", JSON.stringify(frame));
  assert.equal(frame.code, "BAD_REQUEST", JSON.stringify(frame));
  assert.equal(typeof frame.info, "string", JSON.stringify(frame));
}

/** A sendmsg ack: {msg_id, time} with time = server now; returns msg_id and time. */
function sentAck(world: World, ack: Fields): { msg_id: number; time: number } {
  assertAckOk(ack, "sendmsg", ack.data);
  const data = ack.data as { msg_id: number; time: number };
  assert.deepEqual(Object.keys(data).sort(), ["msg_id", "time"]);
  assert.ok(Number.isInteger(data.msg_id) && data.msg_id >= 1, JSON.stringify(ack));
  assert.ok(Math.abs(data.time - nowS(world)) <= 2, `time ${data.time} is not now`);
  return data;
}

const isMsg = (m: Fields) => m.type === "msg";
const msgsIn = (client: JsonSocketClient) => client.inbox.filter(isMsg);

/** Sends, expects success, returns the ack's data. */
async function send(world: World, client: JsonSocketClient, frame: Fields) {
  return sentAck(world, await client.request(frame));
}

/** Writes raw bytes and waits for the next error frame. */
async function errorFor(client: JsonSocketClient, bytes: Uint8Array): Promise<Fields> {
  const error = client.next((m) => m.type === "error", 5_000);
  client.socket.write(bytes);
  return error;
}

// ---- connect ----

describe("connect", () => {
  test("the first frame on the wire is exactly {type: init, client_id: <20 lowercase hex>}", async () => {
    const world = await plain();
    const socket = net.connect({ port: world.core.socketPort, host: "127.0.0.1" });
    const first = await new Promise<Fields>((resolve, reject) => {
      const decoder = new JsonFrameDecoder();
      socket.on("data", (chunk) => {
        const [frame] = decoder.push(chunk);
        if (frame === undefined) return; // not complete yet
        if (frame.kind !== "frame") return reject(new Error(frame.reason));
        const opened = openJson(Buffer.from(frame.body).toString("latin1"), key);
        if (opened.ok) resolve(opened.value);
        else reject(new Error(opened.reason));
      });
      socket.on("error", reject);
    });
    socket.destroy();
    assert.deepEqual(Object.keys(first), ["type", "client_id"]);
    assert.equal(first.type, "init");
    assert.equal(typeof first.client_id, "string");
    assert.match(first.client_id as string, /^[0-9a-f]{20}$/);
  });

  test("client ids differ between connections, and nothing but init comes before the client speaks", async () => {
    const world = await plain();
    const clients = await Promise.all(Array.from({ length: 8 }, () => world.open()));
    for (const c of clients) assert.match(c.clientId, /^[0-9a-f]{20}$/);
    assert.equal(new Set(clients.map((c) => c.clientId)).size, clients.length);
    for (const c of clients) await fence(c); // a round trip: anything sent after init would have arrived before the pong
    for (const c of clients) assert.deepEqual(c.inbox, []);
  });
});

// ---- framing ----

describe("framing over TCP", () => {
  test("a request written byte by byte is answered", async () => {
    const world = await plain();
    const user = await world.user();
    const client = await world.open();
    const bytes = frameOfJson({ action: "bind", bindto: "user", user_id: user.userId, token: user.token, seq: 1 });
    const ack = client.next((m) => m.type === "ack" && m.seq === 1);
    for (let i = 0; i < bytes.length; i++) {
      client.socket.write(bytes.subarray(i, i + 1));
      // a real pause between the two header bytes and around the body's start, setImmediate for the rest
      if (i < 4) await sleep(20);
      else await new Promise<void>((resolve) => setImmediate(resolve));
    }
    assertAckOk(await ack, "bind", { user_id: user.userId, client_id: client.clientId });
  });

  test("two requests coalesced in one write are both answered, in order", async () => {
    const world = await plain();
    const user = await world.user();
    const client = await world.open();
    const first = frameOfJson({ action: "sendmsg", sendto: "user", to_user_id: 1, content: "too early", seq: 1 });
    const second = frameOfJson({ action: "bind", bindto: "user", user_id: user.userId, token: user.token, seq: 2 });
    client.socket.write(Buffer.concat([first, second]));
    const a = await client.next();
    const b = await client.next();
    assert.equal(a.seq, 1);
    assertRefused(a, "sendmsg", "FORBIDDEN");
    assert.equal(b.seq, 2);
    assertAckOk(b, "bind", { user_id: user.userId, client_id: client.clientId });
  });

  test("a frame and a half in one write, the rest in the next: three answers in order", async () => {
    const world = await plain();
    const client = await world.open();
    const frames = [1, 2, 3].map((seq) => frameOfJson({ action: "ping", seq }));
    const all = Buffer.concat(frames);
    const cut = frames[0].length + Math.floor(frames[1].length / 2);
    client.socket.write(all.subarray(0, cut));
    await sleep(30);
    client.socket.write(all.subarray(cut));
    for (const seq of [1, 2, 3]) assert.deepEqual(await client.next(), { type: "pong", seq });
  });
});

// ---- bad frames ----

const badFrames: [string, Buffer][] = [
  ["L = 2 (an empty body, bytes 00 02)", Buffer.from([0x00, 0x02])],
  ["a body that is not base64", frameOfText("%%% this is not base64 %%%")],
  ["a body that does not decrypt (15 bytes of ciphertext)", frameOfText(Buffer.alloc(15, 7).toString("base64"))],
  ["a body sealed with another key", frameOfJson({ action: "ping", seq: 1 }, "0123456789abcdef")],
  ["a body that is not JSON", frameOfPlain("hello, this is not JSON")],
  ["a JSON array body", frameOfJson([{ action: "ping" }])],
  ["a JSON string body", frameOfJson("ping")],
  ["a JSON null body", frameOfJson(null)],
];

describe("bad frames", () => {
  for (const [name, bytes] of badFrames) {
    test(`${name} → error BAD_REQUEST, connection kept`, async () => {
      const world = await plain();
      const client = await world.open();
      assertBadRequestError(await errorFor(client, bytes));
      await fence(client); // still open and served
      assert.equal(client.inbox.length, 0, JSON.stringify(client.inbox));
    });
  }

  const limits: [string, Record<string, string>, number][] = [
    ["default IM_SOCKET_BAD_FRAMES (3)", {}, 3],
    ["IM_SOCKET_BAD_FRAMES=1", { IM_SOCKET_BAD_FRAMES: "1" }, 1],
  ];
  for (const [name, env, limit] of limits) {
    test(`${name}: ${limit} bad frames are answered; the next gets a final error frame and the connection closes`, async () => {
      const world = await worldWith(env);
      const client = await world.open();
      for (let i = 0; i < limit; i++) {
        assertBadRequestError(await errorFor(client, badFrames[i % badFrames.length][1]));
        await fence(client);
      }
      assertBadRequestError(await errorFor(client, badFrames[limit % badFrames.length][1]));
      assert.ok(await closesWithin(client, 3_000), "closed after one bad frame too many");
    });
  }

  for (const header of [
    [0x00, 0x00],
    [0x00, 0x01],
  ]) {
    const hex = Buffer.from(header).toString("hex");
    test(`L < 2 (bytes ${hex}) → a final error frame and closed at once; nothing after it is read`, async () => {
      const world = await plain();
      const client = await world.open();
      // a valid ping right behind the bad header must not be answered
      assertBadRequestError(await errorFor(client, Buffer.concat([Buffer.from(header), frameOfJson({ action: "ping", seq: 9 })])));
      assert.ok(await closesWithin(client, 1_000), "closed at once");
      assert.deepEqual(client.inbox, []);
    });
  }
});

// ---- before a user bind ----

describe("before a user bind", () => {
  const cases: [string, Fields, string, string][] = [
    ["sendmsg", { action: "sendmsg", sendto: "user", to_user_id: 1, content: "hi" }, "sendmsg", "FORBIDDEN"],
    ["bind group (to_group_id)", { action: "bind", bindto: "group", to_group_id: 1 }, "bind", "FORBIDDEN"],
    ["bind group (accept an invitation)", { action: "bind", bindto: "group", group_id: 1, friend_id: 1 }, "bind", "FORBIDDEN"],
    ["ack", { action: "ack", sendto: "user", from_user_id: 1, msg_id: 1 }, "ack", "FORBIDDEN"],
    ["an unknown action", { action: "dance" }, "dance", "BAD_REQUEST"],
    ["no action at all", { hello: "world" }, "", "BAD_REQUEST"],
  ];
  for (const [name, frame, action, code] of cases) {
    test(`${name} → ${code} ack, connection kept`, async () => {
      const world = await plain();
      const client = await world.open();
      assertRefused(await client.request(frame), action, code);
      await fence(client);
    });
  }

  test("ping → pong echoing seq (and a bare pong without seq)", async () => {
    const world = await plain();
    const client = await world.open();
    client.send({ action: "ping", seq: 77 });
    assert.deepEqual(await client.next(), { type: "pong", seq: 77 });
    client.send({ action: "ping" });
    assert.deepEqual(await client.next(), { type: "pong" });
  });

  test("refusals before a bind count as bad frames: past IM_SOCKET_BAD_FRAMES the connection is closed", async () => {
    const world = await worldWith({ IM_SOCKET_BAD_FRAMES: "2" });
    const client = await world.open();
    for (const [, frame, action, code] of cases.slice(0, 2)) assertRefused(await client.request(frame), action, code);
    client.send(cases[4][1]); // the third refusal
    assert.deepEqual(await client.next((m) => m.type === "error"), { type: "error", code: "BAD_REQUEST", info: "too many bad frames" });
    assert.ok(await closesWithin(client, 3_000), "closed after the third refused frame");
  });

  test("IM_SOCKET_BIND_S=1: a connection that pings but never binds is closed; a bound one stays", async () => {
    const world = await worldWith({ IM_SOCKET_BIND_S: "1" });
    const bound = await world.connect(await world.user());
    const opened = Date.now(); // before the connection opens: the deadline runs from the server's accept
    const idler = await world.open();
    const refused = idler.next((m) => m.type === "error", 4_000);
    while (!(await closesWithin(idler, 200)) && Date.now() - opened < 4_000) idler.send({ action: "ping" });
    assert.deepEqual(await refused, { type: "error", code: "BIND_TIMEOUT", info: "not bound in time" });
    assert.ok(Date.now() - opened >= 1_000, "not before the deadline");
    await fence(bound); // past the deadline too: bound connections have none
  });

  test("IM_MAX_CONNECTIONS=3: a fourth connection is refused at once; a place freed is taken again", async () => {
    const world = await worldWith({ IM_MAX_CONNECTIONS: "3" });
    const held = [await world.open(), await world.open(), await world.open()];
    const fourth = net.connect(world.core.socketPort, "127.0.0.1");
    const closedBeforeData = await new Promise<boolean>((resolve) => {
      fourth.once("data", () => resolve(false));
      fourth.once("close", () => resolve(true));
      fourth.on("error", () => {});
    });
    assert.equal(closedBeforeData, true, "refused without an init");
    await held[0].close();
    await eventually(() => world.core.socket.connections() === 2, "the closed place is freed");
    const again = await world.open(); // init received
    await fence(again);
    for (const c of held.slice(1)) await fence(c);
  });
});

// ---- bind user ----

describe("bind user", () => {
  test("success: ack {user_id, client_id} with seq", async () => {
    const world = await plain();
    const user = await world.user();
    const client = await world.open();
    client.send({ action: "bind", bindto: "user", user_id: user.userId, token: user.token, seq: 5 });
    assert.deepEqual(await client.next(), {
      type: "ack",
      action: "bind",
      seq: 5,
      status: "1111",
      data: { user_id: user.userId, client_id: client.clientId },
    });
  });

  test("to_user_id equal to user_id and user_id as a numeric string are accepted", async () => {
    const world = await plain();
    const user = await world.user();
    for (const extra of [{ to_user_id: user.userId }, { user_id: String(user.userId) }]) {
      const client = await world.open();
      assertAckOk(await client.bind(user.userId, user.token, extra), "bind", { user_id: user.userId, client_id: client.clientId });
    }
  });

  type Refusal = [string, (me: User, other: User) => Fields, string];
  const refusals: Refusal[] = [
    ["a token nobody was given", (me) => ({ user_id: me.userId, token: "0123456789abcdef0123456789abcdef" }), "TOKEN_INVALID"],
    ["a malformed token", (me) => ({ user_id: me.userId, token: "x" }), "TOKEN_INVALID"],
    ["user_id not the token's user", (me, other) => ({ user_id: other.userId, token: me.token }), "FORBIDDEN"],
    ["to_user_id different from user_id", (me, other) => ({ user_id: me.userId, token: me.token, to_user_id: other.userId }), "FORBIDDEN"],
  ];
  for (const [name, fields, code] of refusals) {
    test(`${name} → ${code} ack, connection kept and still unbound`, async () => {
      const world = await plain();
      const [me, other] = [await world.user(), await world.user()];
      const client = await world.open();
      assertRefused(await client.request({ action: "bind", bindto: "user", ...fields(me, other) }), "bind", code);
      await fence(client);
      assertRefused(await client.request(dm(me, other.userId)), "sendmsg", "FORBIDDEN");
    });
  }

  test("binding a bound connection to another user → FORBIDDEN, it stays bound to the first", async () => {
    const world = await plain();
    const [a, b] = [await world.user(), await world.user()];
    const client = await world.connect(a);
    assertRefused(await client.bind(b.userId, b.token), "bind", "FORBIDDEN");
    assertRefused(await client.request(dm(b, a.userId)), "sendmsg", "FORBIDDEN"); // it is not b's connection
    await send(world, client, dm(a, b.userId)); // still a's
  });

  test("IM_SOCKET_BAD_FRAMES=1: the first refused bind is answered, the second also closes the connection", async () => {
    const world = await worldWith({ IM_SOCKET_BAD_FRAMES: "1" });
    const user = await world.user();
    const client = await world.open();
    const refused = { action: "bind", bindto: "user", user_id: user.userId, token: "not-a-real-token-at-all-000" };
    assertRefused(await client.request(refused), "bind", "TOKEN_INVALID");
    await fence(client);
    assertRefused(await client.request(refused), "bind", "TOKEN_INVALID");
    assertBadRequestError(await client.next((m) => m.type === "error", 3_000));
    assert.ok(await closesWithin(client, 3_000), "closed after the second refused bind");
  });

  test("refused binds and bad frames share one count (default limit 3)", async () => {
    const world = await plain();
    const user = await world.user();
    const client = await world.open();
    const refused = { action: "bind", bindto: "user", user_id: user.userId, token: "not-a-real-token-at-all-000" };
    assertRefused(await client.request(refused), "bind", "TOKEN_INVALID");
    assertBadRequestError(await errorFor(client, badFrames[0][1]));
    assertRefused(await client.request(refused), "bind", "TOKEN_INVALID");
    await fence(client);
    assertRefused(await client.request(refused), "bind", "TOKEN_INVALID"); // the 4th
    assertBadRequestError(await client.next((m) => m.type === "error", 3_000));
    assert.ok(await closesWithin(client, 3_000));
  });

  test("an expired token of an offline user → TOKEN_EXPIRED, connection kept", async () => {
    const world = await worldWith({ IM_TOKEN_TTL_S: "100" });
    const user = await world.user();
    world.server.advance(101);
    const client = await world.open();
    assertRefused(await client.bind(user.userId, user.token), "bind", "TOKEN_EXPIRED");
    await fence(client);
  });
});

// ---- seq and acks ----

describe("seq and acks", () => {
  const seqs: unknown[] = [0, 1, 42, 4294967296, 1.5, -3, "abc", "", "007", "seq with spaces ✓"];
  test(`seq is echoed exactly (${seqs.map((s) => JSON.stringify(s)).join(", ")}), and absent when not sent`, async () => {
    const world = await plain();
    const [a, b] = [await world.user(), await world.user()];
    const client = await world.connect(a);
    for (const seq of seqs) {
      const ack = client.next((m) => m.type === "ack");
      client.send({ ...dm(a, b.userId), seq });
      const got = await ack;
      assert.ok(Object.hasOwn(got, "seq"), JSON.stringify(got));
      assert.deepEqual(got.seq, seq);
      assert.equal(typeof got.seq, typeof seq);
    }
    const ack = client.next((m) => m.type === "ack");
    client.send(dm(a, b.userId));
    const got = await ack;
    assert.equal(got.status, "1111");
    assert.ok(!Object.hasOwn(got, "seq"), JSON.stringify(got));
  });

  test("every action gets exactly one ack, in order, whatever its outcome", async () => {
    const world = await plain();
    const [a, b] = [await world.user(), await world.user()];
    const bConn = await world.connect(b);
    await send(world, bConn, dm(b, a.userId, "for a to ack"));
    const client = await world.open();
    const series: Fields[] = [
      { action: "sendmsg", sendto: "user", to_user_id: b.userId, content: "before bind" }, // FORBIDDEN
      { action: "dance" }, // BAD_REQUEST
      { action: "bind", bindto: "user", user_id: a.userId, token: a.token }, // success
      { action: "bind", bindto: "user", user_id: a.userId, token: a.token }, // success again, same user
      dm(a, b.userId), // success
      dm(a, 2 ** 31 - 1), // NOT_FOUND
      dm(a, b.userId, ""), // BAD_REQUEST
      { action: "bind", bindto: "group", to_group_id: 999999 }, // NOT_FOUND (no such group)
      { action: "ack", sendto: "user", from_user_id: b.userId, msg_id: 1 }, // success
      { action: "ack", sendto: "user", from_user_id: b.userId, msg_id: 99 }, // NOT_FOUND
      { action: "dance" }, // BAD_REQUEST
    ];
    for (const [i, frame] of series.entries()) client.send({ ...frame, seq: i + 1 });
    await fence(client); // every action before the ping has been answered
    await fence(client);
    const acks = client.inbox.filter((m) => m.type === "ack");
    assert.deepEqual(
      acks.map((m) => m.seq),
      series.map((_, i) => i + 1),
    );
    assert.deepEqual(
      acks.map((m) => m.code ?? m.status),
      ["FORBIDDEN", "BAD_REQUEST", "1111", "1111", "1111", "NOT_FOUND", "BAD_REQUEST", "NOT_FOUND", "1111", "NOT_FOUND", "BAD_REQUEST"],
    );
  });
});

// ---- 1:1 messages ----

describe("sendmsg to a user", () => {
  test("ack {msg_id, time}; the recipient gets the msg push with exactly the spec's fields", async () => {
    const world = await plain();
    const [a, b] = [await world.user(), await world.user()];
    const [aConn, bConn] = [await world.connect(a), await world.connect(b)];
    const { msg_id, time } = await send(world, aConn, dm(a, b.userId, "hello b, ✓ unicode"));
    assert.equal(msg_id, 1);
    assert.deepEqual(await bConn.next(isMsg), {
      type: "msg",
      sendto: "user",
      msg_id: 1,
      from_user_id: a.userId,
      to_user_id: b.userId,
      content: "hello b, ✓ unicode",
      time,
    });
  });

  test("msg_ids count per conversation from 1, shared by both directions; another pair has its own counter", async () => {
    const world = await plain();
    const [a, b, c] = [await world.user(), await world.user(), await world.user()];
    const conn = new Map<User, JsonSocketClient>();
    for (const u of [a, b, c]) conn.set(u, await world.connect(u));
    const steps: [User, User, number][] = [
      [a, b, 1],
      [b, a, 2],
      [a, b, 3],
      [a, c, 1],
      [c, a, 2],
      [b, a, 4],
      [b, c, 1],
    ];
    for (const [from, to, expected] of steps) {
      const { msg_id } = await send(world, conn.get(from)!, dm(from, to.userId, `${from.userId}→${to.userId}`));
      assert.equal(msg_id, expected, `${from.userId} → ${to.userId}`);
      const push = await conn.get(to)!.next(isMsg);
      assert.equal(push.msg_id, expected);
      assert.equal(push.from_user_id, from.userId);
    }
  });

  test("every connection of the recipient and the sender's other connections get it; the sending one does not", async () => {
    const world = await plain();
    const [a, b] = [await world.user(), await world.user()];
    const [a1, a2, b1, b2] = [await world.connect(a), await world.connect(a), await world.connect(b), await world.connect(b)];
    const { msg_id, time } = await send(world, a1, dm(a, b.userId, "fan out"));
    const expected = { type: "msg", sendto: "user", msg_id, from_user_id: a.userId, to_user_id: b.userId, content: "fan out", time };
    for (const c of [b1, b2, a2]) assert.deepEqual(await c.next(isMsg), expected);
    await fence(a1);
    assert.deepEqual(msgsIn(a1), [], "the sending connection does not get its own message");
  });

  test("a message to an offline user is pushed when it binds", async () => {
    const world = await plain();
    const [a, b] = [await world.user(), await world.user()];
    const aConn = await world.connect(a);
    const { msg_id } = await send(world, aConn, dm(a, b.userId, "while you were away"));
    const bConn = await world.connect(b);
    const push = await bConn.next(isMsg);
    assert.equal(push.msg_id, msg_id);
    assert.equal(push.content, "while you were away");
  });

  test("a message that comes while a closed connection lingers (its peer not reading) waits for the next bind", async () => {
    const world = await worldWith({ IM_SOCKET_BAD_FRAMES: "0" });
    const [a, b] = [await world.user(), await world.user()];
    const [aConn, bOld] = [await world.connect(a), await world.connect(b)];
    await fence(bOld);
    bOld.socket.pause(); // it will not read the server's FIN, so the server side stays half-open for a while
    bOld.socket.write(badFrames[1][1]); // closes it (IM_SOCKET_BAD_FRAMES=0)
    await sleep(100);
    assert.equal([...world.node.hub.connectionsOf(b.userId)].length, 1, "precondition: the closed connection still lingers");
    const { msg_id } = await send(world, aConn, dm(a, b.userId, "while the old connection lingers"));
    await eventually(() => [...world.node.hub.connectionsOf(b.userId)].length === 0, "the lingering connection goes", 5_000);
    const bNew = await world.connect(b);
    const push = await bNew.next(isMsg);
    assert.equal(push.msg_id, msg_id);
    assert.equal(push.content, "while the old connection lingers");
    bOld.socket.resume();
    assert.ok(await closesWithin(bOld, 3_000));
    assert.deepEqual(msgsIn(bOld), [], "nothing was written to the closed connection");
  });

  type Bad = [string, (a: User, b: User) => Fields, string];
  const refused: Bad[] = [
    ["a user who does not exist", (a) => dm(a, 2 ** 31 - 1), "NOT_FOUND"],
    ["yourself", (a) => dm(a, a.userId), "BAD_REQUEST"],
    ["no content", (a, b) => ({ ...dm(a, b.userId), content: undefined }), "BAD_REQUEST"],
    ["empty content", (a, b) => dm(a, b.userId, ""), "BAD_REQUEST"],
    ["content that is not text", (a, b) => dm(a, b.userId, { text: "hi" }), "BAD_REQUEST"],
    ["no to_user_id", (a) => ({ ...dm(a, 1), to_user_id: undefined }), "BAD_REQUEST"],
    ["a sendto that is neither user nor group", (a, b) => dm(a, b.userId, "hi", { sendto: "everyone" }), "BAD_REQUEST"],
    ["user_id of another user", (a, b) => dm(a, b.userId, "hi", { user_id: b.userId }), "FORBIDDEN"],
    ["the token of another user", (a, b) => dm(a, b.userId, "hi", { token: b.token }), "FORBIDDEN"],
  ];
  for (const [name, frame, code] of refused) {
    test(`to/with ${name} → ${code}, nothing delivered, connection kept`, async () => {
      const world = await plain();
      const [a, b] = [await world.user(), await world.user()];
      const [aConn, bConn] = [await world.connect(a), await world.connect(b)];
      assertRefused(await aConn.request(frame(a, b)), "sendmsg", code);
      const { msg_id } = await send(world, aConn, dm(a, b.userId, "after the refusal"));
      assert.equal(msg_id, 1, "the refused message took no id");
      assert.equal((await bConn.next(isMsg)).content, "after the refusal");
      assert.deepEqual(msgsIn(bConn), []);
    });
  }

  test("user_id as the connection's own id (number or numeric string) and its own token are accepted", async () => {
    const world = await plain();
    const [a, b] = [await world.user(), await world.user()];
    const aConn = await world.connect(a);
    await send(world, aConn, dm(a, b.userId, "own id", { user_id: String(a.userId) }));
    await send(world, aConn, dm(a, b.userId, "no id, no token", { user_id: undefined, token: undefined }));
  });

  test("IM_DM_POLICY=friends: to a non-friend → FORBIDDEN, to a friend → delivered", async () => {
    const world = await worldWith({ IM_DM_POLICY: "friends" });
    const [a, stranger, friend] = [await world.user(), await world.user(), await world.user()];
    await world.befriend(a, friend);
    const [aConn, friendConn] = [await world.connect(a), await world.connect(friend)];
    assertRefused(await aConn.request(dm(a, stranger.userId)), "sendmsg", "FORBIDDEN");
    const { msg_id } = await send(world, aConn, dm(a, friend.userId, "hi friend"));
    assert.equal(msg_id, 1);
    const push = await friendConn.next(isMsg);
    assert.equal(push.content, "hi friend");
    assert.equal(push.from_user_id, a.userId);
  });
});

// ---- groups ----

describe("groups", () => {
  test("accepting an invitation with bind group (group_id + friend_id) joins the group", async () => {
    const world = await plain();
    const [founder, invitee] = [await world.user(), await world.user()];
    const groupId = await world.createGroup(founder);
    await world.befriend(founder, invitee);
    await world.invite(founder, groupId, invitee);
    const founderConn = await world.connect(founder);
    const conn = await world.connect(invitee);
    const invitation = await conn.next((m) => m.type === "addGroup");
    assert.equal(invitation.opt, "addMsg");
    assert.equal(invitation.group_id, groupId);
    assert.equal(invitation.sender, founder.userId);
    const ack = await conn.request({
      action: "bind",
      bindto: "group",
      user_id: invitee.userId,
      token: invitee.token,
      group_id: groupId,
      friend_id: founder.userId,
    });
    assertAckOk(ack, "bind", { group_id: groupId });
    const joined = await founderConn.next((m) => m.type === "addGroup");
    assert.equal(joined.opt, "joined");
    assert.equal(joined.group_id, groupId);
    assert.equal(joined.friend_id, invitee.userId);
    const groups = await world.call(invitee, "com.user.getGroups");
    assert.equal(groups.status, "1111");
    const members = (groups.data as Record<string, { user_id: number }[]>)[String(groupId)];
    assert.ok(members, JSON.stringify(groups));
    assert.deepEqual(
      members.map((m) => m.user_id).sort((x, y) => x - y),
      [founder.userId, invitee.userId].sort((x, y) => x - y),
    );
  });

  test("bind group with to_group_id: success for a member, FORBIDDEN for a non-member", async () => {
    const world = await plain();
    const [founder, member, outsider] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(founder, member);
    for (const user of [founder, member]) {
      const conn = await world.connect(user);
      assertAckOk(
        await conn.request({ action: "bind", bindto: "group", user_id: user.userId, token: user.token, to_group_id: groupId }),
        "bind",
        {
          group_id: groupId,
        },
      );
    }
    const conn = await world.connect(outsider);
    assertRefused(
      await conn.request({ action: "bind", bindto: "group", user_id: outsider.userId, token: outsider.token, to_group_id: groupId }),
      "bind",
      "FORBIDDEN",
    );
    await fence(conn);
  });

  test("a group message reaches every member's connections except the sending one", async () => {
    const world = await plain();
    const [founder, m1, m2] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(founder, m1, m2);
    const [f1, f2, c1, c2a, c2b] = [
      await world.connect(founder),
      await world.connect(founder),
      await world.connect(m1),
      await world.connect(m2),
      await world.connect(m2),
    ];
    for (const [expectedId, from, sender, receivers] of [
      [1, founder, f1, [f2, c1, c2a, c2b]],
      [2, m2, c2b, [f1, f2, c1, c2a]],
    ] as const) {
      const { msg_id, time } = await send(world, sender, gm(from, groupId, `from ${from.userId}`));
      assert.equal(msg_id, expectedId);
      const expected = {
        type: "msg",
        sendto: "group",
        msg_id,
        from_user_id: from.userId,
        group_id: groupId,
        content: `from ${from.userId}`,
        time,
      };
      for (const r of receivers) assert.deepEqual(await r.next(isMsg), expected);
      await fence(sender);
      assert.deepEqual(msgsIn(sender), [], "the sending connection does not get its own message");
    }
  });

  test("a non-member sending to the group → FORBIDDEN; an unknown group → NOT_FOUND", async () => {
    const world = await plain();
    const [founder, outsider] = [await world.user(), await world.user()];
    const groupId = await world.group(founder);
    const [fConn, oConn] = [await world.connect(founder), await world.connect(outsider)];
    assertRefused(await oConn.request(gm(outsider, groupId)), "sendmsg", "FORBIDDEN");
    assertRefused(await oConn.request(gm(outsider, 2 ** 31 - 1)), "sendmsg", "NOT_FOUND");
    assertRefused(await fConn.request(gm(founder, 2 ** 31 - 1)), "sendmsg", "NOT_FOUND");
    await fence(fConn);
    assert.deepEqual(msgsIn(fConn), []);
    assert.equal((await send(world, fConn, gm(founder, groupId))).msg_id, 1, "refused messages took no id");
  });
});

// ---- idle timeout ----

describe("idle timeout", () => {
  test("IM_SOCKET_IDLE_S=1: a silent connection is kicked (reason idle) and closed; one that pings stays open", async () => {
    const world = await worldWith({ IM_SOCKET_IDLE_S: "1" });
    const user = await world.user();
    const [silent, talker] = [await world.connect(user), await world.open()];
    const silentSince = Date.now();
    let talkerClosed = false;
    void talker.closed.then(() => (talkerClosed = true));
    const kicked = silent.next((m) => m.type === "kick", 3_500);
    let pings = 0;
    while (Date.now() - silentSince < 3_000) {
      await fence(talker);
      pings++;
      await sleep(300);
    }
    assert.deepEqual(await kicked, { type: "kick", reason: "idle" });
    assert.ok(await closesWithin(silent, 500), "the silent connection is closed");
    assert.ok(pings >= 8);
    assert.equal(talkerClosed, false, "the pinging connection stayed open");
    await fence(talker);
  });
});

// ---- slow reader ----

describe("slow reader", () => {
  const maxQueuedBytes = 256 * 1024;
  const content = "x".repeat(30_000);

  test("a reader that never reads is cut off past maxQueuedBytes; the other recipient gets everything; new connections are served", async (t) => {
    const world = await worldWith({}, { limits: { maxQueuedBytes } });
    const [sender, slow, steady] = [await world.user(), await world.user(), await world.user()];
    const groupId = await world.group(sender, slow, steady);
    const senderConn = await world.connect(sender);
    const slowConn = await world.connect(slow);
    const steadyConn = await world.connect(steady);
    const listener = world.core.socket;
    assert.equal(listener.connections(), 3);
    slowConn.socket.pause();

    // Send in pipelined batches until the server drops the slow connection, then a few batches more.
    let sent = 0;
    let extraBatches = 5;
    while (extraBatches > 0 && sent < 2_000) {
      const acks = Array.from({ length: 10 }, () => senderConn.request(gm(sender, groupId, content)));
      for (const ack of await Promise.all(acks)) assert.equal(ack.status, "1111", JSON.stringify(ack));
      sent += acks.length;
      if (listener.connections() < 3) extraBatches--;
    }
    assert.equal(listener.connections(), 2, `the slow reader was cut off (after ${sent} messages)`);
    t.diagnostic(`${sent} messages of ${content.length} bytes sent; the slow reader was cut off on the way`);

    // The steady recipient gets every message, in order.
    await eventually(() => msgsIn(steadyConn).length >= sent, "the steady recipient gets every message", 20_000);
    assert.deepEqual(
      msgsIn(steadyConn).map((m) => m.msg_id),
      Array.from({ length: sent }, (_, i) => i + 1),
    );
    assert.ok(msgsIn(steadyConn).every((m) => m.content === content));

    // The slow one, once it reads again, finds its connection closed, short of the full traffic.
    slowConn.socket.resume();
    assert.ok(await closesWithin(slowConn, 10_000), "the slow reader's socket closes");
    assert.ok(msgsIn(slowConn).length < sent, `the slow reader got ${msgsIn(slowConn).length} of ${sent}`);

    // The server keeps serving: a new connection (of a user with nothing pending) binds and gets the next message.
    const fresh = await world.connect(steady);
    const { msg_id } = await send(world, senderConn, gm(sender, groupId, "after the cut"));
    assert.equal(msg_id, sent + 1);
    const push = await fresh.next((m) => isMsg(m) && m.msg_id === msg_id);
    assert.equal(push.content, "after the cut");
  });

  const backlogs: [string, Partial<{ maxQueuedBytes: number }> | undefined, number][] = [
    ["default limits, 300 × 30 KB pending", undefined, 300],
    [`maxQueuedBytes ${maxQueuedBytes}, 20 × 30 KB pending`, { maxQueuedBytes }, 20],
  ];
  for (const [name, limits, total] of backlogs) {
    test(`a reader that reads at full speed gets its whole backlog on bind, without being cut off (${name})`, async () => {
      const world = await worldWith({}, { limits });
      const [sender, reader] = [await world.user(), await world.user()];
      const senderConn = await world.connect(sender);
      for (let sent = 0; sent < total; sent += 10) {
        const acks = await Promise.all(Array.from({ length: 10 }, () => senderConn.request(dm(sender, reader.userId, content))));
        for (const ack of acks) assert.equal(ack.status, "1111", JSON.stringify(ack));
      }
      const readerConn = await world.open(); // reads everything as it comes
      let closed = false;
      void readerConn.closed.then(() => (closed = true));
      readerConn.send({ action: "bind", bindto: "user", user_id: reader.userId, token: reader.token, seq: 1 });
      await eventually(() => closed || msgsIn(readerConn).length >= total, "the backlog or a close", 20_000);
      assert.equal(closed, false, `cut off after ${msgsIn(readerConn).length} of ${total} pending messages`);
      assert.deepEqual(
        msgsIn(readerConn).map((m) => m.msg_id),
        Array.from({ length: total }, (_, i) => i + 1),
      );
    });
  }
});
