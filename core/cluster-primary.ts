// The primary of a core started with IM_WORKERS > 1: migrates the database and creates the shared files once, then
// forks the workers (each a full core process with its own node id, all serving the listening sockets the primary
// holds), keeps the record of recent logins they share, replaces a worker that dies, forwards SIGUSR2, and stops them
// all on SIGINT / SIGTERM. msfs runs here, in a thread of its own: a thread cannot share a port with other processes.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import process from "node:process";
import type { Config } from "../shared/config.ts";
import { openDomainOrExit } from "../shared/entry.ts";
import { createLogger, describeError, type Fields, type Logger } from "../shared/log.ts";
import { RecentLogins } from "../shared/crypto/recent-logins.ts";
import { newLoginKey, serveSharedLogins, workerLoginKeyVariable } from "./cluster-logins.ts";
import { startMsfs } from "./msfs/msfs-in-thread.ts";
import { RestartBackoff } from "./restart-backoff.ts";

/** The environment variable through which the primary gives a worker its node id (internal, not a setting). */
export const workerNodeIdVariable = "IM_WORKER_NODE_ID";

/** What a worker sends the primary once its core and add-on listen. */
export const workerReadyMessage = "core worker ready";

export async function runClusterPrimary(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const opened = await openDomainOrExit(config, { migrate: true, log }, process.exit); // also makes the server secret
  opened.close();
  // Round-robin: the primary accepts each connection and hands it to the next worker. Connections here live long, so
  // an even spread is worth the hand-off; left to the kernel (SCHED_NONE), a few processes take most of them.
  cluster.schedulingPolicy = cluster.SCHED_RR;
  const msfs = await startMsfs(config, log).catch((err) => {
    log.error("msfs could not start", describeError(err));
    return process.exit(1);
  });
  const workers = new CoreWorkers(config.workers, config.nodeId ?? randomBytes(6).toString("hex"), log, () => msfs.close());
  process.on("SIGINT", () => workers.stop("SIGINT", 0));
  process.on("SIGTERM", () => workers.stop("SIGTERM", 0));
  process.on("SIGUSR2", () => workers.signal("SIGUSR2")); // each worker logs its memory
  workers.start();
}

/** Workers numbered 1..count; worker n is always node `<prefix>.n`, so its replacement clears what it left. */
class CoreWorkers {
  readonly #running = new Map<number, ReturnType<typeof cluster.fork>>();
  readonly #ready = new Set<number>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #backoff = new RestartBackoff();
  /** The workers' shared record of recent logins, and the key of its entries. */
  readonly #logins = new RecentLogins();
  readonly #loginKey = newLoginKey();
  /** Every worker has been ready once: from then on a worker that dies is replaced. */
  #started = false;
  #stopping = false;
  #ownStopped: Promise<void> = Promise.resolve();
  #exitCode = 0;

  constructor(
    readonly count: number,
    readonly nodeIdPrefix: string,
    readonly log: Logger,
    /** Stops what the primary serves itself, once the workers are stopping. */
    readonly stopOwn: () => Promise<void>,
  ) {}

  start(): void {
    for (let n = 1; n <= this.count; n++) this.#fork(n);
  }

  signal(name: NodeJS.Signals): void {
    for (const worker of this.#running.values()) worker.process.kill(name);
  }

  stop(reason: string, exitCode: number): void {
    if (this.#stopping) return;
    this.#stopping = true;
    this.#exitCode = exitCode;
    this.log.info("shutting down", { signal: reason, workers: this.#running.size });
    for (const timer of this.#timers) clearTimeout(timer);
    this.signal("SIGTERM");
    this.#ownStopped = this.stopOwn().catch((err) => this.log.error("msfs did not stop cleanly", describeError(err)));
    this.#exitOnceAllStopped();
  }

  #fork(n: number): void {
    const nodeId = `${this.nodeIdPrefix}.${n}`;
    const worker = cluster.fork({ [workerNodeIdVariable]: nodeId, [workerLoginKeyVariable]: this.#loginKey });
    serveSharedLogins(worker, this.#logins);
    const forkedAt = Date.now();
    const fields = { worker: n, pid: worker.process.pid, nodeId };
    this.#running.set(n, worker);
    this.log.info("worker started", fields);
    worker.on("message", (message) => {
      if (message === workerReadyMessage) this.#onReady(n, fields);
    });
    worker.on("exit", (code, signal) => this.#onExit(n, { ...fields, code, signal }, Date.now() - forkedAt));
  }

  #onReady(n: number, fields: Fields): void {
    this.log.info("worker ready", fields);
    if (this.#started) return;
    this.#ready.add(n);
    if (this.#ready.size < this.count) return;
    this.#started = true;
    this.log.info("workers ready", { workers: this.count });
  }

  #onExit(n: number, fields: Fields, uptimeMs: number): void {
    this.#running.delete(n);
    if (this.#stopping) return this.#exitOnceAllStopped();
    if (!this.#started) {
      // A worker that cannot start (a port taken, the database unreachable) fails the whole start, as one process would.
      this.log.error("a worker exited while starting; stopping", fields);
      return this.stop("worker failed to start", 1);
    }
    const delayMs = this.#backoff.delayAfter(uptimeMs);
    this.log.warn("worker exited; replacing it", { ...fields, delayMs });
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.#fork(n);
    }, delayMs);
    this.#timers.add(timer);
  }

  #exitOnceAllStopped(): void {
    if (this.#running.size === 0) void this.#ownStopped.then(() => process.exit(this.#exitCode));
  }
}
