// TeamTalk's login_server discovery (teamtalk.md §9.1): `GET /msg_server` on the signed API's port tells a stock client
// where the msg_server and msfs are. The answer is fixed by the configuration: every address is IM_PUBLIC_HOST, the
// ports are IM_MSG_PORT and IM_MSFS_PORT. Stock clients break on a string `code`, a numeric `port` or an msfs URL
// without its trailing slash (teamtalk.md §15 item 5).
import { Hono } from "hono";
import type { Config } from "../../shared/config.ts";
import { clip } from "../../shared/domain/errors.ts";
import { failure } from "../signed-api/route.ts";

export const discoveryPath = "/msg_server";

/** The success body, keys in the original's order (sorted). */
export interface DiscoveryBody {
  backupIP: string;
  code: 0;
  discovery: string;
  msfsBackup: string;
  msfsPrior: string;
  msg: "";
  port: string;
  priorIP: string;
}

export function discoveryBody(config: Pick<Config, "publicHost" | "ports">): DiscoveryBody {
  const host = config.publicHost.replace(/^\[(.*)\]$/, "$1"); // the bare address for priorIP / backupIP
  const urlHost = host.includes(":") ? `[${host}]` : host; // an IPv6 literal needs brackets inside a URL
  const msfs = `http://${urlHost}:${config.ports.msfs}/`;
  return {
    backupIP: host,
    code: 0,
    discovery: `http://${urlHost}/api/discovery`,
    msfsBackup: msfs,
    msfsPrior: msfs,
    msg: "",
    port: String(config.ports.msg),
    priorIP: host,
  };
}

/** `GET /msg_server` (and HEAD, which Hono answers from GET without a body); any other method gets 405. */
export function discoveryRoutes(config: Pick<Config, "publicHost" | "ports">): Hono {
  const body = discoveryBody(config);
  const app = new Hono();
  app.get(discoveryPath, (c) => c.json(body));
  app.all(discoveryPath, (c) => {
    c.header("Allow", "GET, HEAD");
    return c.json(failure("BAD_REQUEST", `method ${clip(c.req.method)} not allowed on ${discoveryPath}; use GET`), 405);
  });
  return app;
}
