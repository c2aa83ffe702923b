// Accounts over the signed API (signed-api.md §3): com.sms.send, com.user.register and com.user.login — reply shapes,
// field validation, one phone whatever its spelling (product.md), duplicate and racing registrations, wrong
// credentials, how the password is stored, and the real SMS flow through the webhook provider (no dev code): delivery,
// single use, scenes, resend limit, wrong-try lockout, expiry, delivery failure, keyed storage.
import assert from "node:assert/strict";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { hashPasswordMd5, passwordMd5, verifyPasswordMd5 } from "../../shared/crypto/password.ts";
import { smsCodes, users } from "../../shared/db/schema.ts";
import { smsCodeDigest } from "../../shared/domain/sms-codes.ts";
import { canonicalTelephone } from "../../shared/domain/telephones.ts";
import type { SignedReply } from "../../shared/signed-api/client.ts";
import type { Fields } from "../../shared/signed-api/fields.ts";
import { startTestServer, type TestServer } from "../../test-kit/signed-api-server.ts";
import { devCode } from "../../test-kit/temp-domain.ts";

const password = "secret1";
const creds = (telephone: unknown, extra: Fields = {}): Fields => ({ telephone, password, sms_code: devCode, ...extra });
const nowS = (server: TestServer) => Math.floor(server.domain.nowMs() / 1000);

function assertCode(reply: SignedReply, code: string, what = "") {
  assert.equal(reply.httpStatus, 200, what);
  assert.equal(reply.body.status, "0000", `${what}: ${JSON.stringify(reply.body)}`);
  assert.equal(reply.body.code, code, `${what}: ${JSON.stringify(reply.body)}`);
}

function assertOk(reply: SignedReply, what = ""): unknown {
  assert.equal(reply.httpStatus, 200, what);
  assert.equal(reply.body.status, "1111", `${what}: ${JSON.stringify(reply.body)}`);
  return reply.body.data;
}

/** Telephones are stored in E.164; the tests write them as clients do. */
const e164 = (server: TestServer, telephone: string) => canonicalTelephone(telephone, server.config.phoneRegion);
const userRows = (server: TestServer, telephone: string) =>
  server.domain.db
    .select()
    .from(users)
    .where(eq(users.telephone, e164(server, telephone)));

describe("with the dev SMS code", () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server?.close());

  test('reply shapes: sms.send → "success", register → {user_id}, login → {user_id, token, expire, nickname}', async () => {
    const telephone = "13900000001";
    assert.deepEqual((await server.call("com.sms.send", { telephone, scene: "register" })).body, { status: "1111", data: "success" });
    const reg = await server.call("com.user.register", creds(telephone));
    assert.deepEqual(Object.keys(reg.body).sort(), ["data", "status"]);
    const { user_id } = assertOk(reg) as { user_id: number };
    assert.ok(Number.isInteger(user_id) && user_id > 0, `user_id ${user_id}`);
    assert.deepEqual(reg.body.data, { user_id });

    const before = nowS(server);
    const login = await server.call("com.user.login", creds(telephone));
    assert.deepEqual(Object.keys(login.body).sort(), ["data", "status"]);
    const data = assertOk(login) as Record<string, unknown>;
    assert.deepEqual(Object.keys(data).sort(), ["expire", "nickname", "token", "user_id"]);
    assert.equal(data.user_id, user_id);
    assert.equal(data.nickname, telephone, "the nickname starts as the telephone");
    assert.equal(typeof data.token, "string");
    assert.ok((data.token as string).length >= 22, "at least 128 bits");
    const expire = data.expire as number;
    assert.ok(Number.isInteger(expire) && expire >= before + 86400 && expire <= nowS(server) + 86400, `expire ${expire}`);
  });

  test("telephone: a possible phone number, national (IM_PHONE_REGION) or international, spaced or not; else BAD_REQUEST", async () => {
    const cases: [string, boolean][] = [
      ["13911000001", true],
      ["+8613911000002", true],
      ["008613911000003", true],
      ["139 1100 0004", true],
      ["139-1100-0005", true],
      ["+86 (139) 1100-0006", true],
      ["+447700900123", true],
      ["0044 7700 900124", true],
      ["12345", false],
      ["+12345", false],
      ["1234", false],
      ["1".repeat(20), false],
      [`+${"2".repeat(20)}`, false],
      ["3".repeat(21), false],
      ["++8613911000007", false],
      ["13911+000008", false],
      ["139a1100009", false],
      ["13911000010 ext 5", false],
      ["tel:13911000011", false],
      ["\t13911000012", false],
      ["１３９１１００００１３", false], // full-width digits
      ["+", false],
      ["", false],
    ];
    for (const [telephone, valid] of cases) {
      const reply = await server.call("com.user.register", creds(telephone));
      if (valid) assertOk(reply, telephone);
      else assertCode(reply, "BAD_REQUEST", JSON.stringify(telephone));
    }
  });

  test("one phone whatever its spelling: one account, every spelling logs in, replies show IM_PHONE_REGION's national form", async () => {
    const { user_id } = assertOk(await server.call("com.user.register", creds("13244556677"))) as { user_id: number };
    for (const spelling of ["+8613244556677", "008613244556677", "132 4455 6677", "+86 132-4455-6677", "8613244556677"]) {
      assertCode(await server.call("com.user.register", creds(spelling)), "CONFLICT", `register ${spelling}`);
      assertCode(await server.call("com.sms.send", { telephone: spelling, scene: "register" }), "CONFLICT", `sms.send ${spelling}`);
      const data = assertOk(await server.call("com.user.login", creds(spelling)), `login ${spelling}`) as Record<string, unknown>;
      assert.equal(data.user_id, user_id, spelling);
      assert.equal(data.nickname, "13244556677", "the nickname is the national form");
    }
    const [row] = await userRows(server, "13244556677");
    assert.equal(row.telephone, "+8613244556677", "stored in E.164");

    const abroad = assertOk(await server.call("com.user.register", creds("00447700900126"))) as { user_id: number };
    const data = assertOk(await server.call("com.user.login", creds("+44 7700 900126"))) as Record<string, unknown>;
    assert.deepEqual([data.user_id, data.nickname], [abroad.user_id, "+447700900126"], "another region's number shows in E.164");

    // Adding a friend by mobile finds the account whatever the spelling.
    const me = (assertOk(await server.call("com.user.login", creds("13244556677"))) as { token: string }).token;
    const ask = (mobile: string) => server.call("com.user.addfriend", { opt: "addMsg", user_id, mobile }, { token: me });
    assertOk(await ask("0044 7700 900126"), "addfriend by a spelling of the phone");
    assertCode(await ask("+8613244556677"), "BAD_REQUEST", "yourself, spelled another way");
    assertCode(await ask("12345"), "BAD_REQUEST", "not a phone");
  });

  test("IM_PHONE_REGION is the region of numbers written without a country code", async () => {
    const gb = await startTestServer({ IM_PHONE_REGION: "GB" });
    try {
      assertOk(await gb.call("com.user.register", creds("07700 900125")));
      const [row] = await gb.domain.db.select().from(users);
      assert.equal(row.telephone, "+447700900125");
      assert.equal(row.nickname, "07700900125", "national form of GB");
      assertCode(await gb.call("com.user.register", creds("+44 7700 900125")), "CONFLICT");
      assertOk(await gb.call("com.user.register", creds("+8613244556677")));
      const china = assertOk(await gb.call("com.user.login", creds("008613244556677"))) as Record<string, unknown>;
      assert.equal(china.nickname, "+8613244556677", "a CN number shows in E.164 under GB");
    } finally {
      await gb.close();
    }
  });

  test("password: 6-64 characters", async () => {
    const cases: [string, string, boolean][] = [
      ["5 characters", "abcde", false],
      ["empty", "", false],
      ["6 characters", "abcdef", true],
      ["64 characters", "p".repeat(64), true],
      ["65 characters", "p".repeat(65), false],
      ["6 CJK characters", "密码密码密码", true],
      ["5 characters outside the BMP", "😀".repeat(5), false],
    ];
    for (const [i, [name, pw, valid]] of cases.entries()) {
      const reply = await server.call("com.user.register", creds(`1391000000${i}`, { password: pw }));
      if (valid) assertOk(reply, name);
      else assertCode(reply, "BAD_REQUEST", name);
    }
  });

  test("password: 64 characters outside the BMP are 64 characters", async () => {
    assertOk(await server.call("com.user.register", creds("13910000099", { password: "😀".repeat(64) })));
    assertOk(await server.call("com.user.login", creds("13910000099", { password: "😀".repeat(64) })));
  });

  test("wrong or missing types → BAD_REQUEST", async () => {
    const bad: [string, unknown][] = [
      ["object", { n: "13920000001" }],
      ["array", ["13920000001"]],
      ["true", true],
      ["false", false],
      ["null", null],
      ["fraction", 1392000000.5],
    ];
    for (const method of ["com.user.register", "com.user.login"]) {
      for (const [name, value] of bad) {
        assertCode(await server.call(method, creds(value)), "BAD_REQUEST", `${method} telephone ${name}`);
        assertCode(await server.call(method, creds("13920000001", { password: value })), "BAD_REQUEST", `${method} password ${name}`);
        assertCode(await server.call(method, creds("13920000001", { sms_code: value })), "BAD_REQUEST", `${method} sms_code ${name}`);
      }
      for (const field of ["telephone", "password", "sms_code"]) {
        const data = creds("13920000001");
        delete data[field];
        assertCode(await server.call(method, data), "BAD_REQUEST", `${method} without ${field}`);
      }
    }
    assertCode(await server.call("com.sms.send", { telephone: "13920000001" }), "BAD_REQUEST", "no scene");
    for (const scene of [null, "", "Register", "reset", ["register"]]) {
      assertCode(await server.call("com.sms.send", { telephone: "13920000001", scene }), "BAD_REQUEST", `scene ${JSON.stringify(scene)}`);
    }
    assertCode(await server.call("com.sms.send", { telephone: { t: 1 }, scene: "register" }), "BAD_REQUEST", "sms.send object phone");
    assert.equal((await userRows(server, "13920000001")).length, 0, "nothing was registered");
  });

  test("com.sms.send checks the telephone like register does", async () => {
    for (const telephone of ["1234", "abc12345", "+", "1".repeat(21)]) {
      const reply = await server.call("com.sms.send", { telephone, scene: "register" });
      assertCode(reply, "BAD_REQUEST", `sms.send ${telephone}`);
    }
  });

  test("a duplicate telephone → CONFLICT", async () => {
    assertOk(await server.call("com.user.register", creds("13930000001")));
    assertCode(await server.call("com.user.register", creds("13930000001")), "CONFLICT");
    assertCode(await server.call("com.user.register", creds("13930000001", { password: "another1" })), "CONFLICT");
    assert.equal((await userRows(server, "13930000001")).length, 1);
  });

  test("20 concurrent registrations of one phone: exactly one user, the rest CONFLICT", async () => {
    const telephone = "13940000001";
    const replies = await Promise.all(Array.from({ length: 20 }, () => server.call("com.user.register", creds(telephone))));
    const ok = replies.filter((r) => r.body.status === "1111");
    assert.equal(ok.length, 1, JSON.stringify(replies.map((r) => r.body)));
    for (const r of replies) if (r !== ok[0]) assertCode(r, "CONFLICT");
    const rows = await userRows(server, telephone);
    assert.equal(rows.length, 1);
    assert.deepEqual(ok[0].body.data, { user_id: rows[0].id });
  });

  test("wrong password, unknown phone or wrong SMS code → FORBIDDEN", async () => {
    assertOk(await server.call("com.user.register", creds("13950000001")));
    assertCode(await server.call("com.user.login", creds("13950000001", { password: "secret2" })), "FORBIDDEN", "wrong password");
    assertCode(await server.call("com.user.login", creds("13950000001", { password: "SECRET1" })), "FORBIDDEN", "password case");
    assertCode(await server.call("com.user.login", creds("13950000009")), "FORBIDDEN", "unknown phone");
    assertCode(await server.call("com.user.login", creds("13950000001", { sms_code: "000000" })), "FORBIDDEN", "wrong code");
    assertCode(await server.call("com.user.register", creds("13950000002", { sms_code: "000000" })), "FORBIDDEN", "register, wrong code");
    assertOk(await server.call("com.user.login", creds("13950000001")), "the right credentials still log in");
  });

  test("the password is stored as a scrypt verifier of its md5 (what TeamTalk login checks)", async () => {
    const pw = "pässwörd-42";
    assertOk(await server.call("com.user.register", creds("13960000001", { password: pw })));
    const [row] = await userRows(server, "13960000001");
    const verifier = row.passwordVerifier;
    assert.ok(verifier.startsWith("scrypt$"), verifier);
    for (const secret of [pw, passwordMd5(pw), passwordMd5(pw).toUpperCase()]) {
      assert.ok(!verifier.includes(secret), `the verifier does not contain ${secret}`);
    }
    assert.equal(await verifyPasswordMd5(passwordMd5(pw), verifier), true);
    assert.equal(await verifyPasswordMd5(passwordMd5("pässwörd-43"), verifier), false);
    const other = await server.call("com.user.register", creds("13960000002", { password: pw }));
    const [otherRow] = await userRows(server, "13960000002");
    assertOk(other);
    assert.notEqual(otherRow.passwordVerifier, verifier, "salted: one password, two verifiers");
  });
});

interface SmsPost {
  telephone: string;
  code: string;
  scene: string;
}

/** An SMS webhook on 127.0.0.1 that records every JSON POST and answers with `status`. */
async function startWebhook() {
  const received: SmsPost[] = [];
  const hook = { url: "", received, status: 200 };
  const http = createServer(async (req: IncomingMessage, res) => {
    let text = "";
    for await (const chunk of req) text += chunk;
    received.push(JSON.parse(text));
    res.writeHead(hook.status, { "content-type": "text/plain" }).end(hook.status === 200 ? "ok" : "down");
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  hook.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/sms`;
  const close = () =>
    new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return { ...hook, hook, close };
}

describe("the real SMS flow through the webhook provider", () => {
  let server: TestServer;
  let webhook: Awaited<ReturnType<typeof startWebhook>>;

  /** Each test gets its own server (tests move its clock) and webhook. */
  async function start() {
    webhook = await startWebhook();
    server = await startTestServer({ IM_SMS_PROVIDER: "webhook", IM_SMS_WEBHOOK_URL: webhook.url, IM_SMS_DEV_CODE: "" });
  }
  async function stop() {
    await server?.close();
    await webhook?.close();
  }
  function flow(name: string, fn: () => Promise<void>, options: { todo?: string } = {}) {
    test(name, options, async () => {
      await start();
      try {
        await fn();
      } finally {
        await stop();
      }
    });
  }

  /** Asks for a code and returns the one the webhook received. */
  async function sendCode(telephone: string, scene: "register" | "login"): Promise<string> {
    const before = webhook.received.length;
    assertOk(await server.call("com.sms.send", { telephone, scene }), `sms.send ${telephone} ${scene}`);
    assert.equal(webhook.received.length, before + 1, "one POST per send");
    const post = webhook.received[before];
    assert.deepEqual(
      { telephone: post.telephone, scene: post.scene },
      { telephone: e164(server, telephone), scene },
      "E.164 to the provider",
    );
    return post.code;
  }
  const otherThan = (code: string) => (code === "000000" ? "111111" : "000000");
  const register = (telephone: string, sms_code: string) => server.call("com.user.register", creds(telephone, { sms_code }));
  const login = (telephone: string, sms_code: string) => server.call("com.user.login", creds(telephone, { sms_code }));
  /** Registers through a fresh register code, then waits out the resend limit. */
  async function registered(telephone: string): Promise<number> {
    const { user_id } = assertOk(await register(telephone, await sendCode(telephone, "register"))) as { user_id: number };
    server.advance(61);
    return user_id;
  }

  flow("the webhook gets {telephone, code, scene}; the code registers once; the dev code is not accepted", async () => {
    assertCode(await register("13970000001", devCode), "FORBIDDEN", "no dev code without IM_SMS_DEV_CODE");
    await sendCode("13970000001", "register");
    assert.equal(webhook.received.length, 1);
    const [post] = webhook.received;
    assert.deepEqual(Object.keys(post).sort(), ["code", "scene", "telephone"]);
    assert.match(post.code, /^\d{6}$/);
    assert.deepEqual(post, { telephone: "+8613970000001", code: post.code, scene: "register" });
    assertOk(await register("13970000001", post.code));
    assert.equal((await server.domain.db.select().from(smsCodes)).length, 0, "the code was consumed");
    assertCode(await register("13970000001", post.code), "CONFLICT", "the phone is now registered");
  });

  flow("a login code logs in once; a second use → FORBIDDEN", async () => {
    const userId = await registered("13970000002");
    const code = await sendCode("13970000002", "login");
    const data = assertOk(await login("13970000002", code)) as { user_id: number };
    assert.equal(data.user_id, userId);
    assertCode(await login("13970000002", code), "FORBIDDEN", "second use");
  });

  flow("scene matters: a register code does not log in, a login code does not register", async () => {
    const telephone = "13970000003";
    // A register code, then an account for the phone made another way (as TeamTalk accounts are).
    const registerCode = await sendCode(telephone, "register");
    const passwordVerifier = await hashPasswordMd5(passwordMd5(password));
    await server.domain.db.insert(users).values({ telephone: e164(server, telephone), nickname: telephone, passwordVerifier });
    assertCode(await login(telephone, registerCode), "FORBIDDEN", "a register code does not log in");
    server.advance(61);
    const loginCode = await sendCode(telephone, "login");
    // The account goes away (removed by an admin); its login code must not register the phone again.
    await server.domain.db.delete(users).where(eq(users.telephone, e164(server, telephone)));
    assertCode(await register(telephone, loginCode), "FORBIDDEN", "a login code does not register");
    assert.equal((await userRows(server, telephone)).length, 0);
    server.advance(61);
    assertOk(await register(telephone, await sendCode(telephone, "register")), "a register code does");
  });

  flow("one send per 60 s per telephone: a second send → RATE_LIMITED, after advance(61) allowed", async () => {
    const first = await sendCode("13970000005", "register");
    assertCode(await server.call("com.sms.send", { telephone: "13970000005", scene: "register" }), "RATE_LIMITED", "at once");
    server.advance(58);
    assertCode(await server.call("com.sms.send", { telephone: "13970000005", scene: "register" }), "RATE_LIMITED", "after 58 s");
    assert.equal(webhook.received.length, 1, "a refused send posts nothing");
    await sendCode("13970000006", "register"); // another phone is not limited
    server.advance(3);
    const second = await sendCode("13970000005", "register");
    if (second !== first) assertCode(await register("13970000005", first), "FORBIDDEN", "the resend replaced the first code");
    assertOk(await register("13970000005", second));
  });

  flow("one phone, one resend limit, whatever the spelling; a code sent to one spelling registers another", async () => {
    const code = await sendCode("13970000020", "register");
    for (const spelling of ["+8613970000020", "008613970000020", "139 7000 0020", "+86 (139) 7000-0020"]) {
      assertCode(await server.call("com.sms.send", { telephone: spelling, scene: "register" }), "RATE_LIMITED", spelling);
    }
    assert.equal(webhook.received.length, 1, "one code, to +8613970000020");
    assertOk(await register("0086 139 7000 0020", code));
    assert.equal((await userRows(server, "13970000020")).length, 1);
  });

  flow("5 wrong tries lock the code: then even the right one → RATE_LIMITED", async () => {
    const code = await sendCode("13970000007", "register");
    for (let i = 1; i <= 5; i++) assertCode(await register("13970000007", otherThan(code)), "FORBIDDEN", `wrong try ${i}`);
    assertCode(await register("13970000007", code), "RATE_LIMITED", "the right code after 5 wrong tries");
    assert.equal((await userRows(server, "13970000007")).length, 0);
    server.advance(61);
    assertOk(await register("13970000007", await sendCode("13970000007", "register")), "a new code works");
  });

  flow("4 wrong tries do not lock the code", async () => {
    const code = await sendCode("13970000008", "register");
    for (let i = 1; i <= 4; i++) assertCode(await register("13970000008", otherThan(code)), "FORBIDDEN", `wrong try ${i}`);
    assertOk(await register("13970000008", code));
  });

  flow("a code is valid for 300 s", async () => {
    const early = await sendCode("13970000009", "register");
    const late = await sendCode("13970000010", "register");
    server.advance(298);
    assertOk(await register("13970000009", early), "after 298 s");
    server.advance(4);
    assertCode(await register("13970000010", late), "FORBIDDEN", "after 302 s");
    assert.equal((await userRows(server, "13970000010")).length, 0);
  });

  flow("register-scene send for a registered phone → CONFLICT; login-scene send for an unknown one → NOT_FOUND", async () => {
    await registered("13970000011");
    assertCode(await server.call("com.sms.send", { telephone: "13970000011", scene: "register" }), "CONFLICT");
    assertCode(await server.call("com.sms.send", { telephone: "13970000012", scene: "login" }), "NOT_FOUND");
    assert.equal(webhook.received.length, 1, "only the first register code was posted");
  });

  flow("the webhook failing → INTERNAL, and the user may ask again at once", async () => {
    webhook.hook.status = 500;
    const failed = await server.call("com.sms.send", { telephone: "13970000013", scene: "register" });
    assert.equal(failed.body.status, "0000");
    assert.equal(failed.body.code, "INTERNAL", JSON.stringify(failed.body));
    assert.equal(webhook.received.length, 1, "the provider was asked");
    const lost = webhook.received[0].code;
    assert.equal((await server.domain.db.select().from(smsCodes)).length, 0, "no code is left behind");
    webhook.hook.status = 200;
    const code = await sendCode("13970000013", "register");
    if (code !== lost) assertCode(await register("13970000013", lost), "FORBIDDEN", "the undelivered code");
    assertOk(await register("13970000013", code));
  });

  flow("the stored code is keyed with the server secret, not a plain hash a copy of the database could reverse", async () => {
    const code = await sendCode("13970000014", "register");
    const rows = await server.domain.db.select().from(smsCodes);
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.telephone, "+8613970000014");
    assert.equal(row.scene, "register");
    assert.notEqual(row.codeHash, code);
    assert.ok(row.codeHash.length >= 32, "a digest, not the code");
    const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
    for (const plain of [code, `+8613970000014${code}`, `+8613970000014\nregister\n${code}`]) {
      assert.notEqual(row.codeHash, sha256(plain), "not a plain SHA-256");
    }
    assert.equal(row.codeHash, smsCodeDigest(server.domain, "+8613970000014", "register", code), "an HMAC under the secret");
    assert.notEqual(row.codeHash, smsCodeDigest({ secret: new Uint8Array(32) }, "+8613970000014", "register", code));
    for (const [column, value] of Object.entries(row)) {
      if (column !== "telephone") assert.ok(!String(value).includes(code), `${column} does not hold the code`);
    }
  });

  flow("a registered account's password verifies as md5 for TeamTalk", async () => {
    const code = await sendCode("13970000015", "register");
    assertOk(await server.call("com.user.register", creds("13970000015", { sms_code: code, password: "tt-pass-9" })));
    const [row] = await userRows(server, "13970000015");
    assert.ok(row.passwordVerifier.startsWith("scrypt$"));
    assert.equal(await verifyPasswordMd5(passwordMd5("tt-pass-9"), row.passwordVerifier), true);
  });
});
