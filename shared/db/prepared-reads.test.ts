// Prepared reads give what the client gives, value for value, see what the writer commits, and leave writes to the client.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, test } from "node:test";
import { createClient, type InStatement } from "@libsql/client";
import { tempDir } from "../../test-kit/temp-domain.ts";
import { withPreparedReads } from "./prepared-reads.ts";

const dir = tempDir("prepared-reads-");
const path = join(dir.dir, "t.db");
const plain = createClient({ url: `file:${path}` });
await plain.execute("PRAGMA journal_mode = WAL");
await plain.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB, big INTEGER)");
await plain.execute({ sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)", args: [1, "ann", 1.5, new Uint8Array([0, 1, 2]).buffer, 7] });
await plain.execute({ sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)", args: [2, "名\u0000字", null, null, -3] });
const prepared = withPreparedReads(createClient({ url: `file:${path}` }), path);
after(() => {
  prepared.close();
  plain.close();
  dir.remove();
});

const shape = (r: Awaited<ReturnType<typeof plain.execute>>) => ({
  columns: r.columns,
  columnTypes: r.columnTypes,
  rows: r.rows.map((row) => ({ ...row, byIndex: Array.from(row as ArrayLike<unknown>), length: row.length })),
});

test("selects give the client's columns, types and rows (by index and by name), for every kind of value and argument", async () => {
  const statements: InStatement[] = [
    "SELECT * FROM t ORDER BY id",
    { sql: "SELECT id, name AS n, name AS n, score FROM t WHERE id = ?", args: [1] },
    { sql: "SELECT count(*) AS c FROM t WHERE big > :min", args: { ":min": -10 } },
    { sql: "SELECT CAST(name AS BLOB) AS raw FROM t WHERE id = $id", args: { $id: 2 } },
    { sql: "  select id from t where id in (?, ?) order by id", args: [2, true] },
    { sql: "SELECT data FROM t WHERE id = ?", args: [99] },
  ];
  for (const stmt of statements) {
    for (let i = 0; i < 2; i++)
      assert.deepEqual(shape(await prepared.execute(stmt)), shape(await plain.execute(stmt)), JSON.stringify(stmt));
  }
});

test("a read sees what another connection committed; writes and their errors still go through the client", async () => {
  await prepared.execute({ sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?)", args: [3, "cy", 2, null, 1] });
  const seen = await prepared.execute({ sql: "SELECT name FROM t WHERE id = ?", args: [3] });
  assert.equal(seen.rows[0].name, "cy");
  await plain.execute({ sql: "UPDATE t SET name = ? WHERE id = ?", args: ["dee", 3] });
  assert.equal((await prepared.execute({ sql: "SELECT name FROM t WHERE id = ?", args: [3] })).rows[0].name, "dee");
  await assert.rejects(prepared.execute({ sql: "INSERT INTO t (id) VALUES (?)", args: [1] }), /UNIQUE|constraint/i);
});

test("a failing select reports the client's LibsqlError", async () => {
  const errorOf = (client: typeof plain) =>
    client.execute("SELECT * FROM nowhere").then(
      () => assert.fail("no error"),
      (e) => ({ name: e.name, message: e.message, code: e.code, extendedCode: e.extendedCode, rawCode: e.rawCode }),
    );
  assert.deepEqual(await errorOf(prepared), await errorOf(plain));
});

test("bad arguments and unsafe integers are refused as the client refuses them", async () => {
  await plain.execute({ sql: "INSERT INTO t (id, big) VALUES (?, ?)", args: [4, 2n ** 60n] });
  await assert.rejects(prepared.execute({ sql: "SELECT big FROM t WHERE id = ?", args: [4] }), RangeError);
  await assert.rejects(prepared.execute({ sql: "SELECT * FROM t WHERE id = ?", args: [Number.NaN] }), RangeError);
  await assert.rejects(prepared.execute({ sql: "SELECT * FROM t WHERE id = ?", args: [undefined as unknown as number] }), TypeError);
});
