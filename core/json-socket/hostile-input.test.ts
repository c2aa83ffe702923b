// Regression tests for hostile input on the JSON socket (signed-api.md §5), black-box over real TCP against a real core
// node and signed-API server on a temp libSQL file (socket-test-kit.ts). Each of these once crashed the process or
// locked a user out; now each gets a plain refusal and the connection and the server keep working:
//   a. an `action` too long to echo (25,000 characters) → BAD_REQUEST ack with action "" (not an ack too large to frame);
//      the info quotes an unknown action cut to 64 characters;
//   b. a `seq` that cannot be echoed (a 20,000-deep array, an 8,000-deep object, a shallow array, a string over 64 characters)
//      → BAD_REQUEST ack without seq, also on ping; numbers and short strings are echoed; deep values in other fields
//      are client errors too;
//   c. a content of 24,536 `"` (fits an inbound frame, but doubles when JSON-escaped) → refused and not stored, so the
//      recipient can still bind; contents up to 32 KiB as JSON are delivered live and replayed on bind;
//   d. `bind` with an unknown `bindto` or none → BAD_REQUEST;
//   e. after all of it, fresh clients still bind and exchange messages.
// The server runs in this test process: a crash of it fails the whole file.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { messages } from "../../shared/db/schema.ts";
import type { Fields } from "../../shared/signed-api/fields.ts";
import type { JsonSocketClient } from "../../shared/signed-api/socket-client.ts";
import { fence, frameOfPlain } from "../../test-kit/socket.ts";
import { closeWorlds, worldWith, type User, type World } from "../../test-kit/world.ts";

after(closeWorlds);

let world: World;
/** Made first, so their ids are single digits: the 24,536-quote frame fits a frame only with a one-digit to_user_id. */
let quoteSender: User;
let quoteRecipient: User;

before(async () => {
  world = await worldWith();
  quoteSender = await world.user();
  quoteRecipient = await world.user();
});

// ---- helpers ----

/** A JSON text nested `depth` levels deep: `[[[…]]]` or `{"a":{"a":…0…}}`. */
const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}0${"}".repeat(depth)}`;

/** Writes a frame whose body decrypts to this JSON text (built by hand: JSON.stringify cannot build deep values). */
function sendPlain(client: JsonSocketClient, json: string): void {
  client.socket.write(frameOfPlain(json));
}

/** The next ack or pong: actions are handled in order, so it answers the frame just sent. */
const nextAnswer = (client: JsonSocketClient) => client.next((m) => m.type === "ack" || m.type === "pong", 10_000);

/** A refusal ack: exactly these fields (no seq), a short info. */
function assertRefusedWithoutSeq(ack: Fields, action: string, code: string): void {
  const shown = JSON.stringify(ack).slice(0, 300);
  assert.equal(ack.type, "ack", shown);
  assert.equal(ack.action, action, shown);
  assert.equal(ack.status, "0000", shown);
  assert.equal(ack.code, code, shown);
  assert.equal(typeof ack.info, "string", shown);
  assert.ok((ack.info as string).length < 200, `info is short: ${shown}`);
  assert.deepEqual(Object.keys(ack).sort(), ["action", "code", "info", "status", "type"], shown);
}

/** The connection still answers: a ping with a fresh seq gets its pong. */
async function assertUsable(client: JsonSocketClient): Promise<void> {
  await fence(client);
}

const dmFrame = (to: User, content: string, extra: Fields = {}): Fields => ({
  action: "sendmsg",
  sendto: "user",
  to_user_id: to.userId,
  content,
  ...extra,
});

/** Sends a DM on a bound connection and expects it stored: returns the ack's msg_id. */
async function sendOk(client: JsonSocketClient, to: User, content: string): Promise<number> {
  const ack = await client.request(dmFrame(to, content));
  assert.equal(ack.status, "1111", JSON.stringify(ack).slice(0, 300));
  const msgId = (ack.data as { msg_id: number }).msg_id;
  assert.ok(Number.isInteger(msgId) && msgId >= 1, JSON.stringify(ack));
  return msgId;
}

/** Waits for the msg push from this sender with this msg_id. */
const pushFrom = (client: JsonSocketClient, from: User, msgId: number) =>
  client.next((m) => m.type === "msg" && m.from_user_id === from.userId && m.msg_id === msgId, 10_000);

const msgsIn = (client: JsonSocketClient) => client.inbox.filter((m) => m.type === "msg");

/** Messages stored from one user to another. */
const storedBetween = (from: User, to: User) =>
  world.server.domain.db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.fromUserId, from.userId), eq(messages.toId, to.userId)));

/** Two new users, each with a bound connection. */
async function boundPair(): Promise<{ a: User; b: User; ca: JsonSocketClient; cb: JsonSocketClient }> {
  const a = await world.user();
  const b = await world.user();
  return { a, b, ca: await world.connect(a), cb: await world.connect(b) };
}

/** A message from a to b over fresh connections, both ways: proof that the server still works. */
async function assertServerServes(): Promise<void> {
  const { a, b, ca, cb } = await boundPair();
  const there = await sendOk(ca, b, "still here?");
  assert.equal((await pushFrom(cb, a, there)).content, "still here?");
  const back = await sendOk(cb, a, "yes");
  assert.equal((await pushFrom(ca, b, back)).content, "yes");
}

// ---- a. an action too long to echo ----

describe("a. an action too long to echo", () => {
  test('a 25,000-character action → BAD_REQUEST ack with action "" and the seq; the connection and the server go on', async () => {
    const { a, b, ca, cb } = await boundPair();
    const ack = await ca.request({ action: "x".repeat(25_000) });
    assert.equal(ack.type, "ack");
    assert.equal(ack.action, "", "the action is not echoed");
    assert.equal(ack.status, "0000");
    assert.equal(ack.code, "BAD_REQUEST", JSON.stringify(ack).slice(0, 300));
    assert.ok(typeof ack.info === "string" && ack.info.length < 200, `short info: ${String(ack.info).slice(0, 300)}`);
    assert.ok(!JSON.stringify(ack).includes("xxxxxxxx"), "nothing of the action comes back");
    // this connection is still usable: a ping gets its pong, and it can still send
    await assertUsable(ca);
    const msgId = await sendOk(ca, b, "after the long action");
    assert.equal((await pushFrom(cb, a, msgId)).content, "after the long action");
    // the server serves others: a second client connects, binds and sends
    await assertServerServes();
  });

  test("the same long action without seq, and on a connection that is not bound, is refused the same way", async () => {
    const client = await world.open();
    client.send({ action: "y".repeat(25_000) });
    assertRefusedWithoutSeq(await nextAnswer(client), "", "BAD_REQUEST");
    await assertUsable(client);
  });

  test("an action of 64 characters is echoed; one of 65 is not (the echo limit)", async () => {
    const client = await world.open();
    const at = await client.request({ action: "a".repeat(64) });
    assert.equal(at.action, "a".repeat(64));
    assert.equal(at.code, "BAD_REQUEST", "an unknown action");
    const over = await client.request({ action: "a".repeat(65) });
    assert.equal(over.action, "");
    assert.equal(over.code, "BAD_REQUEST");
    await assertUsable(client);
  });

  test("an unknown action is quoted in the info cut to 64 characters, escapes included", async () => {
    const client = await world.open();
    const ack = await client.request({ action: '"'.repeat(64) });
    assert.equal(ack.action, '"'.repeat(64));
    assert.equal(ack.info, `unknown action "${'\\"'.repeat(31)}\\…`);
  });
});

// ---- b. a seq that cannot be echoed ----

describe("b. a seq that cannot be echoed", () => {
  const depth = 20_000;

  test("a 20,000-deep array seq on ping → BAD_REQUEST ack without seq (no pong); the connection goes on", async () => {
    const client = await world.open();
    sendPlain(client, `{"action":"ping","seq":${deepArray(depth)}}`);
    assertRefusedWithoutSeq(await nextAnswer(client), "ping", "BAD_REQUEST");
    await assertUsable(client);
    assert.deepEqual(client.inbox, [], "no pong for the refused ping, nothing else either");
  });

  test("an 8,000-deep object seq on ping (as deep as a frame holds) → the same", async () => {
    const client = await world.open();
    sendPlain(client, `{"action":"ping","seq":${deepObject(8_000)}}`);
    assertRefusedWithoutSeq(await nextAnswer(client), "ping", "BAD_REQUEST");
    await assertUsable(client);
    assert.deepEqual(client.inbox, []);
  });

  test("a 20,000-deep seq on sendmsg of a bound connection → BAD_REQUEST ack without seq, nothing sent; it goes on", async () => {
    const { a, b, ca, cb } = await boundPair();
    sendPlain(ca, `{"action":"sendmsg","sendto":"user","to_user_id":${b.userId},"content":"deep","seq":${deepArray(depth)}}`);
    assertRefusedWithoutSeq(await nextAnswer(ca), "sendmsg", "BAD_REQUEST");
    await assertUsable(ca);
    await fence(cb);
    assert.deepEqual(msgsIn(cb), [], "the refused message was not delivered");
    assert.equal((await storedBetween(a, b)).length, 0, "nor stored");
    const msgId = await sendOk(ca, b, "shallow");
    assert.equal((await pushFrom(cb, a, msgId)).content, "shallow");
  });

  test("a 20,000-deep seq on bind and on an unknown action → BAD_REQUEST ack without seq", async () => {
    const user = await world.user();
    const client = await world.open();
    sendPlain(
      client,
      `{"action":"bind","bindto":"user","user_id":${user.userId},"token":${JSON.stringify(user.token)},"seq":${deepArray(depth)}}`,
    );
    assertRefusedWithoutSeq(await nextAnswer(client), "bind", "BAD_REQUEST");
    sendPlain(client, `{"action":"dance","seq":${deepArray(depth)}}`);
    assertRefusedWithoutSeq(await nextAnswer(client), "dance", "BAD_REQUEST");
    await assertUsable(client);
    // the refused bind did not bind: a send is still "bind first"
    const early = await client.request({ action: "sendmsg", sendto: "user", to_user_id: user.userId, content: "x" });
    assert.equal(early.code, "FORBIDDEN", JSON.stringify(early));
    const bound = await client.bind(user.userId, user.token);
    assert.equal(bound.status, "1111", JSON.stringify(bound));
  });

  test("a shallow array seq, an object seq, and a 65-character string seq → BAD_REQUEST ack without seq", async () => {
    const client = await world.connect(await world.user()); // bound: refusals before a bind would count as bad frames
    for (const seq of [[1], { n: 1 }, "s".repeat(65)]) {
      client.send({ action: "ping", seq });
      assertRefusedWithoutSeq(await nextAnswer(client), "ping", "BAD_REQUEST");
      client.send({ action: "dance", seq });
      assertRefusedWithoutSeq(await nextAnswer(client), "dance", "BAD_REQUEST");
    }
    await assertUsable(client);
    assert.deepEqual(client.inbox, []);
  });

  test("numbers and strings of up to 64 characters are echoed, in pongs and in acks", async () => {
    const { b, ca } = await boundPair();
    for (const seq of [0, 42, -7, 3.5, 1e21, "", "abc", "s".repeat(64)]) {
      ca.send({ action: "ping", seq });
      assert.deepEqual(await nextAnswer(ca), { type: "pong", seq }, `ping seq ${JSON.stringify(seq)}`);
      ca.send({ ...dmFrame(b, "seq test"), seq });
      const ack = await nextAnswer(ca);
      assert.equal(ack.status, "1111", JSON.stringify(ack));
      assert.equal(ack.seq, seq, `sendmsg seq ${JSON.stringify(seq)}`);
      ca.send({ action: "dance", seq });
      const refused = await nextAnswer(ca);
      assert.equal(refused.code, "BAD_REQUEST");
      assert.equal(refused.seq, seq, `refused action seq ${JSON.stringify(seq)}`);
    }
  });

  test('a 20,000-deep action → BAD_REQUEST ack with action ""', async () => {
    const client = await world.open();
    sendPlain(client, `{"action":${deepArray(depth)},"seq":5}`);
    const ack = await nextAnswer(client);
    assert.deepEqual(
      { ...ack, info: undefined },
      { type: "ack", action: "", seq: 5, status: "0000", code: "BAD_REQUEST", info: undefined },
    );
    await assertUsable(client);
  });

  // Deep values in the other fields of an action: each must be a client error, never an internal one.
  const deepFieldCases: [string, "bound" | "unbound", (u: User, peer: User) => string, string[]][] = [
    [
      "sendmsg content",
      "bound",
      (_u, p) => `{"action":"sendmsg","sendto":"user","to_user_id":${p.userId},"content":${deepArray(depth)},"seq":1}`,
      ["BAD_REQUEST"],
    ],
    [
      "sendmsg to_user_id",
      "bound",
      () => `{"action":"sendmsg","sendto":"user","to_user_id":${deepArray(depth)},"content":"x","seq":1}`,
      ["BAD_REQUEST"],
    ],
    [
      "sendmsg sendto",
      "bound",
      (_u, p) => `{"action":"sendmsg","sendto":${deepArray(depth)},"to_user_id":${p.userId},"content":"x","seq":1}`,
      ["BAD_REQUEST"],
    ],
    [
      "sendmsg user_id",
      "bound",
      (_u, p) => `{"action":"sendmsg","sendto":"user","to_user_id":${p.userId},"content":"x","user_id":${deepArray(depth)},"seq":1}`,
      ["BAD_REQUEST"],
    ],
    [
      "bind user_id",
      "unbound",
      (u) => `{"action":"bind","bindto":"user","user_id":${deepArray(depth)},"token":${JSON.stringify(u.token)},"seq":1}`,
      ["BAD_REQUEST"],
    ],
    [
      "bind token",
      "unbound",
      (u) => `{"action":"bind","bindto":"user","user_id":${u.userId},"token":${deepArray(depth)},"seq":1}`,
      ["BAD_REQUEST", "TOKEN_INVALID"],
    ],
    [
      "bind bindto",
      "unbound",
      (u) => `{"action":"bind","bindto":${deepArray(depth)},"user_id":${u.userId},"token":${JSON.stringify(u.token)},"seq":1}`,
      ["BAD_REQUEST"],
    ],
  ];
  for (const [name, state, json, codes] of deepFieldCases) {
    test(`a 20,000-deep ${name} (${state} connection) → ${codes.join(" or ")}, connection kept`, async () => {
      const { a, b, ca } = await boundPair();
      const client = state === "bound" ? ca : await world.open();
      sendPlain(client, json(a, b));
      const ack = await nextAnswer(client);
      assert.equal(ack.status, "0000", JSON.stringify(ack).slice(0, 300));
      assert.ok(codes.includes(ack.code as string), `code ${String(ack.code)}: ${JSON.stringify(ack).slice(0, 300)}`);
      assert.equal(ack.seq, 1);
      await assertUsable(client);
    });
  }

  test("a 20,000-deep token on sendmsg of a bound connection → TOKEN_INVALID or BAD_REQUEST, not INTERNAL", async () => {
    const { b, ca, cb } = await boundPair();
    sendPlain(ca, `{"action":"sendmsg","sendto":"user","to_user_id":${b.userId},"content":"x","token":${deepArray(depth)},"seq":1}`);
    const ack = await nextAnswer(ca);
    assert.equal(ack.status, "0000", JSON.stringify(ack).slice(0, 300));
    assert.ok(
      ["TOKEN_INVALID", "BAD_REQUEST"].includes(ack.code as string),
      `code ${String(ack.code)}: ${JSON.stringify(ack).slice(0, 300)}`,
    );
    await assertUsable(ca);
    await fence(cb);
    assert.deepEqual(msgsIn(cb), []);
  });
});

// ---- c. content whose JSON escaping would not fit a push ----

describe("c. content is limited as JSON, so its push always fits a frame", () => {
  const quotes = '"'.repeat(24_536);

  test("24,536 '\"' (fits an inbound frame, 49 KB as JSON) → BAD_REQUEST, not stored; the recipient still binds and gets nothing", async () => {
    assert.ok(quoteRecipient.userId < 10, `the recipient's id ${quoteRecipient.userId} must be one digit for the frame to fit`);
    const sender = await world.connect(quoteSender);
    const online = await world.connect(quoteRecipient);
    // No seq, no user_id, no token: the frame is at its largest (49,136 bytes of JSON, 65,516 of base64).
    sender.send({ action: "sendmsg", sendto: "user", to_user_id: quoteRecipient.userId, content: quotes });
    const ack = await nextAnswer(sender);
    assertRefusedWithoutSeq(ack, "sendmsg", "BAD_REQUEST");
    assert.match(ack.info as string, /over \d+ bytes as JSON text/);
    assert.equal((await storedBetween(quoteSender, quoteRecipient)).length, 0, "nothing stored");
    await fence(online);
    assert.deepEqual(msgsIn(online), [], "nothing pushed");
    // the recipient is not locked out: a new connection binds, gets nothing, and is served
    const again = await world.open();
    const bound = await again.bind(quoteRecipient.userId, quoteRecipient.token);
    assert.equal(bound.status, "1111", JSON.stringify(bound));
    await fence(again);
    assert.deepEqual(msgsIn(again), []);
    // and the sender's connection goes on
    const msgId = await sendOk(sender, quoteRecipient, "a normal message");
    assert.equal((await pushFrom(again, quoteSender, msgId)).content, "a normal message");
    assert.equal((await pushFrom(online, quoteSender, msgId)).content, "a normal message");
  });

  test("the limit is 32,768 bytes of JSON: escapes and multi-byte characters count", async () => {
    const { a, b, ca } = await boundPair();
    const cases: [string, string, boolean][] = [
      ["32,766 ASCII (32,768 as JSON)", "a".repeat(32_766), true],
      ["32,767 ASCII (32,769 as JSON)", "a".repeat(32_767), false],
      ["16,383 '\"' (32,768 as JSON)", '"'.repeat(16_383), true],
      ["16,384 '\"' (32,770 as JSON)", '"'.repeat(16_384), false],
      ["16,383 newlines (32,768 as JSON)", "\n".repeat(16_383), true],
      ["10,922 '€' (32,768 bytes as JSON)", "€".repeat(10_922), true],
      ["10,923 '€' (32,771 bytes as JSON)", "€".repeat(10_923), false],
    ];
    let accepted = 0;
    for (const [name, content, ok] of cases) {
      const ack = await ca.request(dmFrame(b, content));
      assert.equal(ack.status, ok ? "1111" : "0000", `${name}: ${JSON.stringify(ack).slice(0, 300)}`);
      if (ok) accepted++;
      else assert.equal(ack.code, "BAD_REQUEST", name);
    }
    assert.equal((await storedBetween(a, b)).length, accepted, "only the accepted ones are stored");
  });

  test("32,000 ASCII characters: delivered live to an online recipient", async () => {
    const { a, b, ca, cb } = await boundPair();
    const content = "L".repeat(32_000);
    const msgId = await sendOk(ca, b, content);
    const push = await pushFrom(cb, a, msgId);
    assert.equal(push.content, content);
    assert.equal(push.to_user_id, b.userId);
  });

  test("32,000 ASCII characters to an offline recipient: replayed on its bind (ack 1111, then the push)", async () => {
    const a = await world.user();
    const b = await world.user();
    const ca = await world.connect(a);
    const content = "R".repeat(32_000);
    const msgId = await sendOk(ca, b, content);
    // the largest content that can come (a run of quotes at the limit) is replayed too
    const quoted = '"'.repeat(16_383);
    const quotedId = await sendOk(ca, b, quoted);
    const cb = await world.open();
    const bound = await cb.bind(b.userId, b.token);
    assert.equal(bound.status, "1111", JSON.stringify(bound));
    assert.equal((await pushFrom(cb, a, msgId)).content, content);
    assert.equal((await pushFrom(cb, a, quotedId)).content, quoted);
  });
});

// ---- d. bind with a bad bindto ----

describe("d. bind with an unknown bindto, or none", () => {
  test('unbound connection: bindto "nonsense" and no bindto → BAD_REQUEST; neither binds', async () => {
    const user = await world.user();
    const client = await world.open();
    const nonsense = await client.request({ action: "bind", bindto: "nonsense", user_id: user.userId, token: user.token });
    assert.equal(nonsense.status, "0000");
    assert.equal(nonsense.code, "BAD_REQUEST", JSON.stringify(nonsense));
    assert.equal(nonsense.action, "bind");
    const none = await client.request({ action: "bind" });
    assert.equal(none.status, "0000");
    assert.equal(none.code, "BAD_REQUEST", JSON.stringify(none));
    const noneWithUser = await client.request({ action: "bind", user_id: user.userId, token: user.token });
    assert.equal(noneWithUser.code, "BAD_REQUEST", JSON.stringify(noneWithUser));
    // still unbound, still open (three refusals are within IM_SOCKET_BAD_FRAMES)
    const bound = await client.bind(user.userId, user.token);
    assert.equal(bound.status, "1111", JSON.stringify(bound));
  });

  test('bound connection: bindto "nonsense" and no bindto → BAD_REQUEST; it stays bound', async () => {
    const { a, b, ca, cb } = await boundPair();
    for (const frame of [
      { action: "bind", bindto: "nonsense", user_id: a.userId, token: a.token },
      { action: "bind" },
      { action: "bind", bindto: null },
      { action: "bind", bindto: 1 },
    ]) {
      const ack = await ca.request(frame);
      assert.equal(ack.status, "0000", JSON.stringify(ack));
      assert.equal(ack.code, "BAD_REQUEST", JSON.stringify(ack));
    }
    const msgId = await sendOk(ca, b, "still bound");
    assert.equal((await pushFrom(cb, a, msgId)).content, "still bound");
  });
});

// ---- e. the process is still up ----

describe("e. after all of the above", () => {
  test("a fresh client binds and exchanges messages", async () => {
    await assertServerServes();
    const client = await world.open();
    await assertUsable(client);
  });
});
