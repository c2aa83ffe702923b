// The JSON socket's TCP listener (port 8282): accepts connections, feeds their bytes to a JsonSocketConnection,
// and closes connections that stayed silent longer than IM_SOCKET_IDLE_S (one sweep per second for all of them).
import net from "node:net";
import type { CoreNode } from "../node.ts";
import { JsonSocketConnection, type ConnectionLimits } from "./connection.ts";

export interface JsonSocketListener {
  port: number;
  connections(): number;
  close(): Promise<void>;
}

export const defaultLimits = { maxQueuedBytes: 4 * 1024 * 1024, maxPendingFrames: 64 };

export function listenJsonSocket(node: CoreNode, host: string, port: number, limits: Partial<ConnectionLimits> = {}): Promise<JsonSocketListener> {
  const config = node.domain.config;
  const all = new Set<JsonSocketConnection>();
  const full: ConnectionLimits = { badFrames: config.socketBadFrames, ...defaultLimits, ...limits };
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    const conn = new JsonSocketConnection(socket, node, full);
    all.add(conn);
    socket.on("data", (chunk) => conn.onData(chunk));
    socket.on("error", () => {}); // resets and the like end in "close"
    socket.on("close", () => {
      all.delete(conn);
      void conn.onClose();
    });
  });
  const idleMs = config.socketIdleS * 1000;
  const sweep = setInterval(() => {
    const now = node.domain.nowMs();
    for (const conn of all) if (now - conn.lastHeardMs > idleMs) conn.close("IDLE", "idle", true);
  }, 1000);
  sweep.unref();
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve({
        port: (server.address() as net.AddressInfo).port,
        connections: () => all.size,
        close: () =>
          new Promise<void>((done) => {
            clearInterval(sweep);
            server.close(() => done());
            for (const conn of all) conn.close("SHUTDOWN", "server shutting down", true);
          }),
      });
    });
  });
}
