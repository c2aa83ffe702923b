// The blob store contract over a temp folder, and what only a folder has: `.tmp` emptied when the store opens.
import assert from "node:assert/strict";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { blobStoreContract } from "./blob-store.contract.ts";
import { LocalBlobStore } from "./local-store.ts";
import { blobFolderFiles } from "../../test-kit/blob-files.ts";

const tempFolder = () => mkdtemp(join(tmpdir(), "im-blobs-"));

blobStoreContract("local", async () => {
  const folder = await tempFolder();
  const store = await LocalBlobStore.open(join(folder, "blobs"));
  return {
    store,
    leftovers: async () => blobFolderFiles(join(folder, "blobs", ".tmp")),
    close: () => rm(folder, { recursive: true, force: true }),
  };
});

test("opening a folder removes what a crash left in .tmp, keeps another process's upload in progress and the blobs", async () => {
  const folder = await tempFolder();
  const first = await LocalBlobStore.open(folder);
  await first.put("kept/a.bin", Readable.from([Buffer.from("kept")]));
  await first.close(); // its files opened ahead go with it
  await writeFile(join(folder, ".tmp", "cut-short"), "half a blob");
  const elevenMinutesAgo = new Date(Date.now() - 11 * 60 * 1000);
  await utimes(join(folder, ".tmp", "cut-short"), elevenMinutesAgo, elevenMinutesAgo);
  await writeFile(join(folder, ".tmp", "in-progress"), "being written by another worker");
  const second = await LocalBlobStore.open(folder);
  assert.deepEqual(await readdir(join(folder, ".tmp")), ["in-progress"]);
  await LocalBlobStore.open(folder, Date.now() + 10 * 60 * 1000);
  assert.deepEqual(await readdir(join(folder, ".tmp")), [], "untouched for 10 minutes: abandoned");
  assert.equal((await second.stat("kept/a.bin"))?.size, 4);
  assert.equal(second.name, `local:${folder}`);
  await rm(folder, { recursive: true, force: true });
});

test("a folder removed by hand after a put is made again by the next put into it", async () => {
  const folder = await tempFolder();
  const store = await LocalBlobStore.open(folder);
  await store.put("g0/001/002/a.bin", Readable.from([Buffer.from("first")]));
  await rm(join(folder, "g0"), { recursive: true });
  await store.put("g0/001/002/b.bin", Readable.from([Buffer.from("second")]));
  assert.equal((await store.stat("g0/001/002/b.bin"))?.size, 6);
  assert.equal(await store.stat("g0/001/002/a.bin"), null);
  await store.close();
  assert.deepEqual(await readdir(join(folder, ".tmp")), []);
  await rm(folder, { recursive: true, force: true });
});
