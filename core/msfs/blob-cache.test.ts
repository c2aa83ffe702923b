// The msfs blob cache: one ring of bytes, the oldest blobs making room, bytes being sent never overwritten, large
// blobs never kept.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BlobCache } from "./blob-cache.ts";

/** A blob of `size` bytes, all `fill`, in chunks of at most 40 bytes. */
function blob(size: number, fill: number) {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < size; at += 40) chunks.push(new Uint8Array(Math.min(40, size - at)).fill(fill));
  return { info: { size, etag: `"${fill}"` }, chunks };
}

function put(cache: BlobCache, key: string, size: number, fill: number): void {
  const { info, chunks } = blob(size, fill);
  cache.set(key, info, chunks);
}

/** The keys cached, and each one's bytes checked whole. */
function cachedKeys(cache: BlobCache, keys: string[], fills: Record<string, number>): string[] {
  return keys.filter((key) => {
    const hit = cache.take(key);
    if (!hit) return false;
    hit.release();
    assert.ok(
      hit.bytes.every((b) => b === fills[key]),
      `${key} has its own bytes`,
    );
    assert.equal(hit.bytes.length, hit.info.size);
    return true;
  });
}

const fills = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };

/** A 300-byte ring holding a, b and c, 100 bytes each. */
function fullRing(maxBlobBytes: number): BlobCache {
  const cache = new BlobCache(300, maxBlobBytes);
  put(cache, "a", 100, 1);
  put(cache, "b", 100, 2);
  put(cache, "c", 100, 3);
  return cache;
}
const all = Object.keys(fills);

test("blobs go in one after another; the oldest make room; every blob kept has its own bytes", () => {
  const cache = fullRing(200);
  assert.equal(cache.bytes, 300);
  put(cache, "d", 100, 4);
  assert.deepEqual(cachedKeys(cache, all, fills), ["b", "c", "d"], "d did not fit after c: it went to the start, over a");
  put(cache, "e", 150, 5);
  assert.deepEqual(cachedKeys(cache, all, fills), ["d", "e"], "e, after d, needed b's room and half of c's");
  assert.equal(cache.bytes, 250);
});

test("a blob that does not fit the rest of the ring starts over, and the blobs left at the end go with it", () => {
  const cache = fullRing(300);
  put(cache, "d", 50, 4); // over a
  put(cache, "e", 50, 5); // after d, in a's old room: b and c are untouched
  assert.deepEqual(cachedKeys(cache, all, fills), ["b", "c", "d", "e"]);
  put(cache, "f", 250, 6);
  assert.deepEqual(cachedKeys(cache, all, fills), ["f"], "b and c were at the end; d and e in f's way");
  assert.equal(cache.bytes, 250);
});

test("bytes lent to a response are never overwritten: the blob that needs them is not cached until they come back", () => {
  const cache = fullRing(200);
  const lent = cache.take("a")!;
  put(cache, "d", 100, 4);
  assert.deepEqual(cachedKeys(cache, all, fills), ["a", "b", "c"]);
  assert.ok(lent.bytes.every((b) => b === 1));
  lent.release();
  lent.release(); // a second release changes nothing
  put(cache, "d", 100, 4);
  assert.deepEqual(cachedKeys(cache, all, fills), ["b", "c", "d"]);
});

test("a blob over the per-blob limit, a key already cached, or chunks that are not the size said are not kept", () => {
  const cache = new BlobCache(1000, 200);
  put(cache, "a", 201, 1);
  assert.equal(cache.take("a"), undefined);
  put(cache, "b", 50, 2);
  put(cache, "b", 60, 3);
  assert.equal(cache.infoOf("b")?.size, 50);
  const { chunks } = blob(40, 3);
  cache.set("c", { size: 41, etag: '"c"' }, chunks);
  assert.equal(cache.infoOf("c"), undefined);
  assert.equal(cache.bytes, 50);
});
