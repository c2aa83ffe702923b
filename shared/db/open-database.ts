// Opens the libSQL database (embedded file, embedded replica or remote primary) with drizzle on top: a local file
// is created private (0600) and gets one dedicated writer connection in WAL mode, the writes and the reads running
// on statements prepared once (prepared-writes.ts, prepared-reads.ts). The only part of shared/db that touches the
// disk, so the edge app's modules need none of it.
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { routeWrites, type Db } from "./database.ts";
import { withPreparedReads } from "./prepared-reads.ts";
import { openPreparedWriter } from "./prepared-writes.ts";
import { localDatabasePath, narrowDatabaseFiles, preparePrivateDatabase } from "./private-files.ts";
import * as schema from "./schema.ts";

export interface Database {
  client: Client;
  db: Db;
  close(): void;
}

export interface DatabaseOptions {
  url: string;
  authToken?: string;
  syncUrl?: string;
}

/** How long a local writer waits for another process's write lock before SQLITE_BUSY (see nodeStaleAfterS). */
const busyTimeoutMs = 10_000;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const config = { url: options.url, authToken: options.authToken, syncUrl: options.syncUrl, timeout: busyTimeoutMs };
  const path = localDatabasePath(options.url);
  // An embedded replica makes its own file (it refuses one without its metadata): it is only narrowed after.
  if (path !== null && !options.syncUrl) preparePrivateDatabase(path);
  let client = createClient(config);
  let writerClient = client;
  if (path !== null && !options.syncUrl) {
    // WAL lets readers run beside the one writer, across processes sharing the file.
    await client.execute("PRAGMA journal_mode = WAL");
    // One connection for all writes, so its settings hold for every commit. synchronous=NORMAL in WAL mode skips the
    // fsync per commit: a killed process loses nothing committed; a power cut may lose the last moments.
    writerClient = openPreparedWriter(path, busyTimeoutMs);
    await writerClient.execute("PRAGMA synchronous = NORMAL");
    client = withPreparedReads(client, path);
  }
  if (path !== null) narrowDatabaseFiles(path); // a replica's files, and -wal and -shm left by an older version
  const db = drizzle(client, { schema });
  routeWrites(db, writerClient);
  return {
    client,
    db,
    close: () => {
      client.close();
      if (writerClient !== client) writerClient.close();
    },
  };
}
