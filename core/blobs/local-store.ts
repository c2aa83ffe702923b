// The blob store over a local folder (the embedded default, `$IM_DATA_DIR/blobs`): the blob `<key>` is the file
// `<folder>/<key>`, written into `<folder>/.tmp` first and renamed into place once it is whole and on disk. Like the
// database (synchronous=NORMAL), a killed process loses nothing and a power cut may lose the last moments: the rename
// is not flushed, so a blob stored just before a power cut may be missing after it, but never there and incomplete.
// The rename and the close are synchronous (tens of microseconds; a round trip through the thread pool took ~0.4 ms
// under load): they block the thread that stores, which for msfs is a thread of its own.
import { createHash } from "node:crypto";
import { createReadStream, fdatasync, renameSync, writev } from "node:fs";
import { promisify } from "node:util";
import { once } from "node:events";
import { mkdir, rename, rm, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { checkBlobKey } from "./blob-key.ts";
import type { BlobInfo, BlobStore, ByteRange } from "./blob-store.ts";
import { closeQuietly, newFile, TempFiles } from "./temp-files.ts";

/** Past this many, the set of known folders starts again (256×256 folders hold every key msfs makes). */
const maxKnownFolders = 65_536;

export class LocalBlobStore implements BlobStore {
  readonly name: string;
  private readonly temp: TempFiles;
  /** Folders known to exist: most puts land in one made before, and need no mkdir. */
  private readonly folders = new Set<string>();

  private constructor(private readonly folder: string) {
    this.name = `local:${folder}`;
    this.temp = new TempFiles(join(folder, ".tmp"));
  }

  /**
   * Opens the store over the folder (made when missing) and removes what puts cut short by a crash left in `.tmp`:
   * files untouched for 10 minutes. Younger ones may be uploads in progress in another process on the same folder
   * (workers, or several core processes), which a connection idle for 30 s would have ended long before.
   */
  static async open(folder: string, nowMs = Date.now()): Promise<LocalBlobStore> {
    const store = new LocalBlobStore(folder);
    await mkdir(store.temp.folder, { recursive: true });
    await TempFiles.removeAbandoned(store.temp.folder, nowMs);
    return store;
  }

  /**
   * The content type is not kept: a local blob is its bytes only. The body's first 256 KiB are read before the file
   * is chosen: a body that ends within them (most images) goes to disk in one durable write (O_DSYNC) instead of a
   * write and then a flush, one file-system call fewer, into a file opened ahead.
   */
  async put(key: string, body: Readable): Promise<BlobInfo> {
    const path = this.pathOf(key);
    const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const first = await nextBatch(chunks);
    const { path: tmp, fd: file } = first.last ? await this.temp.durable() : await this.temp.open(newFile);
    try {
      let size = await writeAll(file, first);
      if (!first.last) {
        size += await writeRest(file, chunks);
        await datasyncFile(file);
      }
      await this.moveInto(tmp, path);
      return infoOf(key, size);
    } catch (error) {
      await rm(tmp, { force: true });
      await chunks.return?.().catch(() => {}); // the body is not read further
      throw error;
    } finally {
      closeQuietly(file);
    }
  }

  /** Removes the files opened ahead. */
  close(): Promise<void> {
    return this.temp.close();
  }

  async stat(key: string): Promise<BlobInfo | null> {
    try {
      const stats = await stat(this.pathOf(key));
      return stats.isFile() ? infoOf(key, stats.size) : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    // Reads of up to 256 KiB: a typical image is one read (a ranged stream stops at its end, with no read of EOF).
    const stream = createReadStream(this.pathOf(key), { ...range, highWaterMark: 256 * 1024 });
    await once(stream, "open"); // rejects, as 'error', when there is no such file
    return stream;
  }

  async remove(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error) => {
      if (!isMissing(error)) throw error;
    });
  }

  /** Renames the temporary file into place, making its folder unless known (again if it was removed meanwhile). */
  private async moveInto(tmp: string, path: string): Promise<void> {
    const folder = dirname(path);
    if (this.folders.has(folder)) {
      try {
        renameSync(tmp, path);
        return;
      } catch (error) {
        if (!isMissing(error)) throw error;
        this.folders.delete(folder);
      }
    }
    await mkdir(folder, { recursive: true });
    await rename(tmp, path);
    if (this.folders.size >= maxKnownFolders) this.folders.clear();
    this.folders.add(folder);
  }

  private pathOf(key: string): string {
    checkBlobKey(key);
    return join(this.folder, key);
  }
}

const writevFile = promisify(writev);
const datasyncFile = promisify(fdatasync);

/** Body bytes gathered into one write: a typical image is one write; memory per put stays below this and a chunk. */
const writeBatchBytes = 256 * 1024;

interface Batch {
  chunks: Buffer[];
  bytes: number;
  /** The body ended with this batch. */
  last: boolean;
}

/** The body's next chunks, up to `writeBatchBytes` or its end. */
async function nextBatch(body: AsyncIterator<Buffer>): Promise<Batch> {
  const batch: Batch = { chunks: [], bytes: 0, last: false };
  while (batch.bytes < writeBatchBytes) {
    const next = await body.next();
    if (next.done) return { ...batch, last: true };
    batch.chunks.push(next.value);
    batch.bytes += next.value.length;
  }
  return batch;
}

/** Appends the batch; a short write (a full disk) is an error, never a blob missing its end. */
async function writeAll(file: number, batch: Batch): Promise<number> {
  if (batch.bytes === 0) return 0;
  const { bytesWritten } = await writevFile(file, batch.chunks);
  if (bytesWritten !== batch.bytes) throw new Error(`wrote ${bytesWritten} of ${batch.bytes} bytes`);
  return bytesWritten;
}

/** Writes the rest of the body in batches of gathered writes (a file descriptor costs ~40 % less CPU than a write stream). */
async function writeRest(file: number, body: AsyncIterator<Buffer>): Promise<number> {
  let size = 0;
  for (;;) {
    const batch = await nextBatch(body);
    size += await writeAll(file, batch);
    if (batch.last) return size;
  }
}

/**
 * A blob's etag: a key is never reused and a blob never changes, so the key's digest and the size name its bytes
 * (and need no file-system call beyond the one that gives the size).
 */
function infoOf(key: string, size: number): BlobInfo {
  const digest = createHash("sha256").update(key).digest("base64url").slice(0, 22);
  return { size, etag: `"${digest}-${size.toString(16)}"` };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}
