// Fuzzing the AES envelope (fast-check; budget in shared/fuzz-test-kit.ts): openJson never throws, whatever the text
// (random, base64-shaped, or the sealing of arbitrary bytes, so decryption, unpadding, UTF-8 and JSON are all reached),
// and answers a JSON object or a reason; sealJson/openJson round-trip arbitrary JSON objects, strings of any code unit
// (lone surrogates included) and any nesting a client would send.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { createCipheriv } from "node:crypto";
import { test } from "node:test";
import fc from "fast-check";
import { fuzz, timed } from "../fuzz-test-kit.ts";
import { encryptText, openJson, sealJson } from "./aes-envelope.ts";

const key = "2108a4c486350f3a";

/** openJson must answer, never throw: a JSON object, or a short reason. */
const answers = timed((text: string) => {
  const opened = openJson(text, key);
  if (opened.ok) assert.ok(typeof opened.value === "object" && opened.value !== null && !Array.isArray(opened.value));
  else assert.ok(["not base64", "cannot be decrypted", "not JSON", "not a JSON object"].includes(opened.reason), opened.reason);
});

/** Raw bytes AES-128-ECB encrypted with the key, after zero or PKCS#7 padding (or none, when already whole blocks). */
function sealBytes(bytes: Uint8Array, padding: "zero" | "pkcs7"): string {
  const fill = 16 - (bytes.length % 16);
  const pad = padding === "zero" ? Buffer.alloc(fill === 16 && bytes.length > 0 ? 0 : fill) : Buffer.alloc(fill, fill);
  const cipher = createCipheriv("aes-128-ecb", Buffer.from(key), null).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([bytes, pad])), cipher.final()]).toString("base64");
}

/** Arbitrary bytes sealed as a client would: decryption always succeeds, so unpadding, UTF-8 and JSON are reached. */
const sealedBytes = fc
  .tuple(fc.uint8Array({ maxLength: 600 }), fc.constantFrom("zero" as const, "pkcs7" as const))
  .map(([b, p]) => sealBytes(b, p));

/** Plaintexts near JSON (objects, arrays, scalars, cut-off JSON, any text) with NUL, space or PKCS#7-looking tails. */
const nearJson = fc.tuple(
  fc.oneof(
    fc.json({ stringUnit: "binary" }),
    fc.json().map((j) => j.slice(0, -1)),
    fc.string({ unit: "binary", maxLength: 80 }),
  ),
  fc.constantFrom("", "\u0000", "\u0000\u0000\u0000", " ", "\u0001", "\u0010".repeat(16), "\u0002\u0002"),
);

/** The object a plaintext holds when a tail of NULs or spaces cannot hide it; undefined otherwise. */
function objectIn(plain: string, tail: string): unknown {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL padding is exactly what this tail may hold
  if (!/^[\u0000 ]*$/.test(tail)) return undefined;
  try {
    const value: unknown = JSON.parse(plain);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

test("openJson never throws on arbitrary text", (t) =>
  fuzz(t, fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.base64String({ maxLength: 300 })), answers)));

test("openJson never throws on arbitrary bytes sealed with the right key", (t) => fuzz(t, fc.property(sealedBytes, answers)));

test("openJson never throws on sealed plaintexts near JSON, and opens the objects among them", (t) =>
  fuzz(
    t,
    fc.property(nearJson, ([plain, tail]) => {
      const sealed = encryptText(plain + tail, key).toString("base64");
      answers(sealed);
      const expected = objectIn(plain, tail);
      if (expected !== undefined) assert.deepEqual(openJson(sealed, key), { ok: true, value: expected });
    }),
  ));

test("sealJson then openJson gives back any JSON object exactly", (t) =>
  fuzz(
    t,
    fc.property(
      fc.dictionary(fc.string({ unit: "binary", maxLength: 12 }), fc.jsonValue({ stringUnit: "binary", maxDepth: 6 }), { maxKeys: 8 }),
      timed((value) => {
        const opened = openJson(sealJson(value, key), key);
        assert.ok(opened.ok, JSON.stringify(opened));
        assert.deepEqual(opened.value, JSON.parse(JSON.stringify(value)));
      }),
    ),
  ));
