import assert from "node:assert/strict";
import { createCipheriv } from "node:crypto";
import { test } from "node:test";
import { decodeBase64, decryptText, encryptText, openJson, sealJson, unpad } from "./aes-envelope.ts";

const key = "2108a4c486350f3a";

test("encrypt pads with zero bytes to the next block; a known vector", () => {
  const sealed = encryptText('{"a":1}', key);
  assert.equal(sealed.length, 16);
  const reference = createCipheriv("aes-128-ecb", Buffer.from(key), null);
  reference.setAutoPadding(false);
  const padded = Buffer.concat([Buffer.from('{"a":1}'), Buffer.alloc(9)]);
  assert.deepEqual(sealed, Buffer.concat([reference.update(padded), reference.final()]));
  assert.equal(encryptText("0123456789abcdef", key).length, 16, "an exact block gets no extra block");
});

test("decrypt accepts PKCS#7 padding as well as NUL padding", () => {
  const pkcs = createCipheriv("aes-128-ecb", Buffer.from(key), null); // auto padding = PKCS#7
  const viaPkcs = Buffer.concat([pkcs.update('{"method":"x"}'), pkcs.final()]);
  assert.equal(decryptText(viaPkcs, key), '{"method":"x"}');
  const full = createCipheriv("aes-128-ecb", Buffer.from(key), null);
  const fullBlock = Buffer.concat([full.update("0123456789abcdef"), full.final()]); // a whole block of 0x10
  assert.equal(decryptText(fullBlock, key), "0123456789abcdef");
  assert.equal(decryptText(encryptText('{"method":"x"}', key), key), '{"method":"x"}');
});

test("unpad: an invalid PKCS#7 tail falls back to stripping NULs", () => {
  assert.deepEqual(unpad(Buffer.from([0x7d, 0x03, 0x02, 0x03])), Buffer.from([0x7d, 0x03, 0x02, 0x03]));
  assert.deepEqual(unpad(Buffer.from([0x7d, 0x02, 0x02])), Buffer.from([0x7d]));
  assert.deepEqual(unpad(Buffer.from([0x7d, 0, 0, 0])), Buffer.from([0x7d]));
});

test("decrypt refuses ciphertext that is empty or not whole blocks, and a wrong key's garbage", () => {
  assert.equal(decryptText(Buffer.alloc(0), key), null);
  assert.equal(decryptText(Buffer.alloc(15), key), null);
  const other = sealJson({ method: "com.user.login", data: { a: "long enough to span blocks" } }, "0000000000000000");
  const opened = openJson(other, key);
  assert.equal(opened.ok, false);
});

test("base64 is strict: whitespace ignored, foreign characters refused", () => {
  assert.deepEqual(decodeBase64("QU\nJD"), Buffer.from("ABC"));
  assert.equal(decodeBase64("QUJD!"), null);
  assert.equal(decodeBase64(""), null);
  assert.equal(decodeBase64("Q"), null);
});

test("openJson round-trips objects and names what is wrong otherwise", () => {
  const value = { method: "com.user.login", data: { telephone: "13244556677", nick: "你好" }, _t: 1 };
  assert.deepEqual(openJson(sealJson(value, key), key), { ok: true, value });
  assert.deepEqual(openJson("%%%", key), { ok: false, reason: "not base64" });
  assert.deepEqual(openJson(encryptText("[1,2]", key).toString("base64"), key), { ok: false, reason: "not a JSON object" });
  assert.deepEqual(openJson(encryptText("{oops", key).toString("base64"), key), { ok: false, reason: "not JSON" });
});
