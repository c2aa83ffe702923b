// One key schedule per key: the long-lived ciphers give, call after call and key after key, what a fresh cipher
// gives for each message; input that is not whole blocks is refused before it can spoil the next call.
import assert from "node:assert/strict";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { test } from "node:test";
import { ecbDecrypt, ecbEncrypt } from "./ecb.ts";

function fresh(algorithm: string, key: string, data: Uint8Array, decrypt: boolean): Buffer {
  const c = decrypt ? createDecipheriv(algorithm, Buffer.from(key), null) : createCipheriv(algorithm, Buffer.from(key), null);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(data), c.final()]);
}

test("interleaved messages under several keys match a fresh cipher per message, both ways", () => {
  const keys = [
    ["aes-128-ecb", "2108a4c486350f3a"],
    ["aes-256-ecb", "12345678901234567890123456789012"],
    ["aes-128-ecb", "0123456789abcdef"],
  ] as const;
  for (let i = 0; i < 300; i++) {
    const [algorithm, key] = keys[i % keys.length];
    const plain = randomBytes(16 * (1 + (i % 7)));
    const sealed = ecbEncrypt(algorithm, key, plain);
    assert.deepEqual(sealed, fresh(algorithm, key, plain, false));
    assert.deepEqual(ecbDecrypt(algorithm, key, sealed), plain);
  }
});

test("a partial block or a wrong key length is a RangeError, and the next call is unharmed", () => {
  const key = "2108a4c486350f3a";
  assert.throws(() => ecbEncrypt("aes-128-ecb", key, new Uint8Array(15)), RangeError);
  assert.throws(() => ecbDecrypt("aes-128-ecb", key, new Uint8Array(17)), RangeError);
  assert.throws(() => ecbEncrypt("aes-256-ecb", key, new Uint8Array(16)), RangeError);
  const plain = randomBytes(32);
  assert.deepEqual(ecbEncrypt("aes-128-ecb", key, plain), fresh("aes-128-ecb", key, plain, false));
  assert.deepEqual(ecbDecrypt("aes-128-ecb", key, plain), fresh("aes-128-ecb", key, plain, true));
});
