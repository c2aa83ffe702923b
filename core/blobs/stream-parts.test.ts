// Cutting a stream into parts: the bytes come out whole and in order, in full parts but the last, however the stream
// was chunked; an error of the stream comes out too.
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { test } from "node:test";
import { streamParts } from "./stream-parts.ts";

const bytes = Buffer.from(Array.from({ length: 23 }, (_, i) => i));

async function partsOf(chunks: Buffer[], size: number): Promise<Buffer[]> {
  const parts: Buffer[] = [];
  for await (const part of streamParts(Readable.from(chunks), size)) parts.push(part);
  return parts;
}

test("every chunking of 23 bytes comes out as parts of 5 and a last one of 3", async () => {
  for (let chunk = 1; chunk <= bytes.length; chunk++) {
    const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
    const parts = await partsOf(chunks, 5);
    assert.deepEqual(
      parts.map((p) => p.length),
      [5, 5, 5, 5, 3],
      `chunks of ${chunk}`,
    );
    assert.deepEqual(Buffer.concat(parts), bytes, `chunks of ${chunk}`);
  }
});

test("a stream of whole parts has no empty last part; an empty stream has no part", async () => {
  assert.deepEqual(
    (await partsOf([bytes.subarray(0, 10)], 5)).map((p) => p.length),
    [5, 5],
  );
  assert.deepEqual(await partsOf([], 5), []);
});

test("the stream's error is thrown after the parts before it", async () => {
  const body = new Readable({ read() {} });
  body.push(bytes.subarray(0, 7));
  const parts = streamParts(body, 5);
  assert.equal((await parts.next()).value?.length, 5);
  body.destroy(new Error("cut"));
  await assert.rejects(parts.next(), /cut/);
});
