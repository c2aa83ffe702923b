// The edge's Hono app: every HTTP API this server speaks, built from injected dependencies and no runtime API,
// so Node (edge/node.ts) and Deno (edge/deno.ts) serve the very same app.
import { Hono, type Context } from "hono";
import type { Domain } from "../shared/domain/context.ts";
import { clip } from "../shared/domain/errors.ts";
import { describeError } from "../shared/log.ts";
import { ClientGoneError } from "./client-gone.ts";
import { failure, signedApiRoutes } from "./signed-api/route.ts";
import { discoveryRoutes } from "./teamtalk/discovery.ts";

/** The client's network address of a request, from the runtime's connection info (edge/node-client-address.ts). */
export type ClientAddress = (c: Context) => string;

export function createApp(d: Domain, clientAddress: ClientAddress = () => "unknown"): Hono {
  const app = new Hono();
  app.route("/", discoveryRoutes(d.config)); // TeamTalk discovery, GET /msg_server
  app.route("/", signedApiRoutes(d, clientAddress));
  app.notFound((c) => c.json(failure("NOT_FOUND", `no route ${c.req.method} ${clip(c.req.path)}`), 404));
  app.onError((err, c) => {
    if (err instanceof ClientGoneError) {
      d.log.info("client went away mid-request", { error: err.message, code: err.code });
      return c.json(failure("BAD_REQUEST", "client went away mid-request"), 400); // nobody is left to read it
    }
    d.log.error("request failed", describeError(err));
    return c.json(failure("INTERNAL", "internal server error"), 500);
  });
  return app;
}
