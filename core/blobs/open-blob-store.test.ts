// Which store the configuration opens: the folder `blobs` in the data folder, or the bucket when IM_S3_* are set.
import assert from "node:assert/strict";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadConfig } from "../../shared/config.ts";
import { startS3Server } from "../../test-kit/s3-server.ts";
import { openBlobStore } from "./open-blob-store.ts";

test("without IM_S3_* the store is the folder `blobs` in IM_DATA_DIR; with them, the bucket", async () => {
  const dir = await mkdtemp(join(tmpdir(), "im-blobs-"));
  const s3 = await startS3Server();
  try {
    const local = await openBlobStore(loadConfig({ IM_DATA_DIR: dir }));
    assert.equal(local.name, `local:${join(dir, "blobs")}`);
    assert.ok((await stat(join(dir, "blobs", ".tmp"))).isDirectory());
    const env = {
      IM_DATA_DIR: dir,
      IM_S3_ENDPOINT: s3.endpoint,
      IM_S3_ACCESS_KEY: "S3RVER",
      IM_S3_SECRET_KEY: "S3RVER",
      IM_S3_BUCKET: "im-blobs",
    };
    assert.equal((await openBlobStore(loadConfig(env))).name, `s3:${s3.endpoint}/im-blobs`);
  } finally {
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  }
});
