// SMS codes (signed-api.md §3 com.sms.send): 6 digits, valid 5 minutes, single use, at most 5 wrong tries,
// at most one send per 60 s per telephone, within the abuse limits of sms-limits.ts. Stored as an HMAC under a key
// derived from the server secret (a copy of the database alone cannot recover them); IM_SMS_DEV_CODE (dev provider
// only) is accepted for any phone. Telephones here are canonical E.164 (telephones.ts).
import { Buffer } from "node:buffer";
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, lt, max } from "drizzle-orm";
import { deriveKey } from "../crypto/derive-key.ts";
import { newSmsCode } from "../crypto/secret-token.ts";
import type { Tx } from "../db/database.ts";
import { smsCodes, users } from "../db/schema.ts";
import { nowS, type Domain } from "./context.ts";
import { conflict, ImError, notFound } from "./errors.ts";
import type { SmsScene } from "./sms-sender.ts";
import { recordSmsSend } from "./sms-limits.ts";
import { canonicalTelephone } from "./telephones.ts";

export const smsCodeTtlS = 300;
export const smsResendAfterS = 60;
export const smsMaxFailedTries = 5;

export type CodeCheck = "ok" | "wrong" | "expired" | "locked";

/** The stored form of a code: HMAC-SHA256 of (telephone, scene, code) under the server secret's "sms-code" key. */
export function smsCodeDigest(d: Pick<Domain, "secret">, telephone: string, scene: SmsScene, code: string): string {
  return createHmac("sha256", deriveKey(d.secret, "sms-code")).update(`${telephone}\n${scene}\n${code}`, "utf8").digest("hex");
}

function sameDigest(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a, "latin1"), Buffer.from(b, "latin1"));
}

/**
 * Issues a code for (telephone as written, scene) and hands it to the SMS provider; `address` is the client's
 * network address, counted by the abuse limits.
 */
export async function sendSmsCode(d: Domain, written: string, scene: SmsScene, address: string): Promise<void> {
  const telephone = canonicalTelephone(written, d.config.phoneRegion);
  const code = newSmsCode();
  const codeHash = smsCodeDigest(d, telephone, scene, code);
  const now = nowS(d);
  await d.db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.telephone, telephone));
    if (scene === "register" && user) throw conflict("this telephone is already registered");
    if (scene === "login" && !user) throw notFound("no user has this telephone");
    const [last] = await tx
      .select({ sentAt: max(smsCodes.sentAt) })
      .from(smsCodes)
      .where(eq(smsCodes.telephone, telephone));
    if (last?.sentAt != null && now - last.sentAt < smsResendAfterS) {
      throw new ImError("RATE_LIMITED", `one code per ${smsResendAfterS} s per telephone; try again later`);
    }
    await recordSmsSend(d, tx, address, now);
    const row = { codeHash, expiresAt: now + smsCodeTtlS, failedTries: 0, sentAt: now };
    await tx
      .insert(smsCodes)
      .values({ telephone, scene, ...row })
      .onConflictDoUpdate({ target: [smsCodes.telephone, smsCodes.scene], set: row });
  });
  try {
    await d.sms.send(telephone, code, scene);
  } catch (err) {
    // Undo the code so the user may retry at once instead of waiting out the resend limit (the send still counts
    // against the abuse limits: the provider was asked).
    await d.db.transaction((tx) => tx.delete(smsCodes).where(and(eq(smsCodes.telephone, telephone), eq(smsCodes.codeHash, codeHash))));
    d.log.error("sms delivery failed", { telephone, error: String(err) });
    throw new ImError("INTERNAL", "the SMS code could not be sent");
  }
}

/**
 * Judges a code inside tx. Every try counts against the code, a right one too (so parallel requests cannot test more
 * than five passwords with one code); a right one is deleted when `use` is set.
 */
async function judge(d: Domain, tx: Tx, telephone: string, scene: SmsScene, code: string, use: boolean): Promise<CodeCheck> {
  if (d.config.sms.devCode !== undefined && code === d.config.sms.devCode) return "ok";
  const key = and(eq(smsCodes.telephone, telephone), eq(smsCodes.scene, scene));
  const [row] = await tx.select().from(smsCodes).where(key);
  if (!row || row.expiresAt <= nowS(d)) return "expired";
  // Using up a code follows its check, which already spent (and limited) the try.
  if (!use && row.failedTries >= smsMaxFailedTries) return "locked";
  const right = sameDigest(smsCodeDigest(d, telephone, scene, code), row.codeHash);
  if (right && use) await tx.delete(smsCodes).where(key);
  else
    await tx
      .update(smsCodes)
      .set({ failedTries: row.failedTries + 1 })
      .where(key);
  return right ? "ok" : "wrong";
}

/**
 * Checks a code without using it up, spending one of its five tries whatever the outcome (committed before an error
 * is thrown): what the caller checks next, a password, is thus limited to five guesses per code.
 */
export async function checkSmsCode(d: Domain, telephone: string, scene: SmsScene, code: string): Promise<void> {
  const check = await d.db.transaction((tx) => judge(d, tx, telephone, scene, code, false));
  if (check !== "ok") throw codeError(check);
}

/** Uses up a checked code inside the caller's transaction; false when it is gone (used, expired or locked meanwhile). */
export async function useSmsCode(d: Domain, tx: Tx, telephone: string, scene: SmsScene, code: string): Promise<boolean> {
  return (await judge(d, tx, telephone, scene, code, true)) === "ok";
}

/** The error for a failed check. */
export function codeError(check: Exclude<CodeCheck, "ok">): ImError {
  if (check === "locked") return new ImError("RATE_LIMITED", "too many wrong SMS codes; request a new one");
  if (check === "expired") return new ImError("FORBIDDEN", "no valid SMS code for this telephone; request one");
  return new ImError("FORBIDDEN", "wrong SMS code");
}

/** Deletes codes that can no longer be used (expired, and past the resend window). */
export async function deleteExpiredSmsCodes(d: Domain): Promise<void> {
  const now = nowS(d);
  await d.db.transaction((tx) => tx.delete(smsCodes).where(and(lt(smsCodes.expiresAt, now), lt(smsCodes.sentAt, now - smsResendAfterS))));
}
