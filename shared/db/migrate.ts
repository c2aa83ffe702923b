// Applies the drizzle-kit migrations in migrations/ at start. drizzle-orm's own libSQL migrator checks what is
// applied outside its transaction, so two processes starting together both apply; here the check and the
// statements share one write transaction, and the second process finds the work done.
import type { Client } from "@libsql/client";
import { fileURLToPath } from "node:url";
import { readMigrationFiles } from "drizzle-orm/migrator";

const table = "__drizzle_migrations";

export const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

/** Applies every migration not yet recorded; returns how many it applied. Safe to run from many processes at once. */
export async function applyMigrations(client: Client, folder = migrationsFolder): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: folder });
  const tx = await client.transaction("write");
  try {
    await tx.execute(`CREATE TABLE IF NOT EXISTS ${table} (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, created_at NUMERIC)`);
    const last = await tx.execute(`SELECT created_at FROM ${table} ORDER BY created_at DESC LIMIT 1`);
    const appliedUpTo = last.rows.length > 0 ? Number(last.rows[0].created_at) : -1;
    let applied = 0;
    for (const migration of migrations) {
      if (migration.folderMillis <= appliedUpTo) continue;
      for (const statement of migration.sql) {
        if (statement.trim() !== "") await tx.execute(statement);
      }
      await tx.execute({
        sql: `INSERT INTO ${table} (hash, created_at) VALUES (?, ?)`,
        args: [migration.hash, migration.folderMillis],
      });
      applied++;
    }
    await tx.commit();
    return applied;
  } finally {
    tx.close();
  }
}
