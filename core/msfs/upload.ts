// msfs uploads (teamtalk.md §11.1, §11.3): the multipart body is decoded as it arrives and the first part with a
// filename streams into the blob store, reading paused while the store catches up, so memory stays flat whatever
// the size. Past IM_MSFS_MAX_BYTES, on a malformed body or when the client goes away, the store write is abandoned
// (the store then leaves nothing behind) and the reading stops.
import type { IncomingMessage, ServerResponse } from "node:http";
import { PassThrough } from "node:stream";
import { boundaryOf, MultipartDecoder, MultipartError, type MultipartEvent } from "../../shared/codecs/multipart.ts";
import type { Logger } from "../../shared/log.ts";
import { describeError } from "../../shared/log.ts";
import type { BlobStore } from "../blobs/blob-store.ts";
import type { BlobCache } from "./blob-cache.ts";
import { contentTypeOf, newBlobKey } from "./blob-paths.ts";
import { malformed, sendUploadReply, storeFailed, stored, tooLarge, type UploadReply } from "./upload-replies.ts";

export interface UploadTarget {
  store: BlobStore;
  /** A small upload is kept here too: its recipients fetch it right away. */
  cache: BlobCache;
  maxBytes: number;
  /** The public URL of a blob key. */
  urlOf(key: string): string;
  log: Logger;
}

/** What an upload may hold between the socket and the store: a few socket reads, so neither side stalls per read. */
const streamBufferBytes = 256 * 1024;

/** Room for the multipart envelope around the file in a request's declared length. */
const envelopeBytes = 64 * 1024;

class UploadReceiver {
  readonly #decoder: MultipartDecoder;
  #body: PassThrough | null = null;
  #key = "";
  #size = 0;
  #received = 0;
  /** The file's bytes while it is small enough to cache; null past that. */
  #kept: Uint8Array[] | null = [];
  #finished = false;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly target: UploadTarget,
    boundary: string,
  ) {
    this.#decoder = new MultipartDecoder(boundary);
    req.on("data", (chunk: Buffer) => this.#receive(chunk));
    req.on("end", () => this.#handle(this.#decoder.finish()));
    req.on("error", () => this.#abandon("the client went away"));
    res.on("close", () => this.#abandon("the client went away"));
  }

  #receive(chunk: Buffer): void {
    if (this.#finished) return; // the rest of a refused body is read only to let the reply go out
    this.#received += chunk.length;
    // Parts other than the file are skipped as they stream by, but they count: no body is longer than this.
    if (this.#received > this.target.maxBytes + envelopeBytes) return this.#reply(tooLarge(), true);
    this.#handle(this.#decoder.push(chunk));
  }

  #handle(events: MultipartEvent[]): void {
    for (const event of events) {
      if (this.#finished) return;
      if (event.kind === "file") this.#open(event.filename);
      else if (event.kind === "data") this.#write(event.chunk);
      else if (event.kind === "end") this.#body?.end();
      else this.#reply(malformed(event.code), true);
    }
  }

  #open(filename: string): void {
    const named = newBlobKey(filename);
    if ("error" in named) return this.#reply(malformed(named.error), true);
    this.#key = named.key;
    this.#body = new PassThrough({ highWaterMark: streamBufferBytes });
    this.#body.on("error", () => {}); // the store's put reports it
    this.target.store.put(named.key, this.#body, contentTypeOf(named.key)).then(
      (info) => {
        if (this.#kept) this.target.cache.set(this.#key, { info, bytes: Buffer.concat(this.#kept) });
        this.#reply(stored(this.#key, this.target.urlOf(this.#key)), false);
      },
      (err) => {
        if (this.#finished) return; // abandoned on purpose
        this.target.log.error("msfs upload failed in the store", { key: this.#key, ...describeError(err) });
        this.#reply(storeFailed(), true);
      },
    );
  }

  #write(chunk: Uint8Array): void {
    this.#size += chunk.length;
    if (this.#size > this.target.maxBytes) return this.#reply(tooLarge(), true);
    if (this.#size > this.target.cache.maxBlobBytes) this.#kept = null;
    this.#kept?.push(chunk);
    if (this.#body!.write(chunk)) return;
    this.req.pause();
    this.#body!.once("drain", () => this.req.resume());
  }

  /** Replies once; anything still being stored is abandoned, and with `close` the connection ends after the reply. */
  #reply(reply: UploadReply, close: boolean): void {
    if (this.#finished) return;
    this.#abandon("the upload was refused");
    sendUploadReply(this.res, reply, close);
    if (close) this.req.resume(); // let the reply go out; the connection closes after it
  }

  #abandon(reason: string): void {
    if (this.#finished) return;
    this.#finished = true;
    if (this.#body && !this.#body.writableFinished) this.#body.destroy(new Error(reason));
  }
}

export function upload(req: IncomingMessage, res: ServerResponse, target: UploadTarget): void {
  const declared = Number(req.headers["content-length"]);
  if (declared > target.maxBytes + envelopeBytes) return sendUploadReply(res, tooLarge(), true);
  const boundary = boundaryOf(req.headers["content-type"]);
  if (boundary === null) return sendUploadReply(res, malformed(MultipartError.noBoundary), true);
  new UploadReceiver(req, res, target, boundary);
}
