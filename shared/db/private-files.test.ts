// The embedded database's files are private: im.db, -wal and -shm are 0600 and the data folder we create is 0700,
// under the usual umask 022, for fresh files, for files re-created on a later start, and for files an older
// version left 0644.
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { after, test } from "node:test";
import { createClient } from "@libsql/client";
import { loadConfig } from "../config.ts";
import { openDomain } from "../domain/open-domain.ts";
import { createLogger } from "../log.ts";
import { localDatabasePath } from "./private-files.ts";

process.umask(0o022); // what most systems start processes with: files 0644, folders 0755 unless asked otherwise
const root = mkdtempSync(join(tmpdir(), "im-files-"));
after(() => rmSync(root, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;
const dbFiles = (dir: string) => ["im.db", "im.db-wal", "im.db-shm"].map((name) => join(dir, name));

/** Opens the domain on the folder, writes once (so the WAL exists), and returns the open domain. */
async function openAndWrite(dir: string) {
  const opened = await openDomain(loadConfig({ IM_DATA_DIR: dir }), { migrate: true, log: createLogger("error") });
  await opened.domain.db.transaction((tx) => tx.run("CREATE TABLE IF NOT EXISTS probe (x)"));
  return opened;
}

test("a fresh data folder is 0700 and im.db, -wal and -shm are 0600, also when a later start re-creates -wal and -shm", async () => {
  const dir = join(root, "fresh", "data");
  const opened = await openAndWrite(dir);
  assert.equal(mode(dir), 0o700);
  for (const path of dbFiles(dir)) assert.equal(mode(path), 0o600, path);
  opened.close();
  const again = await openAndWrite(dir);
  for (const path of dbFiles(dir)) assert.equal(mode(path), 0o600, `${path} after a restart`);
  again.close();
});

test("files an older version left 0644 are narrowed to 0600 on start; an existing folder is left as it is", async () => {
  const dir = join(root, "older");
  mkdirSync(dir, { mode: 0o755 });
  const old = createClient({ url: `file:${dir}/im.db` });
  await old.execute("PRAGMA journal_mode = WAL");
  await old.execute("CREATE TABLE early (x)");
  for (const path of dbFiles(dir)) if (existsSync(path)) chmodSync(path, 0o644);
  assert.equal(mode(join(dir, "im.db")), 0o644);
  const opened = await openAndWrite(dir);
  for (const path of dbFiles(dir)) assert.equal(mode(path), 0o600, path);
  assert.equal(mode(dir), 0o755, "the operator's folder");
  opened.close();
  old.close();
});

test("the local path of a file: URL", () => {
  assert.equal(localDatabasePath("file:./data/im.db"), "./data/im.db");
  assert.equal(localDatabasePath("file:/srv/im/im.db"), "/srv/im/im.db");
  assert.equal(localDatabasePath("file:///srv/im/im%20db.db"), "/srv/im/im db.db");
  assert.equal(localDatabasePath("file:/srv/im.db?mode=rwc"), "/srv/im.db");
  assert.equal(localDatabasePath("file::memory:"), null);
  assert.equal(localDatabasePath("libsql://db.example"), null);
});
