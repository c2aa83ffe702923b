// The signed API's HTTP transport (signed-api.md §1-§2), black-box against a real server: where `request` may come
// from (form body, query string, unencoded `+`), the `-v`/`-t` aliases, the sign and `_t` window, transport garbage
// (HTTP 400) versus API-level failures (HTTP 200), the JSON shape of every reply, and that garbage harms nothing.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { Agent, request as httpRequest } from "node:http";
import { after, before, describe, test } from "node:test";
import { encryptText, sealJson } from "../../shared/crypto/aes-envelope.ts";
import { buildRequest, formBody, type SignedCall } from "../../shared/signed-api/client.ts";
import type { Fields } from "../../shared/signed-api/fields.ts";
import { startTestServer, type TestServer } from "../../test-kit/signed-api-server.ts";

let server: TestServer;
let me: { userId: number; token: string };

before(async () => {
  server = await startTestServer({}, { listen: true }); // raw HTTP: bodies cut, chunked, over real connections
  me = await server.signUp("13800000001");
});
after(() => server?.close());

interface Reply {
  status: number;
  contentType: string;
  body: Record<string, unknown>;
}

const nowS = () => Math.floor(server.domain.nowMs() / 1000);
const md5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex").toUpperCase();
const seal = (value: unknown) => sealJson(value, server.config.aesKey);

interface Raw {
  method?: string;
  path?: string;
  query?: string;
  /** A string is sent with a content-length; chunks are sent with `transfer-encoding: chunked`. */
  body?: string | string[];
  /** Defaults to a fresh connection per request, so one test's connection state cannot leak into another's. */
  agent?: Agent | false;
}

/** Sends raw bytes over node:http and parses the reply, asserting it is JSON. */
function send(raw: Raw): Promise<Reply> {
  const url = new URL(raw.path ?? "/", server.url);
  if (raw.query !== undefined) url.search = raw.query;
  const headers: Record<string, string | number> = { "content-type": "application/x-www-form-urlencoded" };
  if (typeof raw.body === "string") headers["content-length"] = Buffer.byteLength(raw.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: raw.method ?? "POST", headers, agent: raw.agent ?? false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => {
        try {
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), body: JSON.parse(text) });
        } catch {
          reject(new assert.AssertionError({ message: `reply is not JSON (HTTP ${res.statusCode}): ${text.slice(0, 200)}` }));
        }
      });
    });
    req.on("error", reject);
    for (const chunk of typeof raw.body === "string" ? [raw.body] : (raw.body ?? [])) req.write(chunk);
    req.end();
  });
}

/** Seals a request object as `request=<percent-encoded base64>`. */
const sendRequest = (request: unknown) => send({ body: `request=${encodeURIComponent(seal(request))}` });

/** An authenticated getFriends call of `me` (succeeds with `[]`). */
function friendsCall(extra: Partial<SignedCall> = {}): SignedCall {
  return { method: "com.user.getFriends", data: { user_id: me.userId }, token: me.token, time: nowS(), ...extra };
}

const ok = { status: "1111", data: [] };

function assertFailure(reply: Reply, httpStatus: number, code: string, what = "") {
  assert.equal(reply.status, httpStatus, `${what}: HTTP status (${JSON.stringify(reply.body)})`);
  assert.match(reply.contentType, /^application\/json\b/, `${what}: content-type`);
  assert.deepEqual(Object.keys(reply.body).sort(), ["code", "info", "status"], `${what}: failure keys`);
  assert.equal(reply.body.status, "0000", what);
  assert.equal(reply.body.code, code, `${what}: ${JSON.stringify(reply.body)}`);
  assert.equal(typeof reply.body.info, "string", what);
  assert.ok((reply.body.info as string).length > 0, `${what}: info is not empty`);
}

function assertSuccess(reply: Reply, what = "") {
  assert.equal(reply.status, 200, `${what}: ${JSON.stringify(reply.body)}`);
  assert.match(reply.contentType, /^application\/json\b/, `${what}: content-type`);
  assert.deepEqual(reply.body, ok, what);
}

/** Freezes the server clock for fn, so `_t` offsets are exact to the second. */
async function withFrozenClock(fn: (now: number) => Promise<void>): Promise<void> {
  const moving = server.domain.nowMs;
  const frozen = moving();
  server.domain.nowMs = () => frozen;
  try {
    await fn(Math.floor(frozen / 1000));
  } finally {
    server.domain.nowMs = moving;
  }
}

describe("where the request comes from", () => {
  test("form body `request=` with the base64 percent-encoded", async () => {
    assertSuccess(await send({ body: formBody(friendsCall(), server.config.aesKey) }));
  });

  test("`request` in the query string, by GET and by POST with an empty body", async () => {
    const query = formBody(friendsCall(), server.config.aesKey);
    assertSuccess(await send({ method: "GET", query }), "GET");
    assertSuccess(await send({ method: "POST", query }), "POST");
  });

  test("a base64 `+` sent unencoded in the form body (arrives as a space) still works", async () => {
    let sealed = "";
    for (let i = 0; !sealed.includes("+"); i++) sealed = seal(buildRequest(friendsCall({ version: `1.${i}` })));
    assertSuccess(await send({ body: `request=${sealed}` }), "raw body");
    assertSuccess(await send({ method: "GET", query: `request=${sealed}` }), "raw query");
  });

  test("data nested too deeply to sign (a 20,000-deep array) → BAD_REQUEST, and the server goes on", async () => {
    const deep = "[".repeat(20_000) + "]".repeat(20_000);
    const plain = `{"method":"com.user.getFriends","data":{"user_id":1,"x":${deep}},"sign":"0","_v":"1.0","_t":${nowS()}}`;
    const body = `request=${encodeURIComponent(encryptText(plain, server.config.aesKey).toString("base64"))}`;
    assertFailure(await send({ body }), 200, "BAD_REQUEST", "deep data");
    assertSuccess(await sendRequest(buildRequest(friendsCall())), "still serving");
  });

  test("`-v` and `-t` are aliases of `_v` and `_t`", async () => {
    const renames: [string, string][][] = [
      [["_v", "-v"]],
      [["_t", "-t"]],
      [
        ["_v", "-v"],
        ["_t", "-t"],
      ],
    ];
    for (const pairs of renames) {
      const request = buildRequest(friendsCall());
      for (const [from, to] of pairs) {
        request[to] = request[from];
        delete request[from];
      }
      assertSuccess(await sendRequest(request), JSON.stringify(pairs));
    }
  });
});

describe("transport garbage is HTTP 400 BAD_REQUEST", () => {
  const key = () => server.config.aesKey;
  const b64 = (bytes: Uint8Array) => encodeURIComponent(Buffer.from(bytes).toString("base64"));
  const cases: [string, () => string][] = [
    ["an empty body", () => ""],
    ["no request parameter", () => "other=1"],
    ["an empty request parameter", () => "request="],
    ["bad base64", () => "request=%21%21not*base64%21%21"],
    ["base64 of a length that is not a multiple of 16", () => `request=${b64(new Uint8Array(15))}`],
    ["sealed with another key", () => `request=${encodeURIComponent(sealJson(buildRequest(friendsCall()), "0123456789abcdef"))}`],
    ["decrypts to text that is not JSON", () => `request=${b64(encryptText("hello, world", key()))}`],
    ["a JSON array instead of an object", () => `request=${b64(encryptText(JSON.stringify([buildRequest(friendsCall())]), key()))}`],
    ["a JSON string", () => `request=${b64(encryptText('"request"', key()))}`],
    ["JSON null", () => `request=${b64(encryptText("null", key()))}`],
  ];
  for (const [name, body] of cases) {
    test(name, async () => assertFailure(await send({ body: body() }), 400, "BAD_REQUEST", name));
  }

  test("the same garbage in the query string", async () => {
    assertFailure(await send({ method: "GET", query: "request=%21%21" }), 400, "BAD_REQUEST", "GET bad base64");
    assertFailure(await send({ method: "GET" }), 400, "BAD_REQUEST", "GET without request");
  });

  test("a body over 64 KiB, with or without a content-length; exactly 64 KiB is served", async () => {
    const limit = 64 * 1024;
    const good = formBody(friendsCall(), server.config.aesKey);
    const padTo = (size: number) => `${good}&pad=${"x".repeat(size - good.length - "&pad=".length)}`;
    assertSuccess(await send({ body: padTo(limit) }), "exactly 64 KiB");
    assertFailure(await send({ body: padTo(limit + 1) }), 400, "BAD_REQUEST", "64 KiB + 1");
    assertFailure(await send({ body: padTo(4 * limit) }), 400, "BAD_REQUEST", "256 KiB");
    const chunked = await send({ body: [good, "&pad=", ..."y".repeat(limit).match(/.{1,8192}/g)!] });
    assertFailure(chunked, 400, "BAD_REQUEST", "chunked over 64 KiB");
    assertSuccess(await send({ body: [good.slice(0, 100), good.slice(100)] }), "chunked under the limit");
  });

  test("a keep-alive client refused for a body over 64 KiB can go on using its connection", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const good = formBody(friendsCall(), server.config.aesKey);
      assertFailure(await send({ body: `${good}&pad=${"x".repeat(256 * 1024)}`, agent }), 400, "BAD_REQUEST", "oversized");
      for (let i = 0; i < 5; i++) {
        const call = friendsCall({ data: { user_id: me.userId, note: "x".repeat(i * 10_000) } });
        assertSuccess(await send({ body: formBody(call, server.config.aesKey), agent }), `request ${i + 1} after the refusal`);
      }
    } finally {
      agent.destroy();
    }
  });

  test("the limit is not hit by a normal request carrying 40 KB of data", async () => {
    const call = friendsCall({ data: { user_id: me.userId, note: "é".repeat(20_000) } });
    const body = formBody(call, server.config.aesKey);
    assert.ok(body.length > 50_000 && body.length < 64 * 1024, `body is ${body.length} bytes`);
    assertSuccess(await send({ body }));
  });
});

describe("API-level failures are HTTP 200", () => {
  test("missing or mistyped method, data, _t, _v or sign → BAD_REQUEST", async () => {
    const edits: [string, (r: Fields) => void][] = [
      ["no method", (r) => delete r.method],
      ["empty method", (r) => (r.method = "")],
      ["numeric method", (r) => (r.method = 5)],
      ["no data", (r) => delete r.data],
      ["data is an array", (r) => (r.data = [])],
      ["data is a string", (r) => (r.data = "user_id=1")],
      ["data is null", (r) => (r.data = null)],
      ["no _t", (r) => delete r._t],
      ["_t is not a number", (r) => (r._t = "soon")],
      ["_t is negative", (r) => (r._t = -1)],
      ["_t is fractional", (r) => (r._t = 1.5)],
      ["no _v", (r) => delete r._v],
      ["_v is an object", (r) => (r._v = {})],
      ["no sign", (r) => delete r.sign],
      ["empty sign", (r) => (r.sign = "")],
      ["numeric sign", (r) => (r.sign = 12345)],
    ];
    for (const [name, edit] of edits) {
      const request = buildRequest(friendsCall());
      edit(request);
      assertFailure(await sendRequest(request), 200, "BAD_REQUEST", name);
    }
  });

  test("a wrong sign → BAD_SIGN; the sign compares case-insensitively", async () => {
    const time = nowS();
    const data = { token: me.token, user_id: me.userId };
    const query = `token=${me.token}&user_id=${me.userId}&time=${time}`;
    const signs: [string, string][] = [
      ["all zeros", "0".repeat(32)],
      ["signed for another _t", md5(`token=${me.token}&user_id=${me.userId}&time=${time + 1}`)],
      ["signed for other data", md5(`token=${me.token}&user_id=${me.userId + 1}&time=${time}`)],
      ["keys descending (the source's prose)", md5(`user_id=${me.userId}&token=${me.token}&time=${time}`)],
      ["time not last", md5(`time=${time}&token=${me.token}&user_id=${me.userId}`)],
      ["one digit short", md5(query).slice(1)],
    ];
    const request = (sign: string) => ({ method: "com.user.getFriends", data, sign, _v: "1.0", _t: time });
    for (const [name, sign] of signs) assertFailure(await sendRequest(request(sign)), 200, "BAD_SIGN", name);
    assertSuccess(await sendRequest(request(md5(query))), "upper case");
    assertSuccess(await sendRequest(request(md5(query).toLowerCase())), "lower case");
  });

  test("sign values: numbers shortest, booleans, null as empty, arrays as compact JSON, keys by byte value", async () => {
    const time = nowS();
    const data = { user_id: me.userId, token: me.token, Zed: "a b&c", flag: true, none: null, list: [2, 3], ratio: 1.5 };
    const query = `Zed=a b&c&flag=true&list=[2,3]&none=&ratio=1.5&token=${me.token}&user_id=${me.userId}&time=${time}`;
    assertSuccess(await sendRequest({ method: "com.user.getFriends", data, sign: md5(query), _v: "1.0", _t: String(time) }));
  });

  test("the spec's worked example is accepted verbatim at its own time", async () => {
    const time = 1495363260;
    const shift = time - nowS();
    server.advance(shift);
    try {
      const data = { telephone: "13244556677", password: "123456", sms_code: "123456" };
      const reply = await sendRequest({ method: "com.user.register", data, sign: "05391105E5EB97BF6CC9DA9F7F939E4C", _v: "1.0", _t: time });
      assert.equal(reply.status, 200);
      assert.equal(reply.body.status, "1111", JSON.stringify(reply.body));
    } finally {
      server.advance(-shift);
    }
  });

  test("`_t` more than 300 s from server time (either way) → EXPIRED_REQUEST; up to 300 s is served", async () => {
    await withFrozenClock(async (now) => {
      for (const offset of [-301, 301, -100_000, 100_000]) {
        const reply = await send({ body: formBody(friendsCall({ time: now + offset }), server.config.aesKey) });
        assertFailure(reply, 200, "EXPIRED_REQUEST", `offset ${offset}`);
      }
      for (const offset of [-300, -299, 0, 299, 300]) {
        assertSuccess(await send({ body: formBody(friendsCall({ time: now + offset }), server.config.aesKey) }), `offset ${offset}`);
      }
    });
  });

  test("unknown method → BAD_REQUEST", async () => {
    for (const method of ["com.user.nope", "com.user.getfriends", "toString", "__proto__", "constructor"]) {
      assertFailure(await send({ body: formBody(friendsCall({ method }), server.config.aesKey) }), 200, "BAD_REQUEST", method);
    }
  });

  test("unknown or missing opt → BAD_REQUEST", async () => {
    const cases: [string, Fields][] = [
      ["com.user.addfriend", { opt: "nopeMsg", sender: 2 }],
      ["com.user.addfriend", { opt: "addmsg", mobile: "13800000002" }],
      ["com.user.addfriend", { mobile: "13800000002" }],
      ["com.user.addGroup", { opt: "joinMsg", group_id: 1, friend_id: 2 }],
      ["com.user.addGroup", { opt: "toString", group_id: 1, friend_id: 2 }],
    ];
    for (const [method, data] of cases) {
      const call = friendsCall({ method, data: { user_id: me.userId, ...data } });
      assertFailure(await send({ body: formBody(call, server.config.aesKey) }), 200, "BAD_REQUEST", `${method} ${JSON.stringify(data)}`);
    }
  });
});

describe("replies", () => {
  test("success is exactly {status, data} as JSON", async () => {
    assertSuccess(await send({ body: formBody(friendsCall(), server.config.aesKey) }));
  });

  test("an unknown path or HTTP method → 404 with the failure JSON", async () => {
    for (const [method, path] of [
      ["GET", "/nope"],
      ["POST", "/api"],
      ["PUT", "/"],
      ["DELETE", "/"],
    ]) {
      assertFailure(await send({ method, path }), 404, "NOT_FOUND", `${method} ${path}`);
    }
  });

  test("the server keeps serving after garbage", async () => {
    const garbage = ["", "request=%21", "request=AAAA", `request=${"A".repeat(70_000)}`, `request=${encodeURIComponent(seal([1]))}`];
    const replies = await Promise.all(garbage.map((body) => send({ body })));
    for (const reply of replies) assertFailure(reply, 400, "BAD_REQUEST");
    assertSuccess(await send({ body: formBody(friendsCall(), server.config.aesKey) }), "a good call after the garbage");
  });
});
