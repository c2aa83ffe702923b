// Checks of the directory's text fields (users and departments) as an administrator sets them: a bounded length, valid
// Unicode (a lone surrogate could not be stored or sent back as it came), no control characters where a name is meant.
import { badRequest } from "./errors.ts";

/** With the u flag a surrogate pair is one code point, so this matches only a surrogate that stands alone. */
const loneSurrogate = /\p{Surrogate}/u;
const controlOrSpace = /[\p{Cc}\s]/u;

export interface TextRule {
  /** At most this many characters (code points). */
  max: number;
  /** Or, for fields whose limit is in bytes (sign info), at most this many bytes of UTF-8. */
  unit?: "characters" | "bytes";
  required?: boolean;
  /** No whitespace or control characters (login names). */
  word?: boolean;
}

const utf8 = new TextEncoder();

/** `value` when it keeps the rule, else BAD_REQUEST naming the field. */
export function checkText(field: string, value: string, rule: TextRule): string {
  if (loneSurrogate.test(value)) throw badRequest(`${field} is not valid Unicode (a lone surrogate)`);
  if (rule.required && value === "") throw badRequest(`${field} must not be empty`);
  const unit = rule.unit ?? "characters";
  const length = unit === "bytes" ? utf8.encode(value).length : [...value].length;
  if (length > rule.max) throw badRequest(`${field} is longer than ${rule.max} ${unit}`);
  if (rule.word && controlOrSpace.test(value)) throw badRequest(`${field} must not hold spaces or control characters`);
  return value;
}

/** A whole number in min..max, else BAD_REQUEST naming the field. */
export function checkWhole(field: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) throw badRequest(`${field} must be a whole number in ${min}..${max}`);
  return value;
}
