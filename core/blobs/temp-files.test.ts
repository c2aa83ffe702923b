// Temporary files: spares opened ahead are handed out and replaced, a stale spare is not used, close removes them.
import assert from "node:assert/strict";
import { existsSync, fstatSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { test } from "node:test";
import { eventually } from "../../test-kit/wait.ts";
import { abandonedAfterMs, closeQuietly, newFile, spareSuffix, TempFiles } from "./temp-files.ts";

async function withFolder(run: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "im-temp-files-"));
  try {
    await run(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const spares = (folder: string) => readdirSync(folder).filter((name) => name.endsWith(spareSuffix));

test("a durable file is a spare opened ahead; the spares are kept at their count; close removes them", () =>
  withFolder(async (folder) => {
    const temp = new TempFiles(folder, 3);
    const first = await temp.durable();
    await eventually(() => spares(folder).length === 4, "the file handed out and 3 spares");
    const ahead = spares(folder).filter((name) => name !== basename(first.path));
    const second = await temp.durable();
    assert.ok(ahead.includes(basename(second.path)), "handed out from the spares opened before");
    assert.equal(fstatSync(second.fd).size, 0);
    await eventually(() => spares(folder).length === 5, "the two handed out and 3 spares");
    for (const file of [first, second]) closeQuietly(file.fd);
    await temp.close();
    assert.deepEqual(spares(folder).sort(), [basename(first.path), basename(second.path)].sort(), "only the spares went");
  }));

test("a spare older than half the abandonment age is replaced, not used", () =>
  withFolder(async (folder) => {
    let now = 1_000_000;
    const temp = new TempFiles(folder, 1, () => now);
    closeQuietly((await temp.durable()).fd);
    await eventually(() => spares(folder).length === 2, "one spare ahead");
    const ahead = spares(folder).filter((name) => !name.endsWith(`-1${spareSuffix}`));
    now += abandonedAfterMs / 2;
    const fresh = await temp.durable();
    assert.ok(!ahead.includes(basename(fresh.path)), "a new file");
    assert.ok(!readdirSync(folder).includes(ahead[0]), "the stale spare is removed");
    closeQuietly(fresh.fd);
    await temp.close();
  }));

test("a spare that could not be opened is not handed out: a new file is", () =>
  withFolder(async (folder) => {
    const temp = new TempFiles(folder, 1);
    closeQuietly((await temp.durable()).fd);
    await eventually(() => spares(folder).length === 2, "one spare ahead");
    await rm(folder, { recursive: true });
    closeQuietly((await temp.durable()).fd); // the spare opened before; the one opened in its place fails
    await mkdir(folder);
    const file = await temp.durable();
    assert.ok(existsSync(file.path), "a file opened now");
    closeQuietly(file.fd);
    await temp.close();
    assert.deepEqual(readdirSync(folder), [basename(file.path)]);
  }));

test("files are named uniquely per store, and a plain file is no spare", () =>
  withFolder(async (folder) => {
    const [a, b] = [new TempFiles(folder), new TempFiles(folder)];
    const files = await Promise.all([a.open(newFile), b.open(newFile), a.open(newFile)]);
    assert.equal(new Set(files.map((f) => f.path)).size, 3);
    assert.deepEqual(spares(folder), []);
    for (const file of files) closeQuietly(file.fd);
  }));
