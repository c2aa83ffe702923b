// Where blobs (msfs images, later offline files) live: one small interface, implemented by a local folder (the
// embedded default) and by an S3-compatible bucket (MinIO in production). Keys are relative paths like
// `g0/012/200/1764763200000123_9f3a.jpg`, chosen by the caller and never reused; a blob is immutable once stored.
// Every method of every store refuses a key that is not such a path (blob-key.ts), so none can lead out of the store.
import type { Readable } from "node:stream";

export interface BlobInfo {
  size: number;
  /** A strong validator for HTTP, with its quotes (e.g. `"5d41402abc4b2a76b9719d911017c592"`). */
  etag: string;
}

/** An inclusive byte range within a blob (as HTTP's Range header counts). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface BlobStore {
  /** What this store is, for logs: `local:<folder>` or `s3:<endpoint>/<bucket>`. */
  readonly name: string;
  /**
   * Stores the body's bytes under the key, streaming (memory does not grow with the size). Resolves once the blob is
   * durable and readable. If the body errors or is destroyed before its end, rejects and leaves nothing behind: no
   * blob under the key, no temporary file, no unfinished multipart upload.
   */
  put(key: string, body: Readable, contentType: string): Promise<BlobInfo>;
  /** The blob's size and etag, or null when there is none under the key. */
  stat(key: string): Promise<BlobInfo | null>;
  /** The blob's bytes (or the range's), streamed; rejects when there is none. The caller checks the range against stat. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** Removes the blob; no error when there is none. */
  remove(key: string): Promise<void>;
  /** Lets go of what the store holds between puts (the local store's files opened ahead); no put may follow. */
  close(): Promise<void>;
}
