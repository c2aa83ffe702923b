// Opens the libSQL database (embedded file, embedded replica or remote primary) with drizzle on top, and routes
// this process's writes through one queue (and, for a local file, one dedicated writer connection).
import { createClient, type Client, type Transaction } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { localDatabasePath, narrowDatabaseFiles, preparePrivateDatabase } from "./private-files.ts";
import * as schema from "./schema.ts";

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };
/** The handle a drizzle transaction callback receives; domain writes take it so they can join a caller's transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

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

/** A queue that runs one task at a time, in order. */
class Mutex {
  #tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => {});
    return result;
  }
}

interface Writer {
  lock: Mutex;
  client: Client;
}

const writers = new WeakMap<Db, Writer>();

/**
 * A write transaction on the raw libSQL client, for hot paths where drizzle's query building costs more than the
 * statements (a 100-row insert: ~2 ms raw, ~15 ms built). Queued with every other write of the process.
 */
export function writeRaw<T>(db: Db, run: (tx: Transaction) => Promise<T>): Promise<T> {
  const writer = writers.get(db)!;
  return writer.lock.run(async () => {
    const tx = await writer.client.transaction("write");
    try {
      const result = await run(tx);
      await tx.commit();
      return result;
    } finally {
      tx.close();
    }
  });
}

/** `(?, ?, …), (?, ?, …)`: the placeholders of a multi-row insert of `rows` rows of `width` columns. */
export function placeholders(rows: number, width: number): string {
  const row = `(${Array(width).fill("?").join(", ")})`;
  return Array(rows).fill(row).join(", ");
}

/**
 * Runs this process's write transactions one at a time, on the writer's connection. libSQL waits for a locked
 * database synchronously, on the event loop: a second writer in the same process would freeze it, and with it the
 * transaction holding the lock. So every write goes through `db.transaction`, `db.batch` or `writeRaw` (never an
 * autocommit write), and never nests one. Reads outside a transaction use the client's pool.
 */
function routeWrites(db: Db, writerClient: Client): void {
  const writer: Writer = { lock: new Mutex(), client: writerClient };
  writers.set(db, writer);
  const writerDb = writerClient === db.$client ? db : drizzle(writerClient, { schema });
  const transaction = writerDb.transaction.bind(writerDb);
  const batch = writerDb.batch.bind(writerDb);
  db.transaction = (run, config) => writer.lock.run(() => transaction(run, config));
  db.batch = ((queries) => writer.lock.run(() => batch(queries))) as Db["batch"];
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const config = { url: options.url, authToken: options.authToken, syncUrl: options.syncUrl, timeout: busyTimeoutMs };
  const path = localDatabasePath(options.url);
  // An embedded replica makes its own file (it refuses one without its metadata): it is only narrowed after.
  if (path !== null && !options.syncUrl) preparePrivateDatabase(path);
  const client = createClient(config);
  let writerClient = client;
  if (options.url.startsWith("file:") && !options.syncUrl) {
    // WAL lets readers run beside the one writer, across processes sharing the file.
    await client.execute("PRAGMA journal_mode = WAL");
    // One connection for all writes, so its settings hold for every commit. synchronous=NORMAL in WAL mode skips the
    // fsync per commit: a killed process loses nothing committed; a power cut may lose the last moments.
    writerClient = createClient({ ...config, concurrency: 1 });
    await writerClient.execute("PRAGMA synchronous = NORMAL");
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
