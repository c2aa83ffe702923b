// The msfs thread's entry (started by msfs-in-thread.ts): the image store's HTTP listener and its blob store. It
// says where it listens, and ends when told to close. A failure to start ends it with the error.
import process from "node:process";
import { parentPort, workerData } from "node:worker_threads";
import { createLogger, describeError } from "../../shared/log.ts";
import { openBlobStore } from "../blobs/open-blob-store.ts";
import { listenMsfs } from "./listener.ts";
import type { MsfsThreadData, MsfsThreadListening } from "./msfs-in-thread.ts";

const { config, options } = workerData as MsfsThreadData;
const log = createLogger(config.logLevel);
const store = await openBlobStore(config);
const listener = await listenMsfs({ config, log }, store, options);
// As in the core process: a fault in one request's work must not end the thread that serves all the others.
process.on("unhandledRejection", (err) => log.error("unhandled rejection", describeError(err)));
parentPort!.once("message", async () => {
  await listener.close();
  await store.close();
  process.exit(0); // ends this thread only; a store's idle keep-alive sockets need not be waited for
});
parentPort!.postMessage({ port: listener.port, store: store.name } satisfies MsfsThreadListening);
