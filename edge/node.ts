// `npm run edge`: the edge alone on Node (@hono/node-server), signed API on IM_API_PORT, push API on IM_PUSH_PORT.
import process from "node:process";
import { configOrExit, openDomainOrExit } from "../shared/entry.ts";
import { describeError } from "../shared/log.ts";
import { createApp } from "./app.ts";
import { nodeClientAddress } from "./node-client-address.ts";
import { pushApiApp } from "./push-api/app.ts";
import { loadPushApiKeys } from "./push-api/keys.ts";
import { serveOnNode } from "./serve-node.ts";

const config = configOrExit(process.env, process.exit);
const { domain } = await openDomainOrExit(config, { migrate: false }, process.exit);
process.on("unhandledRejection", (err) => domain.log.error("unhandled rejection", describeError(err)));
const listening = await serveOnNode(createApp(domain, nodeClientAddress), config.host, config.ports.api);
domain.log.info("listening", { service: "signed-api", runtime: "node", port: listening.port });
const push = await serveOnNode(pushApiApp(domain, loadPushApiKeys(config, domain.log)), config.host, config.ports.push);
domain.log.info("listening", { service: "push-api", runtime: "node", port: push.port });
