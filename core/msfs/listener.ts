// The msfs HTTP listener (port 8700, teamtalk.md §11): POST uploads to any path, GET and HEAD download; other methods
// get 405. Bounded like the other doors: a cap on open connections, 10 s for request headers, and a connection idle
// (nothing read or written) for 30 s is closed; a large upload or download may take as long as it keeps moving.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../../shared/config.ts";
import { describeError, type Logger } from "../../shared/log.ts";
import type { BlobStore } from "../blobs/blob-store.ts";
import { BlobCache } from "./blob-cache.ts";
import { download } from "./download.ts";
import { upload, type UploadTarget } from "./upload.ts";

/** Memory for recently stored or served images, and the largest one kept (a chat image is usually far smaller). */
const cacheBytes = 64 * 1024 * 1024;
const cachedBlobBytes = 256 * 1024;

export interface MsfsListener {
  port: number;
  close(): Promise<void>;
}

export interface MsfsOptions {
  host: string;
  port: number;
  maxConnections?: number;
  idleTimeoutMs?: number;
}

/** Where clients fetch a blob: IM_PUBLIC_HOST and the msfs port, never the request's Host header. */
function publicUrl(publicHost: string, port: number): (key: string) => string {
  const host = publicHost.includes(":") && !publicHost.startsWith("[") ? `[${publicHost}]` : publicHost;
  return (key) => `http://${host}:${port}/${key}`;
}

/** What msfs needs of its process: it touches no database. */
export interface MsfsContext {
  config: Config;
  log: Logger;
}

export function listenMsfs({ config, log }: MsfsContext, store: BlobStore, options: MsfsOptions): Promise<MsfsListener> {
  const cache = new BlobCache(cacheBytes, cachedBlobBytes);
  const target: UploadTarget = { store, cache, maxBytes: config.msfsMaxBytes, urlOf: () => "", log };

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === "POST") return upload(req, res, target);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD, POST", "Content-Length": "0" }).end();
      return;
    }
    download(req, res, store, cache).catch((err) => {
      log.debug("msfs download ended early", { url: req.url, ...describeError(err) });
      if (!res.headersSent) res.writeHead(500, { "Content-Length": "0" }).end();
      else res.destroy();
    });
  }

  const server = createServer({ headersTimeout: 10_000, requestTimeout: 0, connectionsCheckingInterval: 1_000 }, handle);
  server.maxConnections = options.maxConnections ?? 1024;
  server.timeout = options.idleTimeoutMs ?? 30_000; // an idle socket is destroyed
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      const port = (server.address() as AddressInfo).port;
      target.urlOf = publicUrl(config.publicHost, config.ports.msfs === 0 ? port : config.ports.msfs);
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
