// Group commit over a real libSQL file: concurrent submits share transactions, results map back in order, and one
// failing item fails alone.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openDatabase } from "./open-database.ts";
import { GroupCommit } from "./group-commit.ts";

const dir = mkdtempSync(join(tmpdir(), "im-gc-"));
const database = await openDatabase({ url: `file:${dir}/t.db` });
await database.client.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)");
after(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

test("concurrent submits are committed in few transactions and each gets its own result", async () => {
  const batches: number[] = [];
  const commit = new GroupCommit(
    database.db,
    async (tx, items: string[]) => {
      batches.push(items.length);
      const out: number[] = [];
      for (const v of items) {
        const { rows } = await tx.execute({ sql: "INSERT INTO t (v) VALUES (?) RETURNING id", args: [v] });
        out.push(Number(rows[0].id));
      }
      return out;
    },
    { maxBatch: 50 },
  );
  const ids = await Promise.all(Array.from({ length: 120 }, (_, i) => commit.submit(`v${i}`)));
  assert.deepEqual(
    ids,
    Array.from({ length: 120 }, (_, i) => i + 1),
  );
  assert.ok(batches.length <= 4, `120 items in ${batches.length} transactions`);
  assert.ok(Math.max(...batches) <= 50);
});

test("a failing item is rejected alone; its batch neighbours commit", async () => {
  const commit = new GroupCommit(database.db, async (tx, items: string[]) => {
    for (const v of items) await tx.execute({ sql: "INSERT INTO t (v) VALUES (?)", args: [v] });
    return items;
  });
  const results = await Promise.allSettled(["x1", "v0", "x2"].map((v) => commit.submit(v)));
  assert.deepEqual(
    results.map((r) => r.status),
    ["fulfilled", "rejected", "fulfilled"],
  );
  const rows = await database.client.execute("SELECT v FROM t WHERE v LIKE 'x%' ORDER BY v");
  assert.deepEqual(
    rows.rows.map((r) => r.v),
    ["x1", "x2"],
  );
});
