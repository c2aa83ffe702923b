// Password verifiers: a slow salted hash (scrypt) of md5(password) as 32 lowercase hex, so the same account
// can log in through the signed API (which sends the password) and TeamTalk (which sends its md5).
import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { Buffer } from "node:buffer";

const params = { N: 16384, r: 8, p: 1, keyLength: 32 };

function scryptAsync(secret: string, salt: Buffer, N: number, r: number, p: number, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** md5(plain password) as 32 lowercase hex digits: what TeamTalk clients send. */
export function passwordMd5(plain: string): string {
  return createHash("md5").update(plain, "utf8").digest("hex");
}

/** A verifier for the given md5 hex: `scrypt$N$r$p$<salt b64>$<key b64>`. */
export async function hashPasswordMd5(md5Hex: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(md5Hex.toLowerCase(), salt, params.N, params.r, params.p, params.keyLength);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** True when md5Hex matches the verifier; a malformed verifier never matches. */
export async function verifyPasswordMd5(md5Hex: string, verifier: string): Promise<boolean> {
  const parts = verifier.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], "base64");
  const expected = Buffer.from(parts[5], "base64");
  const key = await scryptAsync(md5Hex.toLowerCase(), salt, N, r, p, expected.length);
  return timingSafeEqual(key, expected);
}
