// Serves a Hono app on Node through @hono/node-server; resolves once listening, with the bound port.
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

export interface Listening {
  port: number;
  close(): Promise<void>;
}

export function serveOnNode(app: Hono, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) =>
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      }),
    );
    server.once("error", reject);
  });
}
