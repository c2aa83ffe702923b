// The schema this code expects: the `when` of the newest migration in migrations/meta/_journal.json (a test keeps
// the two equal). Processes that do not migrate (edges) compare the database against it instead of reading files.
import type { Client } from "@libsql/client";

export const schemaVersion = 1796296502592;

/** The newest migration applied to the database (-1 when none is). */
export async function appliedSchemaVersion(client: Client): Promise<number> {
  try {
    const { rows } = await client.execute("SELECT max(created_at) AS version FROM __drizzle_migrations");
    return rows[0]?.version == null ? -1 : Number(rows[0].version);
  } catch {
    return -1; // no migrations table: never migrated
  }
}
