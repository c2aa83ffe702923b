// What every BlobStore owes its callers, as node:test tests that local-store.test.ts and s3-store.test.ts run against
// their store: byte-exact round trips, etags, ranges, absence, bodies that fail half way, concurrency and memory.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { after, before, describe, test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { BlobStore } from "./blob-store.ts";

export interface OpenedBlobStore {
  store: BlobStore;
  /** What puts cut short left behind beside the blobs: temporary files, unfinished multipart uploads. */
  leftovers(): Promise<string[]>;
  close(): Promise<void>;
}

const MiB = 1024 * 1024;
const chunkBytes = 64 * 1024;
const type = "application/octet-stream";

/** The bytes as a stream of 64 KiB chunks. */
function streamOf(bytes: Buffer): Readable {
  return Readable.from(
    Array.from({ length: Math.ceil(bytes.length / chunkBytes) }, (_, i) => bytes.subarray(i * chunkBytes, (i + 1) * chunkBytes)),
  );
}

/** A body of `size` random bytes made as they are read; `beforeChunk` runs before each 64 KiB, `atEnd` at the end. */
function madeBody(size: number, atEnd: (body: Readable) => void, beforeChunk = (_made: number) => {}): Readable {
  let made = 0;
  return new Readable({
    read() {
      if (made >= size) return atEnd(this);
      beforeChunk(made);
      const chunk = randomBytes(Math.min(chunkBytes, size - made));
      made += chunk.length;
      this.push(chunk);
    },
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  return Buffer.concat(await stream.toArray());
}

function assertSameBytes(actual: Buffer, expected: Buffer, what: string): void {
  assert.ok(actual.equals(expected), `${what}: the ${actual.length} bytes read differ from the ${expected.length} expected`);
}

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Heap and Buffer memory in use, garbage collected first so that only what is held counts. */
function memoryHeld(): number {
  collectGarbage();
  // Not `external`: it counts Buffers freed by the collection for a while after.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

export function blobStoreContract(name: string, open: () => Promise<OpenedBlobStore>): void {
  describe(`the ${name} blob store`, () => {
    let opened: OpenedBlobStore;
    let store: BlobStore;
    before(async () => {
      opened = await open();
      store = opened.store;
    });
    after(() => opened.close());

    for (const size of [0, 1000, 5 * MiB, 12 * MiB]) {
      test(`${size} random bytes come back byte for byte, and put tells what stat tells`, async () => {
        const bytes = randomBytes(size);
        const key = `round-trip/${size}.bin`;
        const info = await store.put(key, streamOf(bytes), type);
        assert.equal(info.size, size);
        assert.deepEqual(await store.stat(key), info);
        assertSameBytes(await readAll(await store.read(key)), bytes, key);
      });
    }

    test("an etag is quoted, the same at every stat, and another blob's differs", async () => {
      const a = await store.put("etag/a.bin", streamOf(randomBytes(100)), type);
      const b = await store.put("etag/b.bin", streamOf(randomBytes(200)), type);
      assert.match(a.etag, /^"[^"]+"$/);
      assert.equal((await store.stat("etag/a.bin"))?.etag, a.etag);
      assert.equal((await store.stat("etag/a.bin"))?.etag, a.etag);
      assert.notEqual(a.etag, b.etag);
    });

    test("ranges (ends included): the first byte, across a 5 MiB boundary, the last byte, the whole", async () => {
      const bytes = randomBytes(6 * MiB);
      await store.put("ranges/6mib.bin", streamOf(bytes), type);
      const last = bytes.length - 1;
      for (const range of [
        { start: 0, end: 0 },
        { start: 5 * MiB - 10, end: 5 * MiB + 9 },
        { start: last, end: last },
        { start: 0, end: last },
      ]) {
        const read = await readAll(await store.read("ranges/6mib.bin", range));
        assertSameBytes(read, bytes.subarray(range.start, range.end + 1), `bytes ${range.start}-${range.end}`);
      }
    });

    test("a missing blob: stat is null, read rejects", async () => {
      assert.equal(await store.stat("missing/never-put.bin"), null);
      await assert.rejects(store.read("missing/never-put.bin"));
      await assert.rejects(store.read("missing/never-put.bin", { start: 0, end: 0 }));
    });

    test("a removed blob is gone; removing what is not there is no error", async () => {
      await store.put("remove/a.bin", streamOf(randomBytes(100)), type);
      await store.remove("remove/a.bin");
      assert.equal(await store.stat("remove/a.bin"), null);
      await assert.rejects(store.read("remove/a.bin"));
      await store.remove("remove/a.bin");
      await store.remove("remove/never/put.bin");
    });

    test("a body that errors after 3 MiB: put rejects with its error and leaves nothing", async () => {
      const body = madeBody(3 * MiB, (b) => b.destroy(new Error("the body broke")));
      await assert.rejects(store.put("failed/errored.bin", body, type), /the body broke/);
      assert.equal(await store.stat("failed/errored.bin"), null);
      assert.deepEqual(await opened.leftovers(), []);
    });

    test("a body destroyed without an error after 7 MiB (past a 5 MiB part): put rejects and leaves nothing", async () => {
      const body = madeBody(7 * MiB, (b) => b.destroy());
      await assert.rejects(store.put("failed/destroyed.bin", body, type));
      assert.equal(await store.stat("failed/destroyed.bin"), null);
      assert.deepEqual(await opened.leftovers(), []);
    });

    test("20 concurrent puts of different keys all come back byte for byte", async () => {
      const blobs = Array.from({ length: 20 }, (_, i) => ({ key: `concurrent/${i}.bin`, bytes: randomBytes(100_000 + i * 7919) }));
      await Promise.all(blobs.map(({ key, bytes }) => store.put(key, streamOf(bytes), type)));
      for (const { key, bytes } of blobs) assertSameBytes(await readAll(await store.read(key)), bytes, key);
    });

    test("putting a 40 MiB stream holds less than 20 MiB more memory at any point while it is read", async () => {
      const before = memoryHeld();
      let peak = before;
      const body = madeBody(
        40 * MiB,
        (b) => b.push(null),
        (made) => {
          if (made % MiB === 0) peak = Math.max(peak, memoryHeld());
        },
      );
      assert.equal((await store.put("memory/40mib.bin", body, type)).size, 40 * MiB);
      assert.ok(peak - before < 20 * MiB, `${((peak - before) / MiB).toFixed(1)} MiB more were held`);
    });

    test("keys that could lead out of the store are refused by every method", async () => {
      for (const key of ["../x", "/abs", "a//b", "a/./b", "a/../b", "a/", "", ".tmp/x", "a\\b", "a b"]) {
        await assert.rejects(store.put(key, streamOf(Buffer.from("x")), type), /not a blob key/, key);
        await assert.rejects(store.stat(key), /not a blob key/, key);
        await assert.rejects(store.read(key), /not a blob key/, key);
        await assert.rejects(store.remove(key), /not a blob key/, key);
      }
    });
  });
}
