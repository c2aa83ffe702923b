// The database handle the domain works with (drizzle over libSQL), and the routing of this process's writes through
// one queue on one writer connection (open-database.ts opens it).
import type { Client, Transaction } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema.ts";

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };
/** The handle a drizzle transaction callback receives; domain writes take it so they can join a caller's transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

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

/** What runs once a transaction of `db.transaction` has committed, by its transaction handle. */
const afterCommits = new WeakMap<Tx, (() => void)[]>();

/**
 * Runs `done` right after the transaction commits (never if it rolls back), before the transaction's caller goes on.
 * Only for the top-level transaction of `db.transaction`; elsewhere (a nested savepoint) `done` never runs.
 */
export function afterCommit(tx: Tx, done: () => void): void {
  afterCommits.get(tx)?.push(done);
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
export function routeWrites(db: Db, writerClient: Client): void {
  const writer: Writer = { lock: new Mutex(), client: writerClient };
  writers.set(db, writer);
  const writerDb = writerClient === db.$client ? db : drizzle(writerClient, { schema });
  const transaction = writerDb.transaction.bind(writerDb);
  const batch = writerDb.batch.bind(writerDb);
  db.transaction = (run, config) =>
    writer.lock.run(async () => {
      const committed: (() => void)[] = [];
      const result = await transaction((tx) => {
        afterCommits.set(tx, committed);
        return run(tx);
      }, config);
      for (const done of committed) done();
      return result;
    });
  db.batch = ((queries) => writer.lock.run(() => batch(queries))) as Db["batch"];
}
