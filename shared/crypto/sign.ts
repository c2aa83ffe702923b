// The signed API's request signature (signed-api.md §1): md5 of the data's keys sorted ascending by byte value,
// `key=value` joined with `&`, then `&time=<_t>`. Emitted in upper case, compared case-insensitively.
import { createHash, timingSafeEqual } from "node:crypto";
import { Buffer } from "node:buffer";

function signValue(value: unknown): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** The exact text that is hashed, e.g. `password=123456&sms_code=123456&telephone=13244556677&time=1495363260`. */
export function signQuery(data: Record<string, unknown>, time: string | number): string {
  // A key whose value is undefined does not survive JSON, so it is not signed either.
  const keys = Object.keys(data).filter((key) => data[key] !== undefined);
  const pairs = keys.sort(byteOrder).map((key) => `${key}=${signValue(data[key])}`);
  pairs.push(`time=${time}`);
  return pairs.join("&");
}

/** The sign of a request: md5 of its sign query as 32 upper-case hex digits. */
export function sign(data: Record<string, unknown>, time: string | number): string {
  return createHash("md5").update(signQuery(data, time), "utf8").digest("hex").toUpperCase();
}

/** Case-insensitive, constant-time comparison of a received sign with the expected one. */
export function signMatches(received: string, data: Record<string, unknown>, time: string | number): boolean {
  const expected = Buffer.from(sign(data, time), "latin1");
  const given = Buffer.from(received.toUpperCase(), "latin1");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
