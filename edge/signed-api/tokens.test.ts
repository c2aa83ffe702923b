// Signed-API tokens (signed-api.md §4), black-box against a real server with IM_TOKEN_TTL_S=100: where the token may
// sit, unknown / missing / foreign tokens, hashed storage, several tokens per user, expiry of an offline user's
// token, and renewal of an online user's expired token (new token at the top level, old one dead, a `token` event
// for the user's sockets, sealed: never in the database files in the clear) — online meaning a connection on a node
// with a fresh heartbeat, within one more TTL.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { and, eq } from "drizzle-orm";
import { sealJson } from "../../shared/crypto/aes-envelope.ts";
import { events, tokens } from "../../shared/db/schema.ts";
import type { TokenEvent } from "../../shared/domain/events.ts";
import { heartbeatNode, nodeStaleAfterS, recordConnection, removeConnection, type Protocol } from "../../shared/domain/presence.ts";
import { openTokenEvent } from "../../shared/domain/sealed-tokens.ts";
import { maxRenewals, renewalGraceS } from "../../shared/domain/tokens.ts";
import { buildRequest, type SignedCall, type SignedReply } from "../../shared/signed-api/client.ts";
import type { Fields } from "../../shared/signed-api/fields.ts";
import { startTestServer, type TestServer } from "../../test-kit/signed-api-server.ts";
import { devCode } from "../../test-kit/temp-domain.ts";

const ttl = 100;
const password = "secret1";

/** Runs fn against a fresh server (tests move its clock), closing it after. */
function withServer(fn: (server: TestServer) => Promise<void>) {
  return async () => {
    const server = await startTestServer({ IM_TOKEN_TTL_S: String(ttl) });
    try {
      await fn(server);
    } finally {
      await server.close();
    }
  };
}

const nowS = (server: TestServer) => Math.floor(server.domain.nowMs() / 1000);

/** Moves the server clock so that it reads `unixS`. */
const advanceTo = (server: TestServer, unixS: number) => server.advance(unixS - nowS(server));

async function login(server: TestServer, telephone: string): Promise<{ userId: number; token: string; expire: number }> {
  const reply = await server.call("com.user.login", { telephone, password, sms_code: devCode });
  assert.equal(reply.body.status, "1111", JSON.stringify(reply.body));
  const data = reply.body.data as { user_id: number; token: string; expire: number };
  return { userId: data.user_id, token: data.token, expire: data.expire };
}

/** Registers and logs in; returns the session with its expiry. */
async function user(server: TestServer, telephone: string) {
  await server.signUp(telephone, password);
  return login(server, telephone);
}

const friends = (server: TestServer, userId: unknown, token: string | undefined, options: Partial<SignedCall> = {}) =>
  server.call("com.user.getFriends", { user_id: userId }, { token, ...options });

/** Seals and posts a request object built by hand. */
async function sendRaw(server: TestServer, request: Fields): Promise<SignedReply> {
  const res = await server.fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `request=${encodeURIComponent(sealJson(request, server.config.aesKey))}`,
  });
  return { httpStatus: res.status, body: (await res.json()) as SignedReply["body"] };
}

function assertCode(reply: SignedReply, code: string, what = "") {
  assert.equal(reply.httpStatus, 200, what);
  assert.equal(reply.body.status, "0000", `${what}: ${JSON.stringify(reply.body)}`);
  assert.equal(reply.body.code, code, `${what}: ${JSON.stringify(reply.body)}`);
}

/** A plain success: exactly {status, data}, no renewal. */
function assertPlainOk(reply: SignedReply, what = "") {
  assert.equal(reply.httpStatus, 200, what);
  assert.deepEqual(Object.keys(reply.body).sort(), ["data", "status"], `${what}: ${JSON.stringify(reply.body)}`);
  assert.equal(reply.body.status, "1111", what);
}

function assertDead(reply: SignedReply, what = "") {
  assert.equal(reply.body.status, "0000", `${what}: ${JSON.stringify(reply.body)}`);
  assert.ok(["TOKEN_INVALID", "TOKEN_EXPIRED"].includes(reply.body.code!), `${what}: ${JSON.stringify(reply.body)}`);
}

let connections = 0;

/** Makes the user online the way a core node does: a node heartbeat `heartbeatAgeS` old and a bound connection. */
async function goOnline(server: TestServer, userId: number, options: { node?: string; protocol?: Protocol; heartbeatAgeS?: number } = {}) {
  const now = nowS(server);
  const nodeId = options.node ?? "node-a";
  await heartbeatNode(server.domain.db, nodeId, now - (options.heartbeatAgeS ?? 0));
  const connId = `conn-${++connections}`;
  await recordConnection(server.domain.db, { connId, nodeId, userId, protocol: options.protocol ?? "json-socket" }, now);
  return connId;
}

/** The user's token events as stored (sealed), and opened with the server's secret. */
const storedTokenEvents = async (server: TestServer, userId: number) =>
  (
    await server.domain.db
      .select()
      .from(events)
      .where(and(eq(events.userId, userId), eq(events.kind, "token")))
  ).map((e) => e.payload);

const tokenEvents = async (server: TestServer, userId: number) =>
  (await storedTokenEvents(server, userId)).map((payload) => {
    const event = { kind: "token", ...JSON.parse(payload) } as TokenEvent;
    return { token: openTokenEvent(server.domain.secret, event), expire: event.expire };
  });

/** Asserts a renewed success and returns the new token. */
function assertRenewed(server: TestServer, reply: SignedReply, old: string, what = ""): { token: string; expire: number } {
  assert.equal(reply.httpStatus, 200, what);
  assert.deepEqual(Object.keys(reply.body).sort(), ["data", "status", "token", "token_expire"], `${what}: ${JSON.stringify(reply.body)}`);
  assert.equal(reply.body.status, "1111", what);
  const { token, token_expire: expire } = reply.body as { token: string; token_expire: number };
  assert.equal(typeof token, "string");
  assert.notEqual(token, old, `${what}: a new token`);
  assert.ok(Math.abs(expire - (nowS(server) + ttl)) <= 1, `${what}: expire ${expire} is now + TTL`);
  return { token, expire };
}

test(
  "the token is accepted inside data (signed) and at the top level (unsigned)",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    assertPlainOk(await friends(server, me.userId, me.token), "inside data");
    assertPlainOk(await friends(server, me.userId, me.token, { tokenAtTop: true }), "at the top level");
    const both = buildRequest({ method: "com.user.getFriends", data: { user_id: me.userId }, token: me.token, time: nowS(server) });
    assertPlainOk(await sendRaw(server, { ...both, token: me.token }), "the same token in both places");
    assertPlainOk(await friends(server, String(me.userId), me.token), "user_id as a numeric string");
  }),
);

test(
  "a token in both places but different → BAD_REQUEST",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    const other = await user(server, "13800000002");
    const call = (inData: string) =>
      buildRequest({ method: "com.user.getFriends", data: { user_id: me.userId }, token: inData, time: nowS(server) });
    assertCode(await sendRaw(server, { ...call(me.token), token: other.token }), "BAD_REQUEST", "valid in data");
    assertCode(await sendRaw(server, { ...call(other.token), token: me.token }), "BAD_REQUEST", "valid at the top");
    assertCode(await sendRaw(server, { ...call(me.token), token: "f".repeat(32) }), "BAD_REQUEST", "unknown at the top");
  }),
);

test(
  "unknown, malformed or missing tokens → TOKEN_INVALID, for every authenticated method",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    const bad: [string, unknown][] = [
      ["unknown", "0123456789abcdef0123456789abcdef"],
      ["the token upper-cased", me.token.toUpperCase()],
      ["the token with a character more", `${me.token}0`],
      ["empty", ""],
      ["short", "abc"],
      ["very long", "a".repeat(10_000)],
      // biome-ignore lint/correctness/noPrecisionLoss: deliberately past 2^53, a token-sized number as a client might send it
      ["a number", 12345678901234567890],
      ["an object", { token: me.token }],
      ["an array", [me.token]],
      ["null", null],
    ];
    const signed = (data: Fields) => buildRequest({ method: "com.user.getFriends", data, time: nowS(server) });
    for (const [name, token] of bad) {
      assertCode(await sendRaw(server, signed({ user_id: me.userId, token })), "TOKEN_INVALID", `${name} in data`);
      assertCode(await sendRaw(server, { ...signed({ user_id: me.userId }), token }), "TOKEN_INVALID", `${name} at the top`);
    }
    const authed: [string, Fields][] = [
      ["com.user.getFriends", {}],
      ["com.user.getGroups", {}],
      ["com.user.createGroup", { group_name: "g" }],
      ["com.user.addfriend", { opt: "addMsg", mobile: "13800000002" }],
      ["com.user.addGroup", { opt: "addMsg", group_id: 1, friends: [2] }],
    ];
    for (const [method, data] of authed) {
      assertCode(await server.call(method, { user_id: me.userId, ...data }), "TOKEN_INVALID", `${method} without a token`);
    }
  }),
);

test(
  "user_id must be the token's user: another user's id → FORBIDDEN, and nothing is written",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    const other = await user(server, "13800000002");
    for (const userId of [other.userId, String(other.userId), 999_999]) {
      assertCode(await friends(server, userId, me.token), "FORBIDDEN", `user_id ${userId}`);
    }
    assertCode(await server.call("com.user.createGroup", { user_id: other.userId }, { token: me.token }), "FORBIDDEN", "createGroup");
    const groups = await server.call("com.user.getGroups", { user_id: other.userId }, { token: other.token });
    assert.deepEqual(groups.body, { status: "1111", data: {} }, "no group was created for the other user");
    assertCode(await server.call("com.user.getFriends", {}, { token: me.token }), "BAD_REQUEST", "no user_id");
  }),
);

test(
  "only hashes are stored; each login adds a token and all of them work",
  withServer(async (server) => {
    const first = await user(server, "13800000001"); // signUp's login plus this one
    const second = await login(server, "13800000001");
    assert.notEqual(first.token, second.token);
    assertPlainOk(await friends(server, first.userId, first.token), "the first token");
    assertPlainOk(await friends(server, first.userId, second.token), "the second token");
    const rows = await server.domain.db.select().from(tokens).where(eq(tokens.userId, first.userId));
    assert.equal(rows.length, 3, "one row per login");
    for (const row of rows) {
      for (const token of [first.token, second.token]) {
        assert.ok(!Object.values(row).some((v) => String(v).toLowerCase().includes(token.toLowerCase())), "no column holds a token");
      }
    }
    assert.ok(
      rows.some((r) => r.expiresAt === second.expire),
      "the row expires when the reply says",
    );
  }),
);

test(
  "an offline user's token works until it expires, then → TOKEN_EXPIRED",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    const other = await user(server, "13800000002");
    assert.ok(Math.abs(me.expire - (nowS(server) + ttl)) <= 1, "expire is login time + IM_TOKEN_TTL_S");
    await goOnline(server, other.userId); // someone else being online does not help
    advanceTo(server, me.expire - 2);
    assertPlainOk(await friends(server, me.userId, me.token), "2 s before expiry");
    advanceTo(server, me.expire + 1);
    assertCode(await friends(server, me.userId, me.token), "TOKEN_EXPIRED", "1 s after expiry");
    assertCode(await friends(server, me.userId, me.token, { tokenAtTop: true }), "TOKEN_EXPIRED", "at the top level");
    assert.deepEqual(await tokenEvents(server, me.userId), [], "no renewal event");
  }),
);

test(
  "an online user's expired token is renewed: a new token at the top level and a token event; the old one renews " +
    "again only within the grace (parallel requests), then is dead",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    advanceTo(server, me.expire + 10);
    await goOnline(server, me.userId);
    const renewed = assertRenewed(server, await friends(server, me.userId, me.token), me.token);
    assertPlainOk(await friends(server, me.userId, renewed.token), "the new token works, without another renewal");
    const again = assertRenewed(server, await friends(server, me.userId, me.token), me.token, "a second request within the grace");
    assert.notEqual(again.token, renewed.token, "each renewal issues its own token");
    assert.deepEqual(await tokenEvents(server, me.userId), [
      { token: renewed.token, expire: renewed.expire },
      { token: again.token, expire: again.expire },
    ]);
    for (const payload of await storedTokenEvents(server, me.userId)) {
      assert.deepEqual(Object.keys(JSON.parse(payload)).sort(), ["expire", "sealed"]);
      for (const token of [renewed.token, again.token]) assert.ok(!payload.includes(token), "the log holds the token sealed only");
    }
    server.advance(renewalGraceS + 1);
    await goOnline(server, me.userId);
    assertDead(await friends(server, me.userId, me.token), "the old token after the grace");
    assertPlainOk(await friends(server, me.userId, renewed.token), "the renewed token still works");
  }),
);

test(
  "one expired token renews into at most maxRenewals tokens, however often it is presented within the grace",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    advanceTo(server, me.expire + 10);
    await goOnline(server, me.userId);
    for (let i = 1; i <= maxRenewals; i++) assertRenewed(server, await friends(server, me.userId, me.token), me.token, `renewal ${i}`);
    assertDead(await friends(server, me.userId, me.token), "one renewal too many");
    assert.equal((await tokenEvents(server, me.userId)).length, maxRenewals);
  }),
);

test(
  "a failing request still returns the renewed token, and a token of another user is refused before any renewal",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    const other = await user(server, "13800000002");
    advanceTo(server, me.expire + 10);
    await goOnline(server, me.userId);
    const refused = await server.call("com.user.getFriends", { user_id: other.userId }, { token: me.token });
    assert.equal(refused.body.code, "FORBIDDEN");
    assert.equal(refused.body.token, undefined, "no renewal for a refused caller");
    assert.deepEqual(await tokenEvents(server, me.userId), []);
    const failed = await server.call(
      "com.user.addfriend",
      { opt: "addMsg", user_id: me.userId, mobile: "13899999999" },
      { token: me.token },
    );
    assert.equal(failed.body.code, "NOT_FOUND");
    assert.equal(typeof failed.body.token, "string", `the failure carries the new token: ${JSON.stringify(failed.body)}`);
    assertPlainOk(await friends(server, me.userId, failed.body.token!), "and it works");
  }),
);

test(
  "renewal works with the token at the top level and for a TeamTalk connection",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    advanceTo(server, me.expire + 1);
    await goOnline(server, me.userId, { node: "tt-node", protocol: "teamtalk" });
    const renewed = assertRenewed(server, await friends(server, me.userId, me.token, { tokenAtTop: true }), me.token);
    assertPlainOk(await friends(server, me.userId, renewed.token, { tokenAtTop: true }));
  }),
);

test(
  "a connection on a node with a stale heartbeat, or a removed connection, is not online → TOKEN_EXPIRED",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    advanceTo(server, me.expire + 1);
    await goOnline(server, me.userId, { node: "dead-node", heartbeatAgeS: nodeStaleAfterS + 1 });
    assertCode(await friends(server, me.userId, me.token), "TOKEN_EXPIRED", "stale node");
    const connId = await goOnline(server, me.userId, { node: "live-node" });
    await removeConnection(server.domain.db, connId);
    assertCode(await friends(server, me.userId, me.token), "TOKEN_EXPIRED", "connection removed");
    assert.deepEqual(await tokenEvents(server, me.userId), []);
    await heartbeatNode(server.domain.db, "dead-node", nowS(server));
    assertRenewed(server, await friends(server, me.userId, me.token), me.token, "the node heartbeats again");
  }),
);

test(
  "renewal only within one more TTL after expiry: past 2×TTL → TOKEN_EXPIRED even when online",
  withServer(async (server) => {
    const early = await user(server, "13800000001");
    const late = await user(server, "13800000002");
    await goOnline(server, early.userId);
    await goOnline(server, late.userId);
    advanceTo(server, early.expire + ttl - 2);
    await goOnline(server, early.userId); // refresh the heartbeat after the clock moved
    assertRenewed(server, await friends(server, early.userId, early.token), early.token, "TTL - 2 s after expiry");
    advanceTo(server, late.expire + ttl + 1); // 2×TTL + 1 after login
    await goOnline(server, late.userId);
    assertCode(await friends(server, late.userId, late.token), "TOKEN_EXPIRED", "TTL + 1 s after expiry");
    assert.deepEqual(await tokenEvents(server, late.userId), []);
  }),
);

test(
  "a renewed token is never in the database files in the clear: im.db and im.db-wal hold neither it nor its hex",
  withServer(async (server) => {
    const me = await user(server, "13800000001");
    advanceTo(server, me.expire + 10);
    await goOnline(server, me.userId);
    const renewed = assertRenewed(server, await friends(server, me.userId, me.token), me.token);
    assert.equal((await tokenEvents(server, me.userId))[0].token, renewed.token, "the event carries it, sealed");
    const files = ["im.db", "im.db-wal"].map((name) => join(server.dir, name)).filter((path) => existsSync(path));
    assert.ok(
      files.some((path) => path.endsWith("-wal")),
      "the write is in the WAL",
    );
    const needles = [renewed.token, Buffer.from(renewed.token, "utf8").toString("hex")].map((text) => Buffer.from(text, "latin1"));
    for (const path of files) {
      const bytes = readFileSync(path);
      for (const needle of needles) assert.equal(bytes.indexOf(needle), -1, `${path} holds ${needle}`);
    }
  }),
);
