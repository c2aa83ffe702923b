// The administrator's accounts (users-admin.ts) over a temp database: adding with a login name and/or a telephone,
// changing every field, each refusal with its code, and disabling: both doors' logins refused, tokens deleted, a kick
// in the log; enabling again.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { passwordMd5 } from "../crypto/password.ts";
import { events, users } from "../db/schema.ts";
import { devCode, openTempDomain, type TempDomain } from "../../test-kit/temp-domain.ts";
import { login } from "./accounts.ts";
import { addDepartment, deleteDepartment } from "./departments.ts";
import { passwordLogin } from "./directory.ts";
import type { ErrorCode } from "./errors.ts";
import { authenticate } from "./tokens.ts";
import { addUser, changeUser, disableUser, enableUser, findUser, listUsers, type UserFields } from "./users-admin.ts";

let t: TempDomain;
before(async () => {
  t = await openTempDomain();
});
after(() => t.close());

const refusedWith = (code: ErrorCode, message?: RegExp) => (err: unknown) => {
  assert.equal((err as { code?: string }).code, code, String(err));
  if (message) assert.match((err as Error).message, message);
  return true;
};

let next = 0;
/** A fresh login name and telephone. */
function fresh(): { loginName: string; telephone: string } {
  next++;
  return { loginName: `user${next}`, telephone: `1390000${String(next).padStart(4, "0")}` };
}

describe("adding users", () => {
  test("a login name alone: the nickname defaults to it, TeamTalk logs in with md5(password)", async () => {
    const { loginName } = fresh();
    const profile = await addUser(t.domain, { loginName, password: "secret1" });
    assert.equal(profile.loginName, loginName);
    assert.equal(profile.nickname, loginName);
    assert.equal(profile.telephone, "");
    assert.equal(profile.status, 0);
    assert.equal((await passwordLogin(t.domain, loginName, passwordMd5("secret1"))).id, profile.id);
  });

  test("a telephone in any spelling is stored canonical; the signed API logs in with it", async () => {
    const { telephone } = fresh();
    const profile = await addUser(t.domain, { telephone: `+86 ${telephone}`, password: "secret1", nickname: "Zhang San" });
    assert.equal(profile.telephone, telephone);
    assert.equal(profile.nickname, "Zhang San");
    const [row] = await t.domain.db.select({ telephone: users.telephone }).from(users).where(eq(users.id, profile.id));
    assert.equal(row.telephone, `+86${telephone}`);
    assert.equal((await login(t.domain, { telephone, password: "secret1", smsCode: devCode })).userId, profile.id);
  });

  test("every profile field is stored and read back whole (NUL included)", async () => {
    const department = await addDepartment(t.domain, { name: "Sales" });
    const fields = {
      ...fresh(),
      password: "secret1",
      nickname: "A\u0000B 😀",
      gender: 2,
      email: "a@example.com",
      avatar: "https://img.example.com/a.png",
      departmentId: department.id,
      signInfo: "x".repeat(128),
      domain: "zhangsan",
    };
    const profile = await addUser(t.domain, fields);
    const { password, telephone, ...shown } = fields;
    assert.deepEqual({ ...profile, id: 0, telephone: "" }, { ...shown, id: 0, telephone: "", status: 0 });
    assert.deepEqual(await listUsers(t.domain).then((all) => all.find((u) => u.id === profile.id)), profile);
  });

  test("refusals: each bad field is BAD_REQUEST naming it, a taken name or telephone CONFLICT, an unknown department NOT_FOUND", async () => {
    const taken = fresh();
    const owner = await addUser(t.domain, { ...taken, password: "secret1" });
    const deleted = await addDepartment(t.domain, { name: "Gone" });
    await deleteDepartment(t.domain, deleted.id);
    const cases: [UserFields, ErrorCode, RegExp][] = [
      [{ password: "secret1" }, "BAD_REQUEST", /login name or a telephone/],
      [{ loginName: fresh().loginName }, "BAD_REQUEST", /password is required/],
      [{ loginName: "a b", password: "secret1" }, "BAD_REQUEST", /login name must not hold spaces/],
      [{ loginName: "x".repeat(33), password: "secret1" }, "BAD_REQUEST", /login name is longer than 32/],
      [{ loginName: "12345", password: "secret1" }, "BAD_REQUEST", /only digits/],
      [{ loginName: "a\ud800", password: "secret1" }, "BAD_REQUEST", /lone surrogate/],
      [{ telephone: "12", password: "secret1" }, "BAD_REQUEST", /telephone is not a valid phone number/],
      [{ ...fresh(), password: "short" }, "BAD_REQUEST", /password must be 6-64/],
      [{ ...fresh(), password: "secret\udc00" }, "BAD_REQUEST", /password is not valid Unicode/],
      [{ ...fresh(), password: "secret1", nickname: "" }, "BAD_REQUEST", /nickname must not be empty/],
      [{ ...fresh(), password: "secret1", gender: 3 }, "BAD_REQUEST", /gender must be a whole number in 0..2/],
      [{ ...fresh(), password: "secret1", email: "nobody" }, "BAD_REQUEST", /email/],
      [{ ...fresh(), password: "secret1", avatar: "ftp://x/a.png" }, "BAD_REQUEST", /avatar must be an absolute http/],
      [{ ...fresh(), password: "secret1", signInfo: "汉".repeat(43) }, "BAD_REQUEST", /sign info is longer than 128 bytes/],
      [{ ...fresh(), password: "secret1", departmentId: 999 }, "NOT_FOUND", /department 999 does not exist/],
      [{ ...fresh(), password: "secret1", departmentId: deleted.id }, "NOT_FOUND", /is deleted/],
      [{ loginName: taken.loginName, password: "secret1" }, "CONFLICT", new RegExp(`taken by user ${owner.id}`)],
      [{ telephone: `+86${taken.telephone}`, password: "secret1" }, "CONFLICT", new RegExp(`registered to user ${owner.id}`)],
    ];
    const before = (await listUsers(t.domain)).length;
    for (const [fields, code, message] of cases) await assert.rejects(addUser(t.domain, fields), refusedWith(code, message));
    assert.equal((await listUsers(t.domain)).length, before, "nothing was written");
  });
});

describe("changing users", () => {
  test("fields change, updated_at moves, the new password works on both doors and the old one no more", async () => {
    const { loginName, telephone } = fresh();
    const { id } = await addUser(t.domain, { loginName, password: "secret1" });
    const updated = async () => (await t.domain.db.select({ u: users.updatedAt }).from(users).where(eq(users.id, id)))[0].u;
    const first = await updated();
    t.advance(5);
    const changed = await changeUser(t.domain, id, { nickname: "New", telephone, password: "secret2", signInfo: "hi", gender: 1 });
    assert.deepEqual([changed.nickname, changed.telephone, changed.signInfo, changed.gender], ["New", telephone, "hi", 1]);
    assert.ok((await updated()) >= first + 5);
    await assert.rejects(passwordLogin(t.domain, loginName, passwordMd5("secret1")), refusedWith("FORBIDDEN"));
    assert.equal((await passwordLogin(t.domain, loginName, passwordMd5("secret2"))).id, id);
    assert.equal((await login(t.domain, { telephone, password: "secret2", smsCode: devCode })).userId, id);
  });

  test('"" clears the login name or the telephone, but a user keeps one of them', async () => {
    const names = fresh();
    const { id } = await addUser(t.domain, { ...names, password: "secret1" });
    assert.equal((await changeUser(t.domain, id, { loginName: "" })).loginName, "");
    await assert.rejects(changeUser(t.domain, id, { telephone: "" }), refusedWith("BAD_REQUEST", /login name or a telephone/));
    const swapped = await changeUser(t.domain, id, { loginName: names.loginName, telephone: "" });
    assert.deepEqual([swapped.loginName, swapped.telephone], [names.loginName, ""]);
  });

  test("a name or telephone of another user is CONFLICT; its own is not; an unknown user NOT_FOUND", async () => {
    const [a, b] = [fresh(), fresh()];
    const alice = await addUser(t.domain, { ...a, password: "secret1" });
    await addUser(t.domain, { ...b, password: "secret1" });
    await assert.rejects(changeUser(t.domain, alice.id, { loginName: b.loginName }), refusedWith("CONFLICT"));
    await assert.rejects(changeUser(t.domain, alice.id, { telephone: b.telephone }), refusedWith("CONFLICT"));
    assert.equal((await changeUser(t.domain, alice.id, { ...a })).loginName, a.loginName);
    await assert.rejects(changeUser(t.domain, 99_999, { nickname: "x" }), refusedWith("NOT_FOUND"));
  });

  test("findUser: by id, login name, or telephone in any spelling; NOT_FOUND otherwise", async () => {
    const names = fresh();
    const { id } = await addUser(t.domain, { ...names, password: "secret1" });
    for (const ref of [String(id), names.loginName, names.telephone, `+86 ${names.telephone}`])
      assert.equal(await findUser(t.domain, ref), id);
    for (const ref of ["nobody", "99999", ""]) await assert.rejects(findUser(t.domain, ref), refusedWith("NOT_FOUND"));
  });
});

describe("disabling users", () => {
  test("both doors refuse the login, every token is deleted and one kick is logged for the user; enabling lets it in again", async () => {
    const names = fresh();
    const { id } = await addUser(t.domain, { ...names, password: "secret1" });
    const credentials = { telephone: names.telephone, password: "secret1", smsCode: devCode };
    const tokens = [await login(t.domain, credentials), await login(t.domain, credentials)];
    const disabled = await disableUser(t.domain, id);
    assert.equal(disabled.status, 3);
    await assert.rejects(passwordLogin(t.domain, names.loginName, passwordMd5("secret1")), refusedWith("FORBIDDEN"));
    await assert.rejects(passwordLogin(t.domain, names.telephone, passwordMd5("secret1")), refusedWith("FORBIDDEN"));
    await assert.rejects(login(t.domain, credentials), refusedWith("FORBIDDEN"));
    for (const { token } of tokens) await assert.rejects(authenticate(t.domain, token), refusedWith("TOKEN_INVALID"));
    const kicks = await t.domain.db.select().from(events).where(eq(events.userId, id));
    assert.deepEqual(
      kicks.map((e) => [e.kind, e.payload]),
      [["kick", '{"reason":"disabled"}']],
    );
    assert.equal((await enableUser(t.domain, id)).status, 0);
    assert.equal((await passwordLogin(t.domain, names.loginName, passwordMd5("secret1"))).id, id);
    assert.equal((await login(t.domain, credentials)).userId, id);
  });

  test("disabling or enabling an unknown user is NOT_FOUND and logs nothing", async () => {
    const eventCount = async () => (await t.domain.db.select({ n: count() }).from(events))[0].n;
    const before = await eventCount();
    await assert.rejects(disableUser(t.domain, 99_999), refusedWith("NOT_FOUND"));
    await assert.rejects(enableUser(t.domain, 99_999), refusedWith("NOT_FOUND"));
    assert.equal(await eventCount(), before);
  });
});
