// msfs in a thread of its own. node:http hands each piece of an upload's body over in a new buffer; in the thread
// that serves the chat connections those buffers made V8 run a full collection of the whole chat heap every few
// dozen uploads. In its own thread they weigh on a small heap, and uploads run beside the chat event loop, not on it.
// A thread that dies is started again on the same port, after a pause that grows if it keeps dying.
import type { Worker } from "node:worker_threads";
import type { Config } from "../../shared/config.ts";
import { describeError, type Fields, type Logger } from "../../shared/log.ts";
import { RestartBackoff } from "../restart-backoff.ts";
import { startTypeScriptWorker } from "../typescript-worker.ts";
import type { MsfsListener, MsfsOptions } from "./listener.ts";

export interface MsfsThreadData {
  config: Config;
  options: MsfsOptions;
  /** Added to each line the thread logs. */
  logFields: Fields;
}

/** The thread's one message: it listens. */
export interface MsfsThreadListening {
  port: number;
  store: string;
}

export interface MsfsThread extends MsfsListener {
  /** The blob store's name (where blobs go), for logs. */
  store: string;
}

const msfsThreadModule = new URL("./msfs-thread.ts", import.meta.url);

/** Starts the thread; resolves once it listens, rejects when it cannot (a port taken, a store that will not open). */
export async function startMsfsThread(data: MsfsThreadData, log: Logger, module = msfsThreadModule): Promise<MsfsThread> {
  const supervisor = new MsfsSupervisor(module, log);
  const listening = await supervisor.start(data);
  return { ...listening, close: () => supervisor.close() };
}

/** msfs on the configured host and port, logged as listening like the other services. */
export async function startMsfs(config: Config, log: Logger): Promise<MsfsThread> {
  const msfs = await startMsfsThread({ config, options: { host: config.host, port: config.ports.msfs }, logFields: {} }, log);
  log.info("listening", { service: "msfs", port: msfs.port, store: msfs.store });
  return msfs;
}

class MsfsSupervisor {
  readonly #backoff = new RestartBackoff();
  #thread: Worker | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closing = false;

  constructor(
    readonly module: URL,
    readonly log: Logger,
  ) {}

  /** Starts a thread; once it listens, a later death of it starts another on the same port. */
  async start(data: MsfsThreadData): Promise<MsfsThreadListening> {
    const thread = startTypeScriptWorker(this.module, { workerData: data });
    this.#thread = thread;
    const startedAt = Date.now();
    const listening = await new Promise<MsfsThreadListening>((resolve, reject) => {
      thread.once("message", resolve);
      thread.once("error", reject);
      thread.once("exit", (code) => reject(new Error(`the msfs thread exited (code ${code}) before it listened`)));
    });
    thread.removeAllListeners("error").removeAllListeners("exit");
    thread.on("error", (err) => this.log.error("the msfs thread failed", describeError(err)));
    const again = { ...data, options: { ...data.options, port: listening.port } }; // port 0 was chosen once
    thread.once("exit", (code) => this.#onExit(code, Date.now() - startedAt, again));
    return listening;
  }

  #onExit(code: number, uptimeMs: number, data: MsfsThreadData): void {
    this.#thread = null;
    if (this.#closing) return;
    const delayMs = this.#backoff.delayAfter(uptimeMs);
    this.log.warn("the msfs thread exited; starting it again", { code, delayMs });
    this.#timer = setTimeout(() => {
      this.start(data).catch((err) => {
        this.log.error("the msfs thread could not start again", describeError(err));
        this.#onExit(1, 0, data);
      });
    }, delayMs);
  }

  async close(): Promise<void> {
    this.#closing = true;
    clearTimeout(this.#timer);
    const thread = this.#thread;
    if (!thread) return;
    const exited = new Promise((resolve) => thread.once("exit", resolve));
    thread.postMessage("close");
    await exited;
  }
}
