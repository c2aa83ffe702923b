import assert from "node:assert/strict";
import { test } from "node:test";
import { hashPasswordMd5, passwordMd5, verifyPasswordMd5 } from "./password.ts";

test("md5 of the password as lowercase hex, as TeamTalk clients send it (teamtalk.md §8.2)", () => {
  assert.equal(passwordMd5("test123"), "cc03e747a6afbbcbf8be7668acfebee5");
});

test("verifiers are salted scrypt of the md5 and verify only the right password", async () => {
  const md5 = passwordMd5("test123");
  const a = await hashPasswordMd5(md5);
  const b = await hashPasswordMd5(md5);
  assert.match(a, /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  assert.notEqual(a, b, "two hashes of one password differ by salt");
  assert.ok(await verifyPasswordMd5(md5, a));
  assert.ok(await verifyPasswordMd5(md5.toUpperCase(), a), "hex case does not matter");
  assert.ok(!(await verifyPasswordMd5(passwordMd5("test124"), a)));
  assert.ok(!(await verifyPasswordMd5(md5, "md5$whatever")));
});
