// The embedded database's files are private to the server's user: im.db is created 0600 before libSQL opens it
// (SQLite gives the -wal and -shm files the main file's mode, whichever process creates them), and files that an
// older version left readable by others are narrowed to 0600.
import { chmodSync, closeSync, openSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const companions = ["", "-wal", "-shm", "-journal", "-info"];

/** The local path of a `file:` URL (`file:./data/im.db`, `file:///srv/im.db`), or null for remote and in-memory ones. */
export function localDatabasePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const rest = url.slice("file:".length).split("?")[0];
  if (rest === "" || rest.includes(":memory:")) return null;
  return rest.startsWith("//") ? fileURLToPath(`file:${rest}`) : decodeURIComponent(rest);
}

/** Narrows the database file and its companions that exist to 0600. */
export function narrowDatabaseFiles(path: string): void {
  for (const suffix of companions) {
    let mode: number;
    try {
      mode = statSync(path + suffix).mode;
    } catch {
      continue; // not there (yet)
    }
    if ((mode & 0o077) !== 0) chmodSync(path + suffix, 0o600);
  }
}

/** Creates the database file with mode 0600 when it does not exist yet, and narrows what exists. */
export function preparePrivateDatabase(path: string): void {
  closeSync(openSync(path, "a", 0o600));
  narrowDatabaseFiles(path);
}
