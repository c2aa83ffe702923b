// Serves a Hono app on Node through @hono/node-server; resolves once listening, with the bound port. The server is
// bounded like the TCP doors: a cap on open connections, and a client gets a fixed time for its headers and for its
// whole request, so slow or idle clients cannot hold connections forever.
import { serve } from "@hono/node-server";
import type { Server } from "node:http";
import type { Hono } from "hono";

export interface Listening {
  port: number;
  close(): Promise<void>;
}

export interface HttpLimits {
  /** Open connections held at most; more are closed at once. */
  maxConnections: number;
  /** Time for a client to send its request headers. */
  headersTimeoutMs: number;
  /** Time for a client to send its whole request, body included. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
}

export const defaultHttpLimits: HttpLimits = {
  maxConnections: 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};

export function serveOnNode(app: Hono, host: string, port: number, limits: Partial<HttpLimits> = {}): Promise<Listening> {
  const l = { ...defaultHttpLimits, ...limits };
  // The timeouts are checked this often (Node's default is 30 s, too coarse for a 10 s header limit).
  const connectionsCheckingInterval = Math.min(1_000, l.headersTimeoutMs);
  const serverOptions = {
    headersTimeout: l.headersTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    connectionsCheckingInterval,
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port, serverOptions }, (info) =>
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      }),
    ) as Server;
    server.maxConnections = l.maxConnections;
    server.once("error", reject);
  });
}
