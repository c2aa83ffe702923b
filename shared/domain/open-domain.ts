// Start-up of the domain for an entry point: creates the data folder for an embedded database, loads the server
// secret, opens libSQL, and migrates it (processes that own the schema: `npm start`, `npm run core`, `npm run
// migrate`; stored telephones are made canonical then too) or checks that it is current (edges, which never read
// migrations/ and never write at start); wires the SMS sender and logger. Runs on Node and Deno.
import type { Client } from "@libsql/client";
import type { Config } from "../config.ts";
import { ensureDataDir } from "../data-dir.ts";
import { openDatabase } from "../db/open-database.ts";
import { appliedSchemaVersion, schemaVersion } from "../db/schema-version.ts";
import { createLogger, type Logger } from "../log.ts";
import { RecentLogins } from "../crypto/recent-logins.ts";
import { CommittedEvents } from "../delivery/committed-events.ts";
import { loadServerSecret } from "../server-secret.ts";
import type { Domain } from "./context.ts";
import { createSmsSender } from "./sms-sender.ts";
import { canonicalizeStoredTelephones } from "./telephone-migration.ts";

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
  if (config.db.url.startsWith("file:")) ensureDataDir(config.dataDir);
  const secret = loadServerSecret(config);
  if (config.serverSecret === undefined && (!config.db.url.startsWith("file:") || config.db.syncUrl !== undefined)) {
    log.warn("IM_SERVER_SECRET is unset on a shared database: every process on it needs this server-secret file", {
      dataDir: config.dataDir,
    });
  }
  const database = await openDatabase(config.db);
  const domain: Domain = {
    db: database.db,
    config,
    secret,
    sms: createSmsSender(config.sms, log),
    log,
    nowMs: () => Date.now(),
    recentLogins: new RecentLogins({ nowMs: () => domain.nowMs() }), // the domain's clock, even when a test moves it
    committed: new CommittedEvents(),
  };
  try {
    if (options.migrate) await migrate(domain, database.client, log);
    else {
      const applied = await appliedSchemaVersion(database.client);
      if (applied < schemaVersion) throw new SchemaBehindError(applied);
    }
  } catch (err) {
    database.close();
    throw err;
  }
  return { domain, close: () => database.close() };
}

async function migrate(domain: Domain, client: Client, log: Logger): Promise<void> {
  const { applyMigrations } = await import("../db/migrate.ts"); // reads migrations/: loaded only where it runs
  const applied = await applyMigrations(client);
  if (applied > 0) log.info("database migrated", { applied });
  const telephones = await canonicalizeStoredTelephones(domain);
  if (telephones > 0) log.info("stored telephones made canonical (E.164)", { telephones });
}
