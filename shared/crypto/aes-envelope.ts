// The signed API's AES-128-ECB envelope (signed-api.md §1): zero padding on encrypt,
// PKCS#7 or trailing-NUL padding accepted on decrypt, base64 outside.
import { Buffer } from "node:buffer";
import { ecbDecrypt, ecbEncrypt } from "./ecb.ts";

const BLOCK = 16;

/** Encrypts UTF-8 text, padding it with zero bytes to the next 16-byte boundary (PHP mcrypt style). */
export function encryptText(plain: string, key: string): Buffer {
  const data = Buffer.from(plain, "utf8");
  const padded = Buffer.alloc(Math.ceil(data.length / BLOCK) * BLOCK || BLOCK);
  data.copy(padded);
  return ecbEncrypt("aes-128-ecb", key, padded);
}

/** Removes PKCS#7 padding when the last block carries a valid one, otherwise trailing NUL bytes. */
export function unpad(data: Buffer): Buffer {
  const last = data.length > 0 ? data[data.length - 1] : 0;
  if (last >= 1 && last <= BLOCK && last <= data.length) {
    let valid = true;
    for (let i = data.length - last; i < data.length; i++) if (data[i] !== last) valid = false;
    if (valid) return data.subarray(0, data.length - last);
  }
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  return data.subarray(0, end);
}

/** Decrypts ciphertext whose length is a multiple of 16; returns null when it cannot be decrypted to UTF-8. */
export function decryptText(cipherText: Uint8Array, key: string): string | null {
  if (cipherText.length === 0 || cipherText.length % BLOCK !== 0) return null;
  const plain = unpad(ecbDecrypt("aes-128-ecb", key, cipherText));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}

const base64Shape = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

/** Strict standard-base64 decoding (whitespace ignored, padding optional); null when the text is not base64. */
export function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, "");
  if (compact.length === 0 || !base64Shape.test(compact)) return null;
  return Buffer.from(compact, "base64");
}

/** JSON object → encrypted base64 text, as sent in `request=` and in socket frames. */
export function sealJson(value: unknown, key: string): string {
  return encryptText(JSON.stringify(value), key).toString("base64");
}

export type OpenResult = { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

/** Encrypted base64 text → the JSON object inside, or the reason it is not one. */
export function openJson(text: string, key: string): OpenResult {
  const bytes = decodeBase64(text);
  if (bytes === null) return { ok: false, reason: "not base64" };
  const plain = decryptText(bytes, key);
  if (plain === null) return { ok: false, reason: "cannot be decrypted" };
  let value: unknown;
  try {
    value = JSON.parse(plain);
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, reason: "not a JSON object" };
  return { ok: true, value: value as Record<string, unknown> };
}
