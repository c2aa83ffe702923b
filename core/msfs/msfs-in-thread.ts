// msfs in a thread of its own. node:http hands each piece of an upload's body over in a new buffer; in the thread
// that serves the chat connections those buffers made V8 run a full collection of the whole chat heap every few
// dozen uploads. In its own thread they weigh on a small heap, and uploads run beside the chat event loop, not on it.
// A thread that dies is started again on the same port, after a pause that grows if it keeps dying.
import type { Worker } from "node:worker_threads";
import type { Config } from "../../shared/config.ts";
import { describeError, type Logger } from "../../shared/log.ts";
import { RestartBackoff } from "../restart-backoff.ts";
import { startTypeScriptWorker } from "../typescript-worker.ts";
import type { MsfsListener, MsfsOptions } from "./listener.ts";

export interface MsfsThreadData {
  config: Config;
  options: MsfsOptions;
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
  const msfs = await startMsfsThread({ config, options: { host: config.host, port: config.ports.msfs } }, log);
  log.info("listening", { service: "msfs", port: msfs.port, store: msfs.store });
  return msfs;
}

/** How long a thread told to close may take before it is stopped wherever it is. */
const closeGraceMs = 5_000;

interface RunningThread {
  thread: Worker;
  exited: Promise<number>;
}

class MsfsSupervisor {
  readonly #backoff = new RestartBackoff();
  #running: RunningThread | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closing = false;

  constructor(
    readonly module: URL,
    readonly log: Logger,
  ) {}

  /** Starts a thread; once it listens, a later death of it starts another on the same port. */
  async start(data: MsfsThreadData): Promise<MsfsThreadListening> {
    const thread = startTypeScriptWorker(this.module, { workerData: data });
    const exited = new Promise<number>((resolve) => thread.once("exit", resolve));
    this.#running = { thread, exited };
    const startedAt = Date.now();
    const listening = await listeningOf(thread);
    thread.on("error", (err) => this.log.error("the msfs thread failed", describeError(err)));
    const again = { ...data, options: { ...data.options, port: listening.port } }; // port 0 was chosen once
    void exited.then((code) => this.#onExit(code, Date.now() - startedAt, again));
    return listening;
  }

  #onExit(code: number, uptimeMs: number, data: MsfsThreadData): void {
    this.#running = null;
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

  /** Tells the thread to close (one still starting closes once it listens) and waits for it to end. */
  async close(): Promise<void> {
    this.#closing = true;
    clearTimeout(this.#timer);
    const running = this.#running;
    if (!running) return;
    running.thread.postMessage("close");
    const stop = setTimeout(() => void running.thread.terminate(), closeGraceMs);
    await running.exited;
    clearTimeout(stop);
  }
}

/** The thread's listening message; rejects when it fails or exits first. */
function listeningOf(thread: Worker): Promise<MsfsThreadListening> {
  return new Promise((resolve, reject) => {
    const failed = (err: Error) => {
      thread.off("message", listened).off("error", failed).off("exit", exitedEarly);
      reject(err);
    };
    const exitedEarly = (code: number) => failed(new Error(`the msfs thread exited (code ${code}) before it listened`));
    const listened = (message: MsfsThreadListening) => {
      thread.off("error", failed).off("exit", exitedEarly);
      resolve(message);
    };
    thread.once("message", listened).once("error", failed).once("exit", exitedEarly);
  });
}
