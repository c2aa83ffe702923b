// Opaque secrets handed to clients (API tokens, SMS codes): generated here. Tokens (128 random bits) are stored only
// as SHA-256 hashes; SMS codes, too few digits for that, under a keyed hash (shared/domain/sms-codes.ts).
import { createHash, randomBytes, randomInt } from "node:crypto";

/** 128 random bits as 32 lowercase hex digits. */
export function newToken(): string {
  return randomBytes(16).toString("hex");
}

/** A 6-digit SMS code. */
export function newSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** The stored form of a token. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
