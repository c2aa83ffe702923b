// The small blobs msfs served last, kept in memory (as the original msfs kept up to 10,000 files): an image in a group
// chat is fetched by every member right after it is sent. Blobs never change, so a cached copy is never stale.
//
// One buffer, allocated once, holds them all as a ring: each blob is copied in after the last, and the oldest make
// room. Hundreds of separately allocated buffers held for minutes made V8 run a full collection every few large
// uploads. Bytes still being sent are never overwritten: a blob that would need them is not cached.
import type { BlobInfo } from "../blobs/blob-store.ts";

interface Entry {
  info: BlobInfo;
  start: number;
  /** Responses still sending these bytes. */
  readers: number;
}

/** A cached blob's bytes, lent until `release` (call it once they are sent). */
export interface CachedBlob {
  info: BlobInfo;
  bytes: Uint8Array;
  release(): void;
}

export class BlobCache {
  /** Pages are touched only as blobs are written in: memory grows with use up to `maxBytes`. */
  readonly #ring: Buffer;
  #head = 0;
  #bytes = 0;
  /** In ring order from `#head`: the oldest first. */
  readonly #entries = new Map<string, Entry>();

  /** `maxBlobBytes`: larger blobs are streamed, never cached. */
  constructor(
    readonly maxBytes: number,
    readonly maxBlobBytes: number,
  ) {
    this.#ring = Buffer.allocUnsafeSlow(maxBytes);
  }

  /** The blob's size and etag, if cached. */
  infoOf(key: string): BlobInfo | undefined {
    return this.#entries.get(key)?.info;
  }

  /** The blob's bytes, if cached; they stay in place until released. */
  take(key: string): CachedBlob | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    entry.readers++;
    let released = false;
    const release = () => {
      if (!released) entry.readers--;
      released = true;
    };
    return { info: entry.info, bytes: this.#ring.subarray(entry.start, entry.start + entry.info.size), release };
  }

  /** Copies the blob in after the last one, making room from the oldest; does nothing if that would overwrite bytes being sent. */
  set(key: string, info: BlobInfo, chunks: readonly Uint8Array[]): void {
    const size = info.size;
    if (size > this.maxBlobBytes || size > this.maxBytes || this.#entries.has(key)) return;
    if (chunks.reduce((total, chunk) => total + chunk.length, 0) !== size) return; // not the blob its info describes
    const wraps = this.#head + size > this.maxBytes;
    const start = wraps ? 0 : this.#head;
    // What the blob needs: from the head to its end, or, when it wraps, the rest of the ring and then its start.
    const needed = (entry: Entry) => {
      const end = entry.start + entry.info.size;
      if (wraps) return end > this.#head || entry.start < size;
      return entry.start < start + size && end > start;
    };
    for (const [oldKey, old] of this.#entries) {
      if (!needed(old)) break;
      if (old.readers > 0) return;
      this.#entries.delete(oldKey);
      this.#bytes -= old.info.size;
    }
    let at = start;
    for (const chunk of chunks) {
      this.#ring.set(chunk, at);
      at += chunk.length;
    }
    this.#entries.set(key, { info, start, readers: 0 });
    this.#bytes += size;
    this.#head = start + size;
  }

  /** Bytes held by cached blobs. */
  get bytes(): number {
    return this.#bytes;
  }
}
