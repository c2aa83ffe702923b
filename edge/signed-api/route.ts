// The signed API over HTTP (signed-api.md §2): `request=<base64>` in a form body or the query string, opened,
// verified, dispatched, and answered with plain JSON. Transport-level garbage gets HTTP 400.
import { Hono, type Context } from "hono";
import { openJson } from "../../shared/crypto/aes-envelope.ts";
import { nowS, type Domain } from "../../shared/domain/context.ts";
import { ImError, type ErrorCode } from "../../shared/domain/errors.ts";
import { authenticate } from "../../shared/domain/tokens.ts";
import { verifySignedRequest } from "../../shared/signed-api/request.ts";
import { id } from "../../shared/signed-api/fields.ts";
import { limitBody } from "../body-limit.ts";
import { bodyText, readingBody } from "../client-gone.ts";
import { findMethod } from "./methods.ts";

export const maxBodyBytes = 64 * 1024;

export function failure(code: ErrorCode, info: string) {
  return { status: "0000" as const, info, code };
}

/** The `request` parameter, body first; a `+` that arrived as a space is restored (base64 has no spaces). */
async function requestParam(c: Context): Promise<string | null> {
  const body = c.req.method === "POST" ? await bodyText(c.req.raw) : "";
  const value = new URLSearchParams(body).get("request") ?? new URL(c.req.url).searchParams.get("request");
  return value === null ? null : value.replace(/ /g, "+");
}

async function handle(d: Domain, c: Context, clientAddress: (c: Context) => string) {
  const param = await requestParam(c);
  if (param === null) return c.json(failure("BAD_REQUEST", "no request parameter"), 400);
  const opened = openJson(param, d.config.aesKey);
  if (!opened.ok) return c.json(failure("BAD_REQUEST", `request is ${opened.reason}`), 400);
  let renewal = {};
  try {
    const request = verifySignedRequest(opened.value, nowS(d), d.config.signWindowS);
    const method = findMethod(request.method);
    if (!method.auth) return c.json({ status: "1111", data: await method.run(d, request.data, clientAddress(c)) });
    const caller = id(request.data, "user_id");
    const auth = await authenticate(d, request.token, caller);
    // A renewed token is returned with the reply, whether the method then succeeds or fails.
    renewal = auth.renewed ? { token: auth.renewed.token, token_expire: auth.renewed.expire } : {};
    return c.json({ status: "1111", data: await method.run(d, request.data, caller), ...renewal });
  } catch (err) {
    if (err instanceof ImError) return c.json({ ...failure(err.code, err.message), ...renewal });
    throw err;
  }
}

/** The signed API mounted at `/`; clientAddress names the client's network address (for the SMS abuse limits). */
export function signedApiRoutes(d: Domain, clientAddress: (c: Context) => string): Hono {
  const app = new Hono();
  // The unread rest of a body too large makes the connection unusable for a next request: close it.
  const limit = limitBody(maxBodyBytes, (c) => {
    c.header("Connection", "close");
    return c.json(failure("BAD_REQUEST", `body is larger than ${maxBodyBytes} bytes`), 400);
  });
  app.on(["GET", "POST"], "/", readingBody(limit), (c) => handle(d, c, clientAddress));
  return app;
}
