// Regression tests for the order of checks in com.user.login and com.user.register (shared/domain/accounts.ts), over
// real HTTP against a real signed-API server on a temp libSQL file, with real SMS codes (webhook provider, no dev code;
// the webhook is a node:http server here that records what it is sent):
//   a. the SMS code is checked before the password: with a wrong (or missing) code, the right and a wrong password get
//      the very same reply, so a password cannot be probed without a valid code;
//   b. with the right code, a wrong password is FORBIDDEN and counts as a failed try of the code: five failures of any
//      mix lock the code (RATE_LIMITED, even with the right password), also when the logins are sent in parallel;
//   c. the right code and password after one to four failures log in, and use the code up;
//   d. register with a wrong code is refused with the code's error and creates no user.
import assert from "node:assert/strict";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { smsCodes, users } from "../db/schema.ts";
import type { SignedReply } from "../signed-api/client.ts";
import { startTestServer, type TestServer } from "../../test-kit/signed-api-server.ts";
import { canonicalTelephone } from "./telephones.ts";

const password = "right-pass-1";
const wrongPassword = "wrong-pass-2";

interface SmsPost {
  telephone: string;
  code: string;
  scene: string;
}

/** An SMS webhook on 127.0.0.1:0 that records every JSON POST. */
async function startWebhook(): Promise<{ url: string; received: SmsPost[]; close(): Promise<void> }> {
  const received: SmsPost[] = [];
  const http = createServer(async (req: IncomingMessage, res) => {
    let text = "";
    for await (const chunk of req) text += chunk;
    received.push(JSON.parse(text) as SmsPost);
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/sms`;
  const close = () =>
    new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return { url, received, close };
}

interface Env {
  server: TestServer;
  webhook: Awaited<ReturnType<typeof startWebhook>>;
}

/** A test with its own webhook and server (tests move the server's clock); both closed afterwards. */
function withServer(name: string, fn: (env: Env) => Promise<void>): void {
  test(name, async () => {
    const webhook = await startWebhook();
    let server: TestServer | undefined;
    try {
      server = await startTestServer({ IM_SMS_PROVIDER: "webhook", IM_SMS_WEBHOOK_URL: webhook.url, IM_SMS_DEV_CODE: "" });
      await fn({ server, webhook });
    } finally {
      await server?.close();
      await webhook.close();
    }
  });
}

function assertFailure(reply: SignedReply, code: string, info: string, what: string): void {
  assert.equal(reply.httpStatus, 200, what);
  assert.deepEqual(reply.body, { status: "0000", code, info }, what);
}

const wrongCode = (reply: SignedReply, what: string) => assertFailure(reply, "FORBIDDEN", "wrong SMS code", what);
const wrongPasswordReply = (reply: SignedReply, what: string) => assertFailure(reply, "FORBIDDEN", "wrong telephone or password", what);
const noCode = (reply: SignedReply, what: string) =>
  assertFailure(reply, "FORBIDDEN", "no valid SMS code for this telephone; request one", what);
const locked = (reply: SignedReply, what: string) =>
  assertFailure(reply, "RATE_LIMITED", "too many wrong SMS codes; request a new one", what);

function assertLoggedIn(reply: SignedReply, userId: number, what: string): void {
  assert.equal(reply.body.status, "1111", `${what}: ${JSON.stringify(reply.body)}`);
  const data = reply.body.data as { user_id: number; token: string };
  assert.equal(data.user_id, userId, what);
  assert.equal(typeof data.token, "string", what);
}

/** Asks for a code (com.sms.send) and returns the one the webhook received; then moves past the resend limit. */
async function sendCode({ server, webhook }: Env, telephone: string, scene: "register" | "login"): Promise<string> {
  const before = webhook.received.length;
  const reply = await server.call("com.sms.send", { telephone, scene });
  assert.equal(reply.body.status, "1111", `sms.send ${telephone} ${scene}: ${JSON.stringify(reply.body)}`);
  assert.equal(webhook.received.length, before + 1, "one POST per send");
  const post = webhook.received[before];
  assert.deepEqual({ telephone: post.telephone, scene: post.scene }, { telephone: canonicalTelephone(telephone, "CN"), scene });
  assert.match(post.code, /^\d{6}$/);
  server.advance(61); // the next send for this phone is allowed
  return post.code;
}

/** A six-digit code other than this one. */
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

const login = (env: Env, telephone: string, smsCode: string, pass = password) =>
  env.server.call("com.user.login", { telephone, password: pass, sms_code: smsCode });
const register = (env: Env, telephone: string, smsCode: string, pass = password) =>
  env.server.call("com.user.register", { telephone, password: pass, sms_code: smsCode });

/** Registers the telephone through a register-scene code; returns the user id. */
async function registered(env: Env, telephone: string): Promise<number> {
  const reply = await register(env, telephone, await sendCode(env, telephone, "register"));
  assert.equal(reply.body.status, "1111", `register ${telephone}: ${JSON.stringify(reply.body)}`);
  return (reply.body.data as { user_id: number }).user_id;
}

/** failed_tries of the telephone's login code (null when there is none). */
async function failedTries(env: Env, telephone: string): Promise<number | null> {
  const rows = await env.server.domain.db
    .select({ failedTries: smsCodes.failedTries, scene: smsCodes.scene })
    .from(smsCodes)
    .where(eq(smsCodes.telephone, canonicalTelephone(telephone, "CN")));
  const row = rows.find((r) => r.scene === "login");
  return row ? row.failedTries : null;
}

describe("a. the SMS code is checked before the password", () => {
  withServer("a wrong code gets the same reply with the right and with a wrong password", async (env) => {
    const telephone = "13980000001";
    const userId = await registered(env, telephone);
    const code = await sendCode(env, telephone, "login");
    const right = await login(env, telephone, otherThan(code), password);
    wrongCode(right, "wrong code, right password");
    const wrong = await login(env, telephone, otherThan(code), wrongPassword);
    assert.deepEqual(wrong, right, "wrong code, wrong password: the very same reply");
    // another wrong code, to be sure the reply does not depend on which wrong code it is
    assert.deepEqual(await login(env, telephone, otherThan(otherThan(code)), wrongPassword), right);
    assert.equal(await failedTries(env, telephone), 3, "each wrong code is a failed try, whatever the password");
    assertLoggedIn(await login(env, telephone, code), userId, "the right code and password still log in");
  });

  withServer("with no code sent at all, the right and a wrong password get the same reply", async (env) => {
    const telephone = "13980000002";
    await registered(env, telephone);
    const right = await login(env, telephone, "123456", password);
    noCode(right, "no code, right password");
    assert.deepEqual(await login(env, telephone, "123456", wrongPassword), right, "no code, wrong password");
  });

  withServer("an unknown telephone gets the code's error too, not a password error", async (env) => {
    await registered(env, "13980000003");
    noCode(await login(env, "13980000099", "123456", password), "unknown telephone");
  });
});

describe("b. a wrong password with the right code counts as a failed try", () => {
  withServer('right code, wrong password → FORBIDDEN "wrong telephone or password"; the code is not used up', async (env) => {
    const telephone = "13980000011";
    const userId = await registered(env, telephone);
    const code = await sendCode(env, telephone, "login");
    wrongPasswordReply(await login(env, telephone, code, wrongPassword), "right code, wrong password");
    assert.equal(await failedTries(env, telephone), 1, "counted against the code");
    assertLoggedIn(await login(env, telephone, code), userId, "the code was not used up");
  });

  withServer("five wrong passwords with the right code lock it: then the right password → RATE_LIMITED", async (env) => {
    const telephone = "13980000012";
    await registered(env, telephone);
    const code = await sendCode(env, telephone, "login");
    for (let i = 1; i <= 5; i++) wrongPasswordReply(await login(env, telephone, code, wrongPassword), `wrong password ${i}`);
    locked(await login(env, telephone, code, password), "the right code and password after 5 failures");
    locked(await login(env, telephone, code, wrongPassword), "and a wrong password: the same lock, the password is not checked");
  });

  const mixes: [string, ("code" | "password")[]][] = [
    ["code, password, code, password, code", ["code", "password", "code", "password", "code"]],
    ["password, code, password, code, password", ["password", "code", "password", "code", "password"]],
    ["four wrong codes, then a wrong password", ["code", "code", "code", "code", "password"]],
    ["four wrong passwords, then a wrong code", ["password", "password", "password", "password", "code"]],
  ];
  for (const [name, mix] of mixes) {
    withServer(`five failures of mixed kinds (${name}) lock the code`, async (env) => {
      const telephone = "13980000013";
      await registered(env, telephone);
      const code = await sendCode(env, telephone, "login");
      for (const [i, kind] of mix.entries()) {
        if (kind === "code") wrongCode(await login(env, telephone, otherThan(code), password), `failure ${i + 1}: wrong code`);
        else wrongPasswordReply(await login(env, telephone, code, wrongPassword), `failure ${i + 1}: wrong password`);
      }
      assert.equal(await failedTries(env, telephone), 5);
      locked(await login(env, telephone, code, password), "the right code and password after 5 failures");
    });
  }

  withServer("a new code after a lock works again", async (env) => {
    const telephone = "13980000014";
    const userId = await registered(env, telephone);
    const code = await sendCode(env, telephone, "login");
    for (let i = 1; i <= 5; i++) wrongPasswordReply(await login(env, telephone, code, wrongPassword), `wrong password ${i}`);
    locked(await login(env, telephone, code), "locked");
    const fresh = await sendCode(env, telephone, "login");
    assertLoggedIn(await login(env, telephone, fresh), userId, "a new code");
  });

  withServer("twenty logins sent in parallel with the right code test at most five passwords", async (env) => {
    const telephone = "13980000015";
    await registered(env, telephone);
    const code = await sendCode(env, telephone, "login");
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => login(env, telephone, code, `guess-${i}-pass`)));
    const tested = replies.filter((r) => r.body.info === "wrong telephone or password").length;
    const refused = replies.filter((r) => r.body.code === "RATE_LIMITED").length;
    assert.ok(tested <= 5, `${tested} passwords were tested against one code`);
    assert.equal(tested + refused, 20, JSON.stringify(replies.map((r) => r.body.info)));
  });
});

describe("c. the right code and password after 1-4 failures log in and use the code up", () => {
  for (let failures = 1; failures <= 4; failures++) {
    withServer(`after ${failures} failure(s) (wrong passwords and wrong codes in turn)`, async (env) => {
      const telephone = "13980000021";
      const userId = await registered(env, telephone);
      const code = await sendCode(env, telephone, "login");
      for (let i = 0; i < failures; i++) {
        if (i % 2 === 0) wrongPasswordReply(await login(env, telephone, code, wrongPassword), `failure ${i + 1}: wrong password`);
        else wrongCode(await login(env, telephone, otherThan(code), password), `failure ${i + 1}: wrong code`);
      }
      assert.equal(await failedTries(env, telephone), failures);
      const ok = await login(env, telephone, code);
      assertLoggedIn(ok, userId, `the right code and password after ${failures} failure(s)`);
      // the token is real: an authenticated call with it succeeds
      const token = (ok.body.data as { token: string }).token;
      const friends = await env.server.call("com.user.getFriends", { user_id: userId }, { token });
      assert.deepEqual(friends.body, { status: "1111", data: [] });
      // the code is used up
      assert.equal(await failedTries(env, telephone), null, "the code row is gone");
      noCode(await login(env, telephone, code), "the same code a second time");
      noCode(await login(env, telephone, code, wrongPassword), "and with a wrong password: the same reply");
    });
  }
});

describe("d. register with a wrong code", () => {
  const userRows = (env: Env, telephone: string) =>
    env.server.domain.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.telephone, canonicalTelephone(telephone, "CN")));

  withServer("a wrong code → the code's error, no user; the right code then registers", async (env) => {
    const telephone = "13980000031";
    const code = await sendCode(env, telephone, "register");
    wrongCode(await register(env, telephone, otherThan(code)), "a wrong register code");
    assert.deepEqual(await userRows(env, telephone), [], "no user row");
    const [row] = await env.server.domain.db
      .select({ failedTries: smsCodes.failedTries })
      .from(smsCodes)
      .where(eq(smsCodes.telephone, canonicalTelephone(telephone, "CN")));
    assert.equal(row?.failedTries, 1, "counted as a failed try");
    const reply = await register(env, telephone, code);
    assert.equal(reply.body.status, "1111", JSON.stringify(reply.body));
    assert.equal((await userRows(env, telephone)).length, 1);
  });

  withServer("no code sent → the code's error, no user", async (env) => {
    const telephone = "13980000032";
    noCode(await register(env, telephone, "123456"), "register without a code");
    assert.deepEqual(await userRows(env, telephone), [], "no user row");
  });

  withServer("five wrong codes lock it: the right one → RATE_LIMITED, no user", async (env) => {
    const telephone = "13980000033";
    const code = await sendCode(env, telephone, "register");
    for (let i = 1; i <= 5; i++) wrongCode(await register(env, telephone, otherThan(code)), `wrong code ${i}`);
    locked(await register(env, telephone, code), "the right code after 5 wrong ones");
    assert.deepEqual(await userRows(env, telephone), [], "no user row");
  });
});
