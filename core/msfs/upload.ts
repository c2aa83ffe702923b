// msfs uploads (teamtalk.md §11.1, §11.3): the multipart body is decoded as it arrives and the first part with a
// filename streams into the blob store, reading paused while the store catches up, so memory stays flat whatever
// the size. Past IM_MSFS_MAX_BYTES, on a malformed body or when the client goes away, the store write is abandoned
// (the store then leaves nothing behind); the reply goes out at once and the rest of the body is read and dropped.
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
  /** A small upload is copied in here too: its recipients fetch it right away. */
  cache: BlobCache;
  maxBytes: number;
  /** The public URL of a blob key. */
  urlOf(key: string): string;
  log: Logger;
}

/** What an upload may hold between the socket and the store: a few socket reads, so neither side stalls per read. */
const streamBufferBytes = 256 * 1024;

/** How long the rest of a refused body is read (and dropped) before the connection is cut. */
const lingerMs = 2_000;

/** Room for the multipart envelope around the file in a request's declared length. */
const envelopeBytes = 64 * 1024;

class UploadReceiver {
  readonly #decoder: MultipartDecoder;
  #body: PassThrough | null = null;
  #key = "";
  #size = 0;
  #received = 0;
  #finished = false;
  /** The file's chunks while it is small enough to cache; null past that. */
  #kept: Uint8Array[] | null = [];

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
    if (this.#received > this.target.maxBytes + envelopeBytes) return this.#refuse(tooLarge());
    this.#handle(this.#decoder.push(chunk));
  }

  #handle(events: MultipartEvent[]): void {
    for (const event of events) {
      if (this.#finished) return;
      if (event.kind === "file") this.#open(event.filename);
      else if (event.kind === "data") this.#write(event.chunk);
      else if (event.kind === "end") this.#body?.end();
      else this.#refuse(malformed(event.code));
    }
  }

  #open(filename: string): void {
    const named = newBlobKey(filename);
    if ("error" in named) return this.#refuse(malformed(named.error));
    this.#key = named.key;
    // The store reads chunk by chunk as written (object mode on its side): a byte-mode read of what has gathered copies
    // it into one new buffer first, a copy of every byte and the allocations V8 then collects.
    this.#body = new PassThrough({ writableHighWaterMark: streamBufferBytes, readableObjectMode: true, readableHighWaterMark: 1 });
    this.#body.on("error", () => {}); // the store's put reports it
    this.target.store.put(named.key, this.#body, contentTypeOf(named.key)).then(
      (info) => {
        if (this.#finished) return this.#removeRefused();
        if (this.#kept) this.target.cache.set(this.#key, info, this.#kept);
        this.#replyStored();
      },
      (err) => {
        if (this.#finished) return; // abandoned on purpose
        this.target.log.error("msfs upload failed in the store", { key: this.#key, ...describeError(err) });
        this.#refuse(storeFailed());
      },
    );
  }

  /** A body refused (or a client gone) after the file's last byte: the store finished it anyway, so it is removed. */
  async #removeRefused(): Promise<void> {
    await this.target.store.remove(this.#key).catch((err) => {
      this.target.log.error("msfs could not remove a refused upload", { key: this.#key, ...describeError(err) });
    });
  }

  #write(chunk: Uint8Array): void {
    this.#size += chunk.length;
    if (this.#size > this.target.maxBytes) return this.#refuse(tooLarge());
    if (this.#size > this.target.cache.maxBlobBytes) this.#kept = null;
    this.#kept?.push(chunk);
    if (this.#body!.write(chunk)) return;
    this.req.pause();
    this.#body!.once("drain", () => this.req.resume());
  }

  #replyStored(): void {
    this.#finished = true;
    sendUploadReply(this.res, stored(this.#key, this.target.urlOf(this.#key)), false);
  }

  /**
   * Refuses the upload at once (a client that half-closes after its body would otherwise see the connection end
   * first); whatever the store had begun is abandoned. The connection stays open while the rest of the body arrives,
   * read and dropped: a client still sending when it closed would get a reset instead of the reply. A body that goes
   * on for longer than `lingerMs` after the refusal is cut off there.
   */
  #refuse(reply: UploadReply): void {
    if (this.#finished) return;
    this.#abandon("the upload was refused");
    sendUploadReply(this.res, reply, false);
    this.req.resume();
    if (this.req.complete) return;
    const cutOff = setTimeout(() => this.req.socket.destroy(), lingerMs);
    this.req.once("end", () => clearTimeout(cutOff));
    this.req.once("close", () => clearTimeout(cutOff));
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
