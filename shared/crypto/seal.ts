// Authenticated encryption of short texts under a 32-byte key: AES-256-GCM with a random 96-bit IV, written as
// base64(iv | ciphertext | tag). node:crypto, so it runs on Node and Deno.
import { Buffer } from "node:buffer";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const ivBytes = 12;
const tagBytes = 16;

export function sealText(key: Uint8Array, text: string): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64");
}

/** The sealed text; throws when it was not sealed under this key or was altered. */
export function openText(key: Uint8Array, sealed: string): string {
  const bytes = Buffer.from(sealed, "base64");
  if (bytes.length < ivBytes + tagBytes) throw new Error("sealed text is too short");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, ivBytes));
  decipher.setAuthTag(bytes.subarray(bytes.length - tagBytes));
  return Buffer.concat([decipher.update(bytes.subarray(ivBytes, bytes.length - tagBytes)), decipher.final()]).toString("utf8");
}
