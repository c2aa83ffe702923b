// Sealed texts (AES-256-GCM) open only under their key and unaltered; keys derived per purpose differ.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { test } from "node:test";
import { deriveKey } from "./derive-key.ts";
import { openText, sealText } from "./seal.ts";

test("a sealed text opens under its key only, unaltered; two seals of one text differ", () => {
  const secret = new Uint8Array(32).fill(1);
  const key = deriveKey(secret, "token-event");
  const sealed = sealText(key, "4257464a2a8e158369745205f13af8db");
  assert.equal(openText(key, sealed), "4257464a2a8e158369745205f13af8db");
  assert.notEqual(sealText(key, "4257464a2a8e158369745205f13af8db"), sealed, "random IV");
  assert.ok(!Buffer.from(sealed, "base64").toString("latin1").includes("4257464a"), "not in the clear");
  assert.throws(() => openText(deriveKey(secret, "sms-code"), sealed), "another purpose's key");
  assert.throws(() => openText(deriveKey(new Uint8Array(32).fill(2), "token-event"), sealed), "another secret");
  const bytes = Buffer.from(sealed, "base64");
  bytes[14] ^= 1;
  assert.throws(() => openText(key, bytes.toString("base64")), "altered");
  assert.throws(() => openText(key, "AAAA"), "too short");
  assert.equal(deriveKey(secret, "token-event"), key, "derived once per secret and purpose");
  assert.equal(key.length, 32);
});
