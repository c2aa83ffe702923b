// `npm start`: every listener of the server in one process, on the embedded defaults (libSQL file under ./data).
// `npm run core` (`--core-only`): the core alone, for deployments that run the edge elsewhere.
import process from "node:process";
import { configOrExit } from "../shared/entry.ts";
import { describeError } from "../shared/log.ts";
import { openDomain } from "../shared/domain/open-domain.ts";
import { createApp } from "../edge/app.ts";
import { nodeClientAddress } from "../edge/node-client-address.ts";
import { serveOnNode } from "../edge/serve-node.ts";
import { startCore } from "./start-core.ts";

const config = configOrExit(process.env, process.exit);
const { domain, close } = await openDomain(config);
// A fault in one connection's work must not end the process that serves all the others.
process.on("unhandledRejection", (err) => domain.log.error("unhandled rejection", describeError(err)));
const core = await startCore(domain);
const api = process.argv.includes("--core-only") ? null : await serveOnNode(createApp(domain, nodeClientAddress), config.host, config.ports.api);
if (api) domain.log.info("listening", { service: "signed-api", port: api.port });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  domain.log.info("shutting down", { signal });
  await Promise.all([core.stop(), api?.close()]);
  close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
// Memory report for operators and the benchmark (after a full GC when node runs with --expose-gc).
process.on("SIGUSR2", () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  domain.log.info("memory", { rss, heapUsed, external, connections: core.node.hub.connections });
});
process.on("SIGTERM", () => void shutdown("SIGTERM"));
