// The small blobs msfs served or stored last, kept in memory (as the original msfs kept up to 10,000 files): an image
// in a group chat is fetched by every member right after it is sent. Blobs never change, so a cached copy is never
// stale. Bounded in bytes; the least recently used go first.
import type { BlobInfo } from "../blobs/blob-store.ts";

/**
 * A blob as the chunks it arrived in (from the request or a read), never copied into one buffer: a copy per upload
 * costs a fresh allocation outside the JS heap, and V8 answers those with full collections (a third of msfs's CPU).
 */
export interface CachedBlob {
  info: BlobInfo;
  chunks: readonly Uint8Array[];
}

/** The memory a blob's chunks hold on to: the whole of each buffer they are views of, counted once. */
function retainedBytes(chunks: readonly Uint8Array[]): number {
  const buffers = new Set(chunks.map((chunk) => chunk.buffer));
  let bytes = 0;
  for (const buffer of buffers) bytes += buffer.byteLength;
  return bytes;
}

interface Entry extends CachedBlob {
  retained: number;
}

export class BlobCache {
  /** In use order: a Map iterates in insertion order, and a hit is moved to the end. */
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  /** `maxBlobBytes`: larger blobs are streamed, never cached. */
  constructor(
    readonly maxBytes: number,
    readonly maxBlobBytes: number,
  ) {}

  get(key: string): CachedBlob | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** Keeps the blob if it is small enough, dropping the least recently used to make room. */
  set(key: string, blob: CachedBlob): void {
    if (blob.info.size > this.maxBlobBytes || this.#entries.has(key)) return;
    const retained = retainedBytes(blob.chunks);
    this.#entries.set(key, { ...blob, retained });
    this.#bytes += retained;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.retained;
    }
  }

  /** Memory held, counting whole buffers. */
  get bytes(): number {
    return this.#bytes;
  }
}

/** The chunks' bytes from `start` to `end` (inclusive), as views: nothing is copied. */
export function sliceChunks(chunks: readonly Uint8Array[], start: number, end: number): Uint8Array[] {
  const slices: Uint8Array[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    const [from, to] = [Math.max(start - offset, 0), Math.min(end + 1 - offset, chunk.length)];
    if (from < to) slices.push(chunk.subarray(from, to));
    offset += chunk.length;
  }
  return slices;
}
