// Opens the libSQL database (embedded file, embedded replica or remote primary) with drizzle on top.
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema.ts";

export type Db = LibSQLDatabase<typeof schema>;
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

/** How long a local writer waits for another process's write lock before SQLITE_BUSY. */
const busyTimeoutMs = 15_000;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const client = createClient({
    url: options.url,
    authToken: options.authToken,
    syncUrl: options.syncUrl,
    timeout: busyTimeoutMs,
  });
  if (options.url.startsWith("file:")) {
    // WAL lets readers run beside the one writer, across processes sharing the file.
    await client.execute("PRAGMA journal_mode = WAL");
  }
  return { client, db: drizzle(client, { schema }), close: () => client.close() };
}
