// The msfs blob cache: bounded in the memory its chunks hold, least recently used out first, large blobs never kept;
// and slices of a chunked blob.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BlobCache, sliceChunks } from "./blob-cache.ts";

const blob = (size: number) => ({ info: { size, etag: `"${size}"` }, chunks: [new Uint8Array(size)] });

test("keeps blobs up to its byte budget, dropping the least recently used; a hit counts as a use", () => {
  const cache = new BlobCache(300, 200);
  cache.set("a", blob(100));
  cache.set("b", blob(100));
  cache.set("c", blob(100));
  assert.equal(cache.bytes, 300);
  assert.ok(cache.get("a"), "a is used again: b is now the oldest");
  cache.set("d", blob(100));
  assert.equal(cache.get("b"), undefined);
  assert.deepEqual(
    ["a", "c", "d"].map((k) => cache.get(k)?.info.size),
    [100, 100, 100],
  );
  assert.equal(cache.bytes, 300);
  cache.set("e", blob(200));
  assert.equal(cache.bytes, 300, "two make room for one larger");
  assert.equal(cache.get("e")?.info.size, 200);
});

test("a blob over the per-blob limit is not kept; setting a key again changes nothing", () => {
  const cache = new BlobCache(1000, 200);
  cache.set("big", blob(201));
  assert.equal(cache.get("big"), undefined);
  assert.equal(cache.bytes, 0);
  cache.set("x", blob(50));
  cache.set("x", blob(60));
  assert.equal(cache.get("x")?.info.size, 50);
  assert.equal(cache.bytes, 50);
});

test("a blob's chunks count as the whole buffers they are views of, each buffer once", () => {
  const cache = new BlobCache(10_000, 200);
  const shared = new Uint8Array(1000);
  cache.set("views", { info: { size: 30, etag: '"v"' }, chunks: [shared.subarray(0, 10), shared.subarray(500, 520)] });
  assert.equal(cache.bytes, 1000, "a 30-byte blob that keeps a 1000-byte buffer alive costs 1000");
  cache.set("two", { info: { size: 20, etag: '"t"' }, chunks: [new Uint8Array(10), new Uint8Array(10)] });
  assert.equal(cache.bytes, 1020);
});

test("slices of a chunked blob are views of the bytes asked for, across chunk edges", () => {
  const chunks = [Uint8Array.of(0, 1, 2), Uint8Array.of(3, 4), Uint8Array.of(5, 6, 7, 8)];
  const bytesOf = (start: number, end: number) => [...Buffer.concat(sliceChunks(chunks, start, end))];
  assert.deepEqual(bytesOf(0, 8), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual(bytesOf(2, 5), [2, 3, 4, 5]);
  assert.deepEqual(bytesOf(3, 4), [3, 4]);
  assert.deepEqual(bytesOf(8, 8), [8]);
  assert.equal(sliceChunks(chunks, 3, 4).length, 1, "no empty slices");
  assert.equal(sliceChunks(chunks, 2, 5)[0].buffer, chunks[0].buffer, "views, not copies");
});
