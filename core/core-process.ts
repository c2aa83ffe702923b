// A core process: opens (and migrates) the domain, starts a core node with its listeners and whatever the launcher
// runs beside it (the edge, in the all-in-one), and stops everything on SIGINT / SIGTERM. With IM_WORKERS > 1 the
// process started is the cluster primary (core/cluster-primary.ts) and each of its workers is such a core process.
import cluster from "node:cluster";
import process from "node:process";
import type { Domain } from "../shared/domain/context.ts";
import { configOrExit, openDomainOrExit } from "../shared/entry.ts";
import { createLogger, describeError } from "../shared/log.ts";
import { RecentLogins } from "../shared/crypto/recent-logins.ts";
import { type Channel, sharedLoginsOver, workerLoginKeyVariable } from "./cluster-logins.ts";
import { runClusterPrimary, workerNodeIdVariable, workerReadyMessage } from "./cluster-primary.ts";
import { startCore } from "./start-core.ts";

/** Something started beside the core, stopped with it. */
export interface AddOn {
  close(): Promise<void>;
}

export async function runCoreProcess(addOn?: (domain: Domain) => Promise<AddOn>): Promise<void> {
  const config = configOrExit(process.env, process.exit);
  if (config.workers > 1 && cluster.isPrimary) return runClusterPrimary(config);
  // A worker's database was migrated by the primary; its lines carry its node id, as workers share one stdout.
  const worker = cluster.isWorker;
  const nodeId = worker ? process.env[workerNodeIdVariable] : config.nodeId;
  const log = createLogger(config.logLevel, worker ? { nodeId } : {});
  const { domain, close } = await openDomainOrExit({ ...config, nodeId }, { migrate: !worker, log }, process.exit);
  const loginKey = process.env[workerLoginKeyVariable];
  if (worker && loginKey) {
    const shared = sharedLoginsOver(process as Channel);
    domain.recentLogins = new RecentLogins({ nowMs: () => domain.nowMs(), key: Buffer.from(loginKey, "hex"), shared });
  }
  // A fault in one connection's work must not end the process that serves all the others.
  process.on("unhandledRejection", (err) => domain.log.error("unhandled rejection", describeError(err)));
  const core = await startCore(domain, { msfs: !worker });
  const extra = addOn ? await addOn(domain) : null;
  if (worker) process.send?.(workerReadyMessage);

  let stopping = false;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    domain.log.info("shutting down", { signal });
    await Promise.all([core.stop(), extra?.close()]);
    close();
    process.exit(0);
  }
  // Ctrl+C reaches every process of the group: a worker leaves it to the primary, which stops the workers with SIGTERM.
  process.on("SIGINT", () => {
    if (!worker) void shutdown("SIGINT");
  });
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // Memory report for operators and the benchmark (after a full GC when node runs with --expose-gc).
  process.on("SIGUSR2", () => {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed, external } = process.memoryUsage();
    domain.log.info("memory", { rss, heapUsed, external, connections: core.node.hub.connections });
  });
}
