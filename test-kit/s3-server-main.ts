// Test support (not a test): the child process of test-kit/s3-server.ts. s3rver over the folder given as argument,
// behind a small proxy that adds what s3rver lacks (aborting a multipart upload) and fixes what it gets wrong (the
// range `bytes=0-0`); prints a "listening" line with the proxy's port.
import { rm } from "node:fs/promises";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import S3rver from "s3rver";
import { s3rverUploads } from "./s3-server.ts";

const directory = process.argv[2];
const s3rver = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true });
const { port: s3rverPort } = await s3rver.run();

const proxy = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://proxy");
  const uploadId = url.searchParams.get("uploadId");
  if (req.method === "DELETE" && uploadId !== null && /^[0-9a-f]+$/.test(uploadId)) {
    const bucket = url.pathname.split("/")[1];
    rm(join(s3rverUploads(directory, bucket), uploadId), { recursive: true, force: true }).then(() => res.writeHead(204).end());
  } else {
    forward(req, res);
  }
});
proxy.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ msg: "listening", service: "s3", port: (proxy.address() as AddressInfo).port }));
});

function forward(req: IncomingMessage, res: ServerResponse): void {
  const upstream = request({ host: "127.0.0.1", port: s3rverPort, method: req.method, path: req.url, headers: req.headers }, (reply) => {
    // s3rver reads `bytes=0-0` as "from 0 to the end" (its `end || Infinity`): answer the one byte asked for.
    if (req.headers.range === "bytes=0-0" && reply.statusCode === 206) return firstByte(reply, res);
    res.writeHead(reply.statusCode ?? 502, reply.headers);
    reply.pipe(res);
  });
  upstream.on("error", () => res.destroy());
  req.pipe(upstream);
}

function firstByte(reply: IncomingMessage, res: ServerResponse): void {
  const size = reply.headers["content-range"]?.split("/")[1];
  res.writeHead(206, { ...reply.headers, "content-length": "1", "content-range": `bytes 0-0/${size}` });
  reply.once("data", (chunk: Buffer) => {
    res.end(chunk.subarray(0, 1));
    reply.destroy();
  });
}
