// Hono's bodyLimit, except that a body whose length is declared is judged by the Content-Length header alone (the
// HTTP server holds a body to its declared length): the body is then left unread for the handler's own read, which
// @hono/node-server serves straight from the socket instead of building a Web Request and stream per request.
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

export function limitBody(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError });
  return (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const declared = c.req.header("content-length");
    if (declared === undefined || c.req.header("transfer-encoding") !== undefined) return streamed(c, next);
    return Number(declared) > maxSize ? Promise.resolve(onError(c)) : next();
  };
}
