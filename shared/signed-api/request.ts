// Checks a decrypted signed-API request object (signed-api.md §1-§2): method, data, `_v`, `_t` within the window,
// and the sign. `-v` / `-t` are accepted as aliases. Returns what a method handler needs.
import { signMatches } from "../crypto/sign.ts";
import { badRequest, ImError } from "../domain/errors.ts";
import type { Fields } from "./fields.ts";

export interface SignedRequest {
  method: string;
  data: Fields;
  /** The token from the top level or, for methods that list it there, from data. */
  token?: unknown;
}

function timeOf(value: unknown): string | null {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && /^\d{1,12}$/.test(value)) return value;
  return null;
}

/** signMatches, with data nested too deeply to serialise (a stack overflow) refused as a bad request. */
function signs(sign: string, data: Fields, time: string): boolean {
  try {
    return signMatches(sign, data, time);
  } catch (err) {
    if (err instanceof RangeError) throw badRequest("data is nested too deeply");
    throw err;
  }
}

export function verifySignedRequest(body: Fields, nowS: number, windowS: number): SignedRequest {
  const { method, data, sign } = body;
  if (typeof method !== "string" || method === "") throw badRequest("method is required");
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw badRequest("data must be a JSON object");
  const version = body._v ?? body["-v"];
  if (typeof version !== "string" && typeof version !== "number") throw badRequest("_v is required");
  const rawTime = body._t ?? body["-t"];
  const time = timeOf(rawTime);
  if (time === null) throw badRequest("_t must be unix seconds");
  if (typeof sign !== "string" || sign === "") throw badRequest("sign is required");
  if (!signs(sign, data as Fields, time)) throw new ImError("BAD_SIGN", "sign does not match data and _t");
  if (Math.abs(nowS - Number(time)) > windowS) {
    throw new ImError("EXPIRED_REQUEST", `_t is more than ${windowS} s from server time ${nowS}`);
  }
  const fields = data as Fields;
  if (body.token !== undefined && fields.token !== undefined && body.token !== fields.token) {
    throw badRequest("token differs between the request and its data");
  }
  return { method, data: fields, token: body.token ?? fields.token };
}
