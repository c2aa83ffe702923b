// `npm start`: every listener of the server in one process, on the embedded defaults (libSQL file under ./data).
import process from "node:process";
import { configOrExit } from "../shared/entry.ts";
import { openDomain } from "../shared/domain/open-domain.ts";
import { createApp } from "../edge/app.ts";
import { serveOnNode } from "../edge/serve-node.ts";

const config = configOrExit(process.env, process.exit);
const { domain } = await openDomain(config);
const api = await serveOnNode(createApp(domain), config.host, config.ports.api);
domain.log.info("listening", { service: "signed-api", port: api.port });
