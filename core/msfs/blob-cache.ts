// The small blobs msfs served or stored last, kept in memory (as the original msfs kept up to 10,000 files): an image
// in a group chat is fetched by every member right after it is sent. Blobs never change, so a cached copy is never
// stale. Bounded in bytes; the least recently used go first.
import type { BlobInfo } from "../blobs/blob-store.ts";

export interface CachedBlob {
  info: BlobInfo;
  bytes: Uint8Array;
}

export class BlobCache {
  /** In use order: a Map iterates in insertion order, and a hit is moved to the end. */
  readonly #entries = new Map<string, CachedBlob>();
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
  set(key: string, entry: CachedBlob): void {
    if (entry.bytes.length > this.maxBlobBytes || this.#entries.has(key)) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes.length;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.bytes.length;
    }
  }

  /** Bytes held. */
  get bytes(): number {
    return this.#bytes;
  }
}
