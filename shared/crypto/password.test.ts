import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { scryptSync } from "node:crypto";
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

/** A verifier built by hand with real scrypt output: it would match md5 if its parameters were accepted. */
function handMade(md5: string, N: number, r: number, p: number, keyLength: number, salt = Buffer.from("0123456789abcdef")): string {
  const key = scryptSync(md5, salt, keyLength, { N, r, p, maxmem: 256 * N * r });
  return ["scrypt", N, r, p, salt.toString("base64"), key.toString("base64")].join("$");
}

test("a malformed verifier never matches and never throws", async () => {
  const md5 = passwordMd5("test123");
  const good = await hashPasswordMd5(md5);
  const [, , , , salt, key] = good.split("$");
  const malformed = [
    "scrypt$16384$8$1$AAAA$", // empty key: used to match every password
    `scrypt$16384$8$1$${salt}$`,
    "scrypt$16384$8$1$$",
    `scrypt$abc$8$1$${salt}$${key}`, // non-numeric cost: used to throw
    `scrypt$16384$x$1$${salt}$${key}`,
    `scrypt$16384$8$-1$${salt}$${key}`,
    `scrypt$1.6e4$8$1$${salt}$${key}`,
    `scrypt$016384$8$1$${salt}$${key}`,
    `scrypt$16385$8$1$${salt}$${key}`, // not a power of two
    `scrypt$0$8$1$${salt}$${key}`,
    `scrypt$2097152$8$1$${salt}$${key}`, // 2^21
    `scrypt$16384$0$1$${salt}$${key}`,
    `scrypt$16384$33$1$${salt}$${key}`,
    `scrypt$16384$8$0$${salt}$${key}`,
    `scrypt$16384$8$17$${salt}$${key}`,
    `scrypt$16384$8$1$${salt}$${key.slice(1)}`, // not base64 (length)
    `scrypt$16384$8$1$${salt}$*${key.slice(1)}`, // not base64 (character)
    `scrypt$16384$8$1$%%%%$${key}`,
    `scrypt$16384$8$1$${salt}$${key}$extra`,
    `SCRYPT$16384$8$1$${salt}$${key}`,
    "",
    "$$$$$",
  ];
  for (const verifier of malformed) {
    assert.equal(await verifyPasswordMd5(md5, verifier), false, verifier);
    assert.equal(await verifyPasswordMd5(passwordMd5("other1"), verifier), false, verifier);
  }
  assert.equal(await verifyPasswordMd5(md5, undefined as unknown as string), false, "not a string");
});

test("real scrypt keys under out-of-range parameters or shorter than 16 bytes do not match", async () => {
  const md5 = passwordMd5("test123");
  const outOfRange = [
    handMade(md5, 2 ** 13, 8, 1, 32), // N below 2^14
    handMade(md5, 2 ** 14, 33, 1, 32), // r above 32
    handMade(md5, 2 ** 14, 1, 17, 32), // p above 16
    handMade(md5, 2 ** 14, 8, 1, 15), // 15-byte key
    handMade(md5, 2 ** 14, 8, 1, 1),
  ];
  for (const verifier of outOfRange) assert.equal(await verifyPasswordMd5(md5, verifier), false, verifier);
  const inRange = [handMade(md5, 2 ** 14, 8, 1, 16), handMade(md5, 2 ** 15, 1, 2, 32), handMade(md5, 2 ** 14, 32, 1, 64)];
  for (const verifier of inRange) assert.equal(await verifyPasswordMd5(md5, verifier), true, verifier);
});
