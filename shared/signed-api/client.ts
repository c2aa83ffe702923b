// A client of the signed HTTP API: builds the request object, signs it, seals it in the AES envelope and posts it.
// The tests and `npm run client` both use it, so it is a working reference for client developers.
import { sealJson } from "../crypto/aes-envelope.ts";
import { sign } from "../crypto/sign.ts";
import type { Fields } from "./fields.ts";

export interface SignedCall {
  method: string;
  data: Fields;
  /** Sent inside `data` (and so signed), as the method tables list it; `tokenAtTop` moves it to the top level. */
  token?: string;
  tokenAtTop?: boolean;
  /** Unix seconds for `_t`; defaults to now. */
  time?: number;
  version?: string;
}

/** The plain request object before encryption: `{method, data, sign, _v, _t[, token]}`. */
export function buildRequest(call: SignedCall): Fields {
  const time = call.time ?? Math.floor(Date.now() / 1000);
  const data = call.token !== undefined && !call.tokenAtTop ? { ...call.data, token: call.token } : call.data;
  const request: Fields = { method: call.method, data, sign: sign(data, time), _v: call.version ?? "1.0", _t: time };
  if (call.token !== undefined && call.tokenAtTop) request.token = call.token;
  return request;
}

/** The form body `request=<base64>` with the base64 percent-encoded. */
export function formBody(call: SignedCall, key: string): string {
  return `request=${encodeURIComponent(sealJson(buildRequest(call), key))}`;
}

export interface SignedReply {
  httpStatus: number;
  body: {
    status: "1111" | "0000";
    data?: unknown;
    info?: string;
    code?: string;
    token?: string;
    token_expire?: number;
  };
}

/** POSTs a call to a signed-API endpoint (e.g. `http://127.0.0.1:8080/`) and returns the parsed reply. */
export async function callSignedApi(
  url: string,
  call: SignedCall,
  key: string,
  fetcher: (url: string, init: RequestInit) => Promise<Response> = fetch,
): Promise<SignedReply> {
  const res = await fetcher(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: formBody(call, key),
  });
  return { httpStatus: res.status, body: (await res.json()) as SignedReply["body"] };
}
