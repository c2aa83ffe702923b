// The msfs blob cache: bounded in bytes, least recently used out first, large blobs never kept.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BlobCache } from "./blob-cache.ts";

const blob = (size: number) => ({ info: { size, etag: `"${size}"` }, bytes: new Uint8Array(size) });

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
    ["a", "c", "d"].map((k) => cache.get(k)?.bytes.length),
    [100, 100, 100],
  );
  assert.equal(cache.bytes, 300);
  cache.set("e", blob(200));
  assert.equal(cache.bytes, 300, "two make room for one larger");
  assert.equal(cache.get("e")?.bytes.length, 200);
});

test("a blob over the per-blob limit is not kept; setting a key again changes nothing", () => {
  const cache = new BlobCache(1000, 200);
  cache.set("big", blob(201));
  assert.equal(cache.get("big"), undefined);
  assert.equal(cache.bytes, 0);
  cache.set("x", blob(50));
  cache.set("x", blob(60));
  assert.equal(cache.get("x")?.bytes.length, 50);
  assert.equal(cache.bytes, 50);
});
