// `npm start`: every listener of the server, on the embedded defaults (libSQL file under ./data): a core process with
// the edge's HTTP APIs (signed API, push API) served beside it, in each of IM_WORKERS worker processes (one per CPU
// by default; 1 = all in this one process). The only place where core and edge are composed.
import { runCoreProcess } from "../core/core-process.ts";
import { createApp } from "../edge/app.ts";
import { nodeClientAddress } from "../edge/node-client-address.ts";
import { pushApiApp } from "../edge/push-api/app.ts";
import { loadPushApiKeys } from "../edge/push-api/keys.ts";
import { serveOnNode } from "../edge/serve-node.ts";

await runCoreProcess(async (domain) => {
  const api = await serveOnNode(createApp(domain, nodeClientAddress), domain.config.host, domain.config.ports.api);
  domain.log.info("listening", { service: "signed-api", port: api.port });
  const push = await serveOnNode(
    pushApiApp(domain, loadPushApiKeys(domain.config, domain.log)),
    domain.config.host,
    domain.config.ports.push,
  );
  domain.log.info("listening", { service: "push-api", port: push.port });
  return { close: async () => void (await Promise.all([api.close(), push.close()])) };
});
