// `deno task edge`: the edge alone on Deno (Deno.serve), the same Hono apps as on Node: signed API and push API.
import { getConnInfo } from "hono/deno";
import { configOrExit, openDomainOrExit } from "../shared/entry.ts";
import { describeError } from "../shared/log.ts";
import { createApp } from "./app.ts";
import { pushApiApp } from "./push-api/app.ts";
import { loadPushApiKeys } from "./push-api/keys.ts";

const config = configOrExit(Deno.env.toObject(), Deno.exit);
const { domain } = await openDomainOrExit(config, { migrate: false }, Deno.exit);
globalThis.addEventListener("unhandledrejection", (e) => {
  e.preventDefault();
  domain.log.error("unhandled rejection", describeError(e.reason));
});
const app = createApp(domain, (c) => getConnInfo(c).remote.address ?? "unknown");
Deno.serve(
  {
    hostname: config.host,
    port: config.ports.api,
    onListen: ({ port }) => domain.log.info("listening", { service: "signed-api", runtime: "deno", port }),
  },
  app.fetch,
);
Deno.serve(
  {
    hostname: config.host,
    port: config.ports.push,
    onListen: ({ port }) => domain.log.info("listening", { service: "push-api", runtime: "deno", port }),
  },
  pushApiApp(domain, loadPushApiKeys(config, domain.log)).fetch,
);
