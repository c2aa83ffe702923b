// Reading typed fields out of a request's `data` (signed API and JSON socket): wrong types and missing fields
// become BAD_REQUEST naming the field. Ids are integers or numeric strings (signed-api.md §3). Texts must be valid
// Unicode: a lone surrogate (JSON's "\ud800") could not be stored or sent back as it came.
import { badRequest } from "../domain/errors.ts";

export type Fields = Record<string, unknown>;

const maxId = 2 ** 31 - 1;

/** With the u flag a surrogate pair is one code point, so this matches only a surrogate that stands alone. */
const loneSurrogate = /\p{Surrogate}/u;

/** A required text field; integers are accepted as their decimal text (phones and codes are often sent as numbers). */
export function text(data: Fields, key: string, maxLength = 1024): string {
  const value = data[key];
  if (value === undefined || value === null || value === "") throw badRequest(`${key} is required`);
  const result = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof result !== "string") throw badRequest(`${key} must be a string`);
  if (result.length > maxLength) throw badRequest(`${key} is longer than ${maxLength} characters`);
  if (loneSurrogate.test(result)) throw badRequest(`${key} is not valid Unicode (a lone surrogate)`);
  return result;
}

export function optionalText(data: Fields, key: string, maxLength = 1024): string | undefined {
  return data[key] === undefined || data[key] === null || data[key] === "" ? undefined : text(data, key, maxLength);
}

function toId(value: unknown): number | undefined {
  const n = typeof value === "string" && /^\d{1,10}$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= maxId ? n : undefined;
}

/** A required positive id. */
export function id(data: Fields, key: string): number {
  if (data[key] === undefined || data[key] === null || data[key] === "") throw badRequest(`${key} is required`);
  const result = toId(data[key]);
  if (result === undefined) throw badRequest(`${key} must be a positive integer id`);
  return result;
}

/** A required list of ids: a JSON array, or a string holding one (`"[2,3]"`). */
export function idList(data: Fields, key: string): number[] {
  let value = data[key];
  if (value === undefined || value === null || value === "") throw badRequest(`${key} is required`);
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      throw badRequest(`${key} must be a JSON array of user ids`);
    }
  }
  if (!Array.isArray(value)) throw badRequest(`${key} must be a JSON array of user ids`);
  return value.map((item) => {
    const result = toId(item);
    if (result === undefined) throw badRequest(`${key} must hold only positive integer ids`);
    return result;
  });
}

/** One of a fixed set of words. */
export function choice<T extends string>(data: Fields, key: string, allowed: readonly T[]): T {
  const value = data[key];
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw badRequest(`${key} must be one of ${allowed.join(", ")}`);
  }
  return value as T;
}
