// The blob store over a local folder (the embedded default, `$IM_DATA_DIR/blobs`): the blob `<key>` is the file
// `<folder>/<key>`, written into `<folder>/.tmp` first and renamed into place once it is whole and on disk.
import { randomBytes } from "node:crypto";
import { createWriteStream, type BigIntStats } from "node:fs";
import { mkdir, open, rename, rm, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkBlobKey } from "./blob-key.ts";
import type { BlobInfo, BlobStore, ByteRange } from "./blob-store.ts";

export class LocalBlobStore implements BlobStore {
  readonly name: string;
  private readonly tmp: string;

  private constructor(private readonly folder: string) {
    this.name = `local:${folder}`;
    this.tmp = join(folder, ".tmp");
  }

  /** Opens the store over the folder (made when missing) and removes what puts cut short by a crash left in `.tmp`. */
  static async open(folder: string): Promise<LocalBlobStore> {
    const store = new LocalBlobStore(folder);
    await rm(store.tmp, { recursive: true, force: true });
    await mkdir(store.tmp, { recursive: true });
    return store;
  }

  /** The content type is not kept: a local blob is its bytes only. */
  async put(key: string, body: Readable): Promise<BlobInfo> {
    const path = this.pathOf(key);
    const tmp = join(this.tmp, randomBytes(16).toString("hex"));
    try {
      const info = await writeToDisk(tmp, body);
      await mkdir(dirname(path), { recursive: true });
      await rename(tmp, path);
      await syncFolder(dirname(path));
      return info;
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async stat(key: string): Promise<BlobInfo | null> {
    try {
      const stats = await stat(this.pathOf(key), { bigint: true });
      return stats.isFile() ? infoOf(stats) : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const file = await open(this.pathOf(key), "r");
    if ((await file.stat()).isFile()) return file.createReadStream(range);
    await file.close();
    throw new Error(`no blob ${key} (a folder of blobs)`);
  }

  async remove(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error) => {
      if (!isMissing(error)) throw error;
    });
  }

  private pathOf(key: string): string {
    checkBlobKey(key);
    return join(this.folder, key);
  }
}

/** Writes the body into a new file, flushed to the disk before it is closed. */
async function writeToDisk(path: string, body: Readable): Promise<BlobInfo> {
  await pipeline(body, createWriteStream(path, { flags: "wx", flush: true }));
  return infoOf(await stat(path, { bigint: true }));
}

/** Makes a rename into the folder durable. */
async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Size and modification time make the etag (as nginx's): a blob never changes once renamed into place. */
function infoOf(stats: BigIntStats): BlobInfo {
  return { size: Number(stats.size), etag: `"${stats.size.toString(16)}-${stats.mtimeNs.toString(16)}"` };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}
