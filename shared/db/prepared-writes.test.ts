// The prepared writer gives what a plain @libsql/client gives, statement by statement: each step runs on both, over
// two temp files made alike, and the results (or errors) must be equal; then drizzle through it, and its wiring.
import assert from "node:assert/strict";
import { readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createClient, type Client, type ResultSet } from "@libsql/client";
import Database from "libsql";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import { blob, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tempDir } from "../../test-kit/temp-domain.ts";
import { isUniqueViolation } from "../domain/errors.ts";
import { openDatabase } from "./open-database.ts";
import { openPreparedWriter } from "./prepared-writes.ts";

const dir = tempDir("prepared-writes-");
const plainPath = join(dir.dir, "plain.db");
const preparedPath = join(dir.dir, "prepared.db");
const plain = createClient({ url: `file:${plainPath}`, concurrency: 1, timeout: 10_000 });
const prepared = openPreparedWriter(preparedPath, 10_000);
after(() => {
  plain.close();
  prepared.close();
  dir.remove();
});

const schema = `
  CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, score REAL, data BLOB, big INTEGER);
  CREATE TABLE seq (n INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT NOT NULL);
`;
await plain.executeMultiple(schema);
await prepared.executeMultiple(schema);

const resultView = (r: ResultSet) => ({
  columns: r.columns,
  columnTypes: r.columnTypes,
  rows: r.rows.map((row) => ({ byName: { ...row }, byIndex: Array.from(row as ArrayLike<unknown>), length: row.length })),
  rowsAffected: r.rowsAffected,
  lastInsertRowid: r.lastInsertRowid,
  json: r.toJSON(),
});

/** An error and its causes as the caller sees them: class, message and every code. */
function errorView(err: unknown): unknown[] {
  const chain = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const { code, extendedCode, rawCode, statementIndex } = e as Error & Record<string, unknown>;
    chain.push({ type: e.constructor.name, name: e.name, message: e.message, code, extendedCode, rawCode, statementIndex });
  }
  return chain;
}

type Outcome = { value: unknown } | { error: unknown[] };

async function outcome(run: () => Promise<unknown>, view: (value: never) => unknown): Promise<Outcome> {
  try {
    return { value: view((await run()) as never) };
  } catch (err) {
    return { error: errorView(err) };
  }
}

/** Runs a step on the plain client then on the prepared writer, asserts both came out alike, and returns the outcome. */
async function same<T>(label: string, run: (client: Client) => Promise<T>, view: (value: T) => unknown = (v) => v): Promise<Outcome> {
  const expected = await outcome(() => run(plain), view);
  assert.deepEqual(await outcome(() => run(prepared), view), expected, label);
  return expected;
}

const bytes = new Uint8Array([0, 1, 2, 255]).buffer;

test("statements give the client's results: rows by index and name, rowsAffected, lastInsertRowid, every kind of value", async () => {
  const steps = [
    { sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)", args: [1, "ann", 1.5, bytes, 7] },
    { sql: "INSERT INTO t (name, data, big) VALUES (?, ?, ?)", args: ["名\u0000字", new Uint8Array([9, 8]), 2n ** 53n - 1n] },
    {
      sql: "INSERT INTO t (name, score, big) VALUES (:n, @s, $b) RETURNING id, name AS n, name AS n, big",
      args: { ":n": "cy", "@s": true, $b: -(2n ** 53n) + 1n },
    },
    { sql: "INSERT INTO seq (v) VALUES (?), (?), (?)", args: ["a", "b", "c"] },
    { sql: "INSERT INTO seq (v) VALUES (?) RETURNING *", args: [new Date(86_400_000).toISOString()] },
    { sql: "UPDATE t SET score = score * 2 WHERE score IS NOT NULL", args: [] },
    { sql: "UPDATE t SET name = name WHERE id = ?", args: [404] },
    { sql: "DELETE FROM seq WHERE n <= ? RETURNING n, v", args: [2] },
    { sql: "DELETE FROM seq WHERE n = ?", args: [3] },
    { sql: "SELECT * FROM t ORDER BY id", args: [] },
    { sql: "SELECT CAST(name AS BLOB) AS raw, typeof(big) AS kind, data FROM t WHERE id = ?", args: [2] },
    { sql: "SELECT count(*) AS c FROM seq", args: [] },
  ];
  for (const stmt of steps) {
    // twice each: the second run is on the statement prepared by the first
    await same(stmt.sql, (c) => c.execute(stmt), resultView);
    await same(`again: ${stmt.sql}`, (c) => c.execute(stmt), resultView);
  }
  await same("a string statement", (c) => c.execute("SELECT id FROM t WHERE id = ?", [1]), resultView);
  await same("a pragma that sets", (c) => c.execute("PRAGMA synchronous = NORMAL"), resultView);
  await same("a pragma that reads", (c) => c.execute("PRAGMA synchronous"), resultView);
});

test("bad values and bad statements fail as on the client, and the statement works again after", async () => {
  await same("a bigint beyond 64 bits", (c) => c.execute({ sql: "SELECT ?", args: [2n ** 63n] }), resultView);
  await same("NaN", (c) => c.execute({ sql: "SELECT ?", args: [Number.NaN] }), resultView);
  await same("undefined", (c) => c.execute({ sql: "SELECT ?", args: [undefined as unknown as null] }), resultView);
  const unsafe = { sql: "INSERT INTO seq (n, v) VALUES (?, ?) RETURNING n", args: [2n ** 60n, "x"] };
  assert.ok("error" in (await same("an unsafe integer returned", (c) => c.execute(unsafe), resultView)));
  await same("the row it inserted nonetheless", (c) => c.execute("SELECT count(*) AS c FROM seq WHERE v = 'x'"), resultView);
  await same("a syntax error", (c) => c.execute("INSERT INTO nowhere VALUES (1"), resultView);
  await same("a missing table", (c) => c.execute("INSERT INTO nowhere VALUES (1)"), resultView);
  const taken = { sql: "INSERT INTO t (id, name) VALUES (?, ?)", args: [1, "zed"] };
  for (let i = 0; i < 2; i++) {
    const failed = await same("a primary key taken", (c) => c.execute(taken), resultView);
    assert.ok("error" in failed);
    await same("a unique name taken", (c) => c.execute({ sql: "INSERT INTO t (name) VALUES (?)", args: ["ann"] }), resultView);
  }
  await same("the same statement succeeding", (c) => c.execute({ sql: taken.sql, args: [10, "zed"] }), resultView);
});

test("a constraint error inside a transaction leaves it open; rollback undoes it; the client refuses calls meanwhile", async () => {
  const txs = new Map<Client, Awaited<ReturnType<Client["transaction"]>>>();
  await same("begin", async (c) => void txs.set(c, await c.transaction("write")));
  await same("insert", (c) => txs.get(c)!.execute({ sql: "INSERT INTO t (id, name) VALUES (?, ?)", args: [20, "tx"] }), resultView);
  const failed = await same("duplicate", (c) => txs.get(c)!.execute({ sql: "INSERT INTO t (id) VALUES (?)", args: [20] }), resultView);
  assert.ok("error" in failed);
  assert.equal((failed.error[0] as { code: string }).code, "SQLITE_CONSTRAINT");
  await same("still open", async (c) => txs.get(c)!.closed);
  await same("the client while a transaction holds it", (c) => c.execute("SELECT 1"), resultView);
  await same("a second transaction meanwhile", (c) => c.transaction("write"));
  await same("sees its insert", (c) => txs.get(c)!.execute("SELECT name FROM t WHERE id = 20"), resultView);
  await same("rollback", (c) => txs.get(c)!.rollback());
  await same("closed", async (c) => txs.get(c)!.closed);
  await same("execute after rollback", (c) => txs.get(c)!.execute("SELECT 1"), resultView);
  await same("rollback again", (c) => txs.get(c)!.rollback());
  await same("the insert undone", (c) => c.execute("SELECT count(*) AS c FROM t WHERE id = 20"), resultView);

  await same("begin again", async (c) => void txs.set(c, await c.transaction()));
  await same(
    "a batch in it, failing",
    (c) => txs.get(c)!.batch(["INSERT INTO seq (v) VALUES ('in')", "INSERT INTO seq (v) VALUES (NULL)"]),
    (r: ResultSet[]) => r.map(resultView),
  );
  await same("a script in it", (c) => txs.get(c)!.executeMultiple("INSERT INTO seq (v) VALUES ('m1'); INSERT INTO seq (v) VALUES ('m2');"));
  await same("commit", (c) => txs.get(c)!.commit());
  await same("commit again", (c) => txs.get(c)!.commit());
  await same("close after commit", async (c) => txs.get(c)!.close());
  await same("what was committed", (c) => c.execute("SELECT v FROM seq WHERE v IN ('in', 'm1', 'm2') ORDER BY v"), resultView);

  await same("a closed transaction rolls back", async (c) => {
    const tx = await c.transaction("deferred");
    await tx.execute("INSERT INTO seq (v) VALUES ('closed')");
    tx.close();
    return [tx.closed, (await c.execute("SELECT count(*) AS c FROM seq WHERE v = 'closed'")).rows[0].c];
  });
  await same("a write in a read transaction", async (c) => {
    const tx = await c.transaction("read");
    try {
      return resultView(await tx.execute("INSERT INTO seq (v) VALUES ('read')"));
    } finally {
      tx.close();
    }
  });
});

test("batches give the client's results; a failing one reports its statement's index and leaves nothing", async () => {
  const good = [
    { sql: "INSERT INTO seq (v) VALUES (?)", args: ["b1"] },
    ["INSERT INTO seq (v) VALUES (?) RETURNING n", ["b2"]] as [string, string[]],
    "UPDATE seq SET v = v || '!' WHERE v LIKE 'b%'",
    "SELECT v FROM seq WHERE v LIKE 'b%' ORDER BY v",
  ];
  for (const mode of ["write", "deferred", undefined] as const)
    await same(
      `batch ${mode}`,
      (c) => c.batch(good, mode),
      (r: ResultSet[]) => r.map(resultView),
    );
  const bad = [{ sql: "INSERT INTO seq (v) VALUES (?)", args: ["lost"] }, "INSERT INTO t (id) VALUES (1)", "SELECT 1"];
  const failed = await same(
    "a failing batch",
    (c) => c.batch(bad, "write"),
    (r: ResultSet[]) => r.map(resultView),
  );
  assert.ok("error" in failed);
  assert.equal((failed.error[0] as { statementIndex: number }).statementIndex, 1);
  await same("nothing of it", (c) => c.execute("SELECT count(*) AS c FROM seq WHERE v = 'lost'"), resultView);
  await same("a batch that ends its own transaction", (c) => c.batch(["INSERT INTO seq (v) VALUES ('x')", "ROLLBACK", "SELECT 1"]));
});

test("a writer that waits for another's lock in vain fails as the client does, then commits once the lock is free", async () => {
  const writers = [createClient({ url: `file:${plainPath}`, concurrency: 1, timeout: 1 }), openPreparedWriter(preparedPath, 1)];
  const holders = [createClient({ url: `file:${plainPath}` }), createClient({ url: `file:${preparedPath}` })];
  try {
    const held = await Promise.all(holders.map((h) => h.transaction("write")));
    const failed = [];
    for (const writer of writers)
      failed.push(
        await outcome(
          () => writer.transaction("write"),
          () => "began",
        ),
      );
    assert.deepEqual(failed[1], failed[0]);
    assert.equal((failed[0] as { error: { code: string }[] }).error[0].code, "SQLITE_BUSY");
    for (const tx of held) await tx.rollback();
    // The client's failed BEGIN stays resumable, refusing every COMMIT, until it is collected; ours leaves none.
    const tx = await writers[1].transaction("write");
    await tx.execute("INSERT INTO seq (v) VALUES ('after busy')");
    await tx.commit();
    assert.equal((await writers[1].execute("SELECT count(*) AS c FROM seq WHERE v = 'after busy'")).rows[0].c, 1);
  } finally {
    for (const c of [...holders, ...writers]) c.close();
  }
});

const rows = sqliteTable("t", { id: integer("id").primaryKey(), name: text("name").unique(), data: blob("data", { mode: "buffer" }) });

test("drizzle through it: transactions with savepoints, batches and a UNIQUE violation, as through the client", async () => {
  const dbs = new Map([plain, prepared].map((c) => [c, drizzle(c)]));
  await same("a transaction with a nested one rolled back", (c) =>
    dbs.get(c)!.transaction(async (tx) => {
      const [added] = await tx
        .insert(rows)
        .values({ id: 100, name: "d100", data: Buffer.from([1, 2]) })
        .returning();
      await tx
        .transaction(async (inner) => {
          await inner.insert(rows).values({ id: 101, name: "d101" });
          inner.rollback();
        })
        .catch((err: Error) => err.message);
      await tx.transaction((inner) => inner.update(rows).set({ name: "d100!" }).where(sql`id = 100`));
      return [added, await tx.select().from(rows).where(sql`id >= 100`)];
    }),
  );
  await same(
    "a batch",
    (c) => dbs.get(c)!.batch([dbs.get(c)!.insert(rows).values({ id: 102, name: "d102" }), dbs.get(c)!.select({ id: rows.id }).from(rows)]),
    ([inserted, selected]) => [resultView(inserted), selected],
  );
  const violation = await same("a UNIQUE violation in a transaction", (c) =>
    dbs.get(c)!.transaction(async (tx) => {
      await tx.insert(rows).values({ id: 103, name: "d103" });
      await tx.insert(rows).values({ id: 104, name: "d102" });
    }),
  );
  assert.ok("error" in violation);
  let caught: unknown;
  await dbs
    .get(prepared)!
    .insert(rows)
    .values({ id: 105, name: "d102" })
    .catch((err) => (caught = err));
  assert.ok(isUniqueViolation(caught));
  await same("what is left", (c) => dbs.get(c)!.select({ id: rows.id }).from(rows).where(sql`id >= 100`));
});

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** The descriptors this process holds open on the file at `path` (and its -wal and -shm). */
function openFiles(path: string): number {
  return readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(path);
    } catch {
      return false; // closed meanwhile
    }
  }).length;
}

test("openDatabase writes on the prepared writer with synchronous=NORMAL and a 10 s busy timeout, and close closes it all", async () => {
  const path = join(dir.dir, "opened.db");
  const database = await openDatabase({ url: `file:${path}` });
  const settings = await database.db.transaction(async (tx) => [
    await tx.get(sql`PRAGMA synchronous`),
    await tx.get(sql`PRAGMA busy_timeout`),
    await tx.get(sql`PRAGMA journal_mode`),
  ]);
  assert.deepEqual(settings, [{ synchronous: 1 }, { timeout: 10_000 }, { journal_mode: "wal" }]);
  await database.db.batch([database.db.run(sql`CREATE TABLE k (v TEXT)`), database.db.run(sql`INSERT INTO k VALUES ('w')`)]);
  assert.deepEqual(
    (await database.client.execute("SELECT v FROM k")).rows.map((r) => r.v),
    ["w"],
  );
  assert.ok(openFiles(path) > 0);
  database.close();
  // libsql closes a connection's files once the statements prepared on it are collected
  for (let i = 0; i < 100 && openFiles(path) > 0; i++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.equal(openFiles(path), 0);
  await assert.rejects(
    database.db.transaction(async (tx) => tx.run(sql`INSERT INTO k VALUES ('x')`)),
    /CLIENT_CLOSED/,
  );
});

test("each SQL text is prepared once, again only after it failed", async () => {
  const prepares = new Map<string, number>();
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: Database.Database, text: string) {
    prepares.set(text, (prepares.get(text) ?? 0) + 1);
    return prepare.call(this, text);
  } as typeof prepare;
  try {
    const insert = "INSERT INTO seq (v) VALUES (?) -- counted";
    for (const v of ["p1", "p2", null, "p3"]) await prepared.execute({ sql: insert, args: [v] }).catch(() => {});
    const tx = await prepared.transaction("write");
    await tx.execute({ sql: insert, args: ["p4"] });
    await tx.commit();
    assert.equal(prepares.get(insert), 2);
  } finally {
    Database.prototype.prepare = prepare;
  }
});
