// Password logins through both doors (TeamTalk's passwordLogin, the signed API's login) over a temp database, with
// the slow checks counted: a recent success spares the slow hash until it expires or the password changes, and
// neither a wrong password, a disabled account nor the failure limit is let through by it.
import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { passwordMd5, verifyPasswordMd5 } from "../crypto/password.ts";
import { RecentLogins, recentLoginTtlMs } from "../crypto/recent-logins.ts";
import { devCode, openTempDomain, type TempDomain } from "../../test-kit/temp-domain.ts";
import { login } from "./accounts.ts";
import { passwordLogin } from "./directory.ts";
import type { ErrorCode } from "./errors.ts";
import { maxLoginFailures } from "./login-failures.ts";
import { addUser, changeUser, disableUser } from "./users-admin.ts";

let t: TempDomain;
before(async () => {
  t = await openTempDomain();
});
after(() => t.close());

/** Slow checks made since the test began. */
let slowChecks = 0;
beforeEach(() => {
  slowChecks = 0;
  t.domain.recentLogins = new RecentLogins({
    nowMs: () => t.domain.nowMs(),
    slowVerify: (md5, verifier) => {
      slowChecks++;
      return verifyPasswordMd5(md5, verifier);
    },
  });
});

const refusedWith = (code: ErrorCode) => (err: unknown) => {
  assert.equal((err as { code?: string }).code, code, String(err));
  return true;
};

let next = 0;
/** A new user with password "secret1". */
async function freshUser(): Promise<{ id: number; loginName: string; telephone: string }> {
  next++;
  const names = { loginName: `login${next}`, telephone: `1391111${String(next).padStart(4, "0")}` };
  const { id } = await addUser(t.domain, { ...names, password: "secret1" });
  return { id, ...names };
}

test("a second login with the same password skips the slow hash, on either door; a wrong one still takes it", async () => {
  const user = await freshUser();
  assert.equal((await passwordLogin(t.domain, user.loginName, passwordMd5("secret1"))).id, user.id);
  assert.equal(slowChecks, 1);
  assert.equal((await passwordLogin(t.domain, user.loginName, passwordMd5("secret1"))).id, user.id);
  assert.equal((await passwordLogin(t.domain, user.telephone, passwordMd5("secret1").toUpperCase())).id, user.id);
  assert.equal((await login(t.domain, { telephone: user.telephone, password: "secret1", smsCode: devCode })).userId, user.id);
  assert.equal(slowChecks, 1, "one record serves both doors");
  await assert.rejects(passwordLogin(t.domain, user.loginName, passwordMd5("secret2")), refusedWith("FORBIDDEN"));
  await assert.rejects(login(t.domain, { telephone: user.telephone, password: "secret2", smsCode: devCode }), refusedWith("FORBIDDEN"));
  assert.equal(slowChecks, 3);
});

test("the success expires after the TTL: the next login is checked slowly and remembered again", async () => {
  const user = await freshUser();
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret1"));
  t.advance(recentLoginTtlMs / 1000 - 1);
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret1"));
  assert.equal(slowChecks, 1);
  t.advance(1);
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret1"));
  assert.equal(slowChecks, 2);
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret1"));
  assert.equal(slowChecks, 2);
});

test("a password change drops the success: the old password fails, the new one and even the same one are checked slowly", async () => {
  const user = await freshUser();
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret1"));
  await changeUser(t.domain, user.id, { password: "secret2" });
  await assert.rejects(passwordLogin(t.domain, user.loginName, passwordMd5("secret1")), refusedWith("FORBIDDEN"));
  assert.equal(slowChecks, 2);
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret2"));
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret2"));
  assert.equal(slowChecks, 3);
  await changeUser(t.domain, user.id, { password: "secret2" });
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret2"));
  assert.equal(slowChecks, 4, "the same password stored again has a new salt");
});

test("a remembered success lets in neither a disabled account nor a name past the failure limit", async () => {
  const user = await freshUser();
  await passwordLogin(t.domain, user.loginName, passwordMd5("secret1"));
  for (let i = 0; i <= maxLoginFailures; i++) {
    await assert.rejects(passwordLogin(t.domain, user.loginName, passwordMd5("wrong1")), refusedWith("FORBIDDEN"));
  }
  await assert.rejects(passwordLogin(t.domain, user.loginName, passwordMd5("secret1")), refusedWith("RATE_LIMITED"));
  await disableUser(t.domain, user.id);
  await assert.rejects(passwordLogin(t.domain, user.telephone, passwordMd5("secret1")), refusedWith("FORBIDDEN"));
  await assert.rejects(login(t.domain, { telephone: user.telephone, password: "secret1", smsCode: devCode }), refusedWith("FORBIDDEN"));
  assert.equal(slowChecks, 1 + maxLoginFailures + 1, "only the wrong passwords were checked");
});
