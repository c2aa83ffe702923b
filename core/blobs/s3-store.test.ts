// The blob store contract over a bucket of a test S3 server (s3rver behind test-kit's proxy), and what only S3 has:
// the content type kept with the blob, the bucket made on first open.
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { after, before, test } from "node:test";
import { s3Client, startS3Server, type TestS3Server } from "../../test-kit/s3-server.ts";
import { blobStoreContract } from "./blob-store.contract.ts";
import { S3BlobStore } from "./s3-store.ts";

blobStoreContract("S3", async () => {
  const s3 = await startS3Server();
  const store = await S3BlobStore.open({ ...s3, bucket: "contract" });
  return { store, leftovers: () => s3.pendingUploads("contract"), close: () => s3.close() };
});

let s3: TestS3Server;
before(async () => {
  s3 = await startS3Server();
});
after(() => s3.close());

test("the first open makes the bucket, the next ones open it; the content type is kept with the blob", async () => {
  const settings = { ...s3, bucket: "images" };
  const first = await S3BlobStore.open(settings);
  await first.put("a/b.jpg", Readable.from([Buffer.from("not really a jpeg")]), "image/jpeg");
  const second = await S3BlobStore.open(settings);
  assert.equal((await second.stat("a/b.jpg"))?.size, 17);
  assert.equal(second.name, `s3:${s3.endpoint}/images`);
  assert.equal((await s3Client(s3).statObject("images", "a/b.jpg")).metaData["content-type"], "image/jpeg");
});
