// Start-up of the domain for an entry point: creates the data folder for an embedded database, loads the server
// secret, opens libSQL, applies the migrations (and makes stored telephones canonical), and wires the SMS sender
// and logger. Runs on Node and Deno.
import type { Config } from "../config.ts";
import { ensureDataDir } from "../data-dir.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrate.ts";
import { createLogger, type Logger } from "../log.ts";
import { loadServerSecret } from "../server-secret.ts";
import type { Domain } from "./context.ts";
import { createSmsSender } from "./sms-sender.ts";
import { canonicalizeStoredTelephones } from "./telephone-migration.ts";

export interface OpenDomain {
  domain: Domain;
  close(): void;
}

export async function openDomain(config: Config, log: Logger = createLogger(config.logLevel)): Promise<OpenDomain> {
  if (config.db.url.startsWith("file:")) ensureDataDir(config.dataDir);
  const secret = loadServerSecret(config);
  if (config.serverSecret === undefined && (!config.db.url.startsWith("file:") || config.db.syncUrl !== undefined)) {
    log.warn("IM_SERVER_SECRET is unset on a shared database: every process on it needs this server-secret file", { dataDir: config.dataDir });
  }
  const database = await openDatabase(config.db);
  const applied = await applyMigrations(database.client);
  if (applied > 0) log.info("database migrated", { applied });
  const domain: Domain = { db: database.db, config, secret, sms: createSmsSender(config.sms, log), log, nowMs: () => Date.now() };
  const telephones = await canonicalizeStoredTelephones(domain);
  if (telephones > 0) log.info("stored telephones made canonical (E.164)", { telephones });
  return { domain, close: () => database.close() };
}
