// A stand-in for the msfs thread in msfs-in-thread.test.ts: it listens as msfs does, answers with its thread id, and
// dies of an uncaught error after answering GET /die, as a thread with a fault would.
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import process from "node:process";
import { parentPort, threadId, workerData } from "node:worker_threads";
import type { MsfsThreadData, MsfsThreadListening } from "./msfs-in-thread.ts";

const { options } = workerData as MsfsThreadData;
const server = createServer((req, res) => {
  res.end(String(threadId));
  if (req.url === "/die")
    setImmediate(() => {
      throw new Error("a fault in the thread");
    });
});
server.listen(options.port, options.host, () => {
  parentPort!.once("message", () => server.close(() => process.exit(0)));
  parentPort!.postMessage({ port: (server.address() as AddressInfo).port, store: "fixture" } satisfies MsfsThreadListening);
});
