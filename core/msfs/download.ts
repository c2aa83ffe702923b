// msfs downloads (GET and HEAD): a blob with its type, length, ETag, immutable caching and Range support; 304 for a
// matching If-None-Match; 404 for anything that is not a stored blob's path. Small blobs come from the cache (read
// whole into it on a miss), larger ones are streamed from the store.
import type { IncomingMessage, ServerResponse } from "node:http";
import { finished } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { BlobInfo, BlobStore, ByteRange } from "../blobs/blob-store.ts";
import type { BlobCache } from "./blob-cache.ts";
import { contentTypeOf, keyOfUrlPath } from "./blob-paths.ts";
import { rangeOf } from "./byte-range.ts";

/** Headers of every served blob: paths are never reused, so a blob never changes. */
function blobHeaders(key: string, info: BlobInfo): Record<string, string> {
  return {
    "Content-Type": contentTypeOf(key),
    ETag: info.etag,
    "Cache-Control": "public, max-age=31536000, immutable",
    "Accept-Ranges": "bytes",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox", // user content: never a page that runs scripts on this origin
  };
}

function empty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, "Content-Length": "0" }).end();
}

/** A reply's status and headers, written once its body is at hand. */
type Head = [status: number, headers: Record<string, string>];

/** Sends a small blob (or the range of it) from the cache, reading it whole into the cache first on a miss. */
async function sendSmallBlob(
  res: ServerResponse,
  head: Head,
  store: BlobStore,
  cache: BlobCache,
  key: string,
  info: BlobInfo,
  range: ByteRange,
) {
  const cached = cache.take(key);
  if (cached) {
    finished(res, cached.release); // at once if the client has already gone
    return void res.writeHead(...head).end(cached.bytes.subarray(range.start, range.end + 1));
  }
  // The whole blob as a range: the read stops at its last byte instead of reading on to the end of the file.
  const chunks: Uint8Array[] = await (await store.read(key, { start: 0, end: info.size - 1 })).toArray();
  cache.set(key, info, chunks);
  const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  res.writeHead(...head).end(bytes.subarray(range.start, range.end + 1));
}

export async function download(req: IncomingMessage, res: ServerResponse, store: BlobStore, cache: BlobCache): Promise<void> {
  const key = keyOfUrlPath(req.url ?? "");
  const info = key === null ? null : (cache.infoOf(key) ?? (await store.stat(key)));
  if (key === null || info === null) return empty(res, 404);
  const headers = blobHeaders(key, info);
  if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(info.etag)) return empty(res, 304, headers);
  const ifRange = req.headers["if-range"];
  const answer = ifRange === undefined || ifRange === info.etag ? rangeOf(req.headers.range, info.size) : { kind: "whole" as const };
  if (answer.kind === "unsatisfiable") return empty(res, 416, { ...headers, "Content-Range": `bytes */${info.size}` });
  const range = answer.kind === "partial" ? answer.range : { start: 0, end: info.size - 1 };
  const length = range.end - range.start + 1;
  if (answer.kind === "partial") headers["Content-Range"] = `bytes ${range.start}-${range.end}/${info.size}`;
  const status = answer.kind === "partial" ? 206 : 200;
  const head: Head = [status, { ...headers, "Content-Length": String(length) }];
  if (req.method === "HEAD" || length === 0) return void res.writeHead(...head).end();
  if (info.size <= cache.maxBlobBytes) return sendSmallBlob(res, head, store, cache, key, info, range);
  res.writeHead(...head);
  await pipeline(await store.read(key, range), res);
}
