// The TeamTalk HTTP push API (teamtalk.md §10.1) as a Hono app on Web APIs only, served on IM_PUSH_PORT: every request
// is checked in order (body size, app key, the key's budget, body, acting user) before its route touches the domain,
// so an unknown key costs no database work.
import { type Context, Hono } from "hono";
import type { Domain } from "../../shared/domain/context.ts";
import { clip } from "../../shared/domain/errors.ts";
import { requireUser } from "../../shared/domain/users.ts";
import { describeError } from "../../shared/log.ts";
import { limitBody } from "../body-limit.ts";
import { ClientGoneError, readingBody } from "../client-gone.ts";
import { keyMatcher, rateLimiter } from "./credentials.ts";
import { type Fields, id } from "./fields.ts";
import { asRefusal, badInput, ErrorCode, PushRefusal, refusal, success } from "./replies.ts";
import { pushRoutes, type Route } from "./routes.ts";

export const maxPushBodyBytes = 64 * 1024;

/** The body as a JSON object, or the input error it is. */
async function readFields(c: Context): Promise<Fields | PushRefusal> {
  const raw = await c.req.text();
  if (raw.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Fields;
  } catch {}
  return badInput("the body must be one JSON object");
}

/** A credential from the URL (digits become a number) or else the body. */
function credential(c: Context, body: Fields | PushRefusal, name: string): unknown {
  const fromUrl = c.req.query(name);
  if (fromUrl !== undefined) return /^\d+$/.test(fromUrl) ? Number(fromUrl) : fromUrl;
  return body instanceof PushRefusal ? undefined : body[name];
}

export function pushApiApp(d: Domain, keys: readonly string[]): Hono {
  const matchKey = keyMatcher(keys);
  const withinBudget = rateLimiter(d.config.pushRatePerMinute, () => d.nowMs());

  async function handle(c: Context, route: Route): Promise<Response> {
    const body = await readFields(c);
    const appKey = credential(c, body, "app_key");
    const keyIndex = typeof appKey === "string" ? matchKey(appKey) : -1;
    if (keyIndex < 0) throw new PushRefusal(401, ErrorCode.unknownKey);
    if (!withinBudget(keyIndex))
      throw new PushRefusal(429, ErrorCode.tooMany, `at most ${d.config.pushRatePerMinute} requests a minute per app_key`);
    if (body instanceof PushRefusal) throw body;
    const actorName = credential(c, body, "req_user_id") === undefined ? "from_user_id" : "req_user_id";
    const actor = id({ [actorName]: credential(c, body, actorName) }, actorName);
    await requireUser(d.db, actor).catch(() => {
      throw badInput(`${actorName}: user ${actor} does not exist`);
    });
    return success(c, await route(d, actor, body));
  }

  const app = new Hono();
  const limit = limitBody(maxPushBodyBytes, (c) => {
    c.header("Connection", "close"); // the unread rest of the body leaves the connection unusable
    return refusal(c, new PushRefusal(413, ErrorCode.badInput, `the body is larger than ${maxPushBodyBytes} bytes`));
  });
  for (const [path, route] of Object.entries(pushRoutes)) {
    app.post(path, readingBody(limit), (c) => handle(c, route));
    app.all(path, (c) => {
      c.header("Allow", "POST");
      return refusal(c, new PushRefusal(405, ErrorCode.badInput, `method ${clip(c.req.method)} not allowed; use POST`));
    });
  }
  app.notFound((c) => refusal(c, new PushRefusal(404, ErrorCode.badInput, `no route ${c.req.method} ${clip(c.req.path)}`)));
  app.onError((err, c) => {
    const known = asRefusal(err);
    if (known) return refusal(c, known);
    if (err instanceof ClientGoneError) {
      d.log.info("client went away mid-request", { error: err.message, code: err.code });
      return refusal(c, new PushRefusal(400, ErrorCode.badInput, "client went away mid-request"));
    }
    d.log.error("push API request failed", describeError(err));
    return refusal(c, new PushRefusal(500, ErrorCode.serverFault));
  });
  return app;
}
