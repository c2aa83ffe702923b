// Password verifiers: a slow salted hash (scrypt) of md5(password) as 32 lowercase hex, so the same account
// can log in through the signed API (which sends the password) and TeamTalk (which sends its md5).
import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { Buffer } from "node:buffer";

const params = { N: 16384, r: 8, p: 1, keyLength: 32 };

/** What a stored verifier may say; anything outside never matches (a damaged or forged row cannot open an account). */
const limits = { minLogN: 14, maxLogN: 20, maxR: 32, maxP: 16, minKeyBytes: 16, maxKeyBytes: 64 };

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

interface Verifier {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

/** A whole number in min..max written as plain decimal digits, else null. */
function whole(text: string, min: number, max: number): number | null {
  if (!/^[1-9]\d{0,7}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** Standard padded base64, else null (Buffer.from would skip bad characters silently). */
function base64(text: string): Buffer | null {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text) ? Buffer.from(text, "base64") : null;
}

/** The verifier's parts when every one is in range, else null. */
function parseVerifier(verifier: string): Verifier | null {
  const parts = verifier.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const N = whole(parts[1], 2 ** limits.minLogN, 2 ** limits.maxLogN);
  const r = whole(parts[2], 1, limits.maxR);
  const p = whole(parts[3], 1, limits.maxP);
  const salt = base64(parts[4]);
  const key = base64(parts[5]);
  if (N === null || (N & (N - 1)) !== 0 || r === null || p === null || salt === null || key === null) return null;
  if (key.length < limits.minKeyBytes || key.length > limits.maxKeyBytes) return null;
  return { N, r, p, salt, key };
}

/** True when md5Hex matches the verifier (compared in constant time); a malformed verifier never matches nor throws. */
export async function verifyPasswordMd5(md5Hex: string, verifier: string): Promise<boolean> {
  const v = typeof verifier === "string" ? parseVerifier(verifier) : null;
  if (v === null) return false;
  try {
    const key = await scryptAsync(md5Hex.toLowerCase(), v.salt, v.N, v.r, v.p, v.key.length);
    return timingSafeEqual(key, v.key);
  } catch {
    return false; // e.g. not enough memory for these parameters
  }
}
