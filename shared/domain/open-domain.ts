// Start-up of the domain for an entry point: creates the data folder for an embedded database, opens libSQL,
// migrates it (processes that own the schema: `npm start`, `npm run core`, `npm run migrate`) or checks that it is
// current (edges, which never read migrations/), and wires the SMS sender and logger. Runs on Node and Deno.
import { mkdirSync } from "node:fs";
import type { Config } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { appliedSchemaVersion, schemaVersion } from "../db/schema-version.ts";
import { createLogger, type Logger } from "../log.ts";
import type { Domain } from "./context.ts";
import { createSmsSender } from "./sms-sender.ts";

export interface OpenDomain {
  domain: Domain;
  close(): void;
}

export interface OpenOptions {
  log?: Logger;
  /** Apply pending migrations (true) or refuse a database whose schema is behind (false). */
  migrate: boolean;
}

/** The database's schema is older than this code: someone must run the migrations first. */
export class SchemaBehindError extends Error {
  constructor(applied: number) {
    super(`database schema is behind this code (${applied} < ${schemaVersion}): run \`npm run migrate\`, or start a core first`);
    this.name = "SchemaBehindError";
  }
}

export async function openDomain(config: Config, options: OpenOptions): Promise<OpenDomain> {
  const log = options.log ?? createLogger(config.logLevel);
  if (config.db.url.startsWith("file:")) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase(config.db);
  try {
    if (options.migrate) {
      const { applyMigrations } = await import("../db/migrate.ts"); // reads migrations/: loaded only where it runs
      const applied = await applyMigrations(database.client);
      if (applied > 0) log.info("database migrated", { applied });
    } else {
      const applied = await appliedSchemaVersion(database.client);
      if (applied < schemaVersion) throw new SchemaBehindError(applied);
    }
  } catch (err) {
    database.close();
    throw err;
  }
  const domain: Domain = { db: database.db, config, sms: createSmsSender(config.sms, log), log, nowMs: () => Date.now() };
  return { domain, close: () => database.close() };
}
