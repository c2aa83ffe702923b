// Start-up of the domain for an entry point: creates the data folder for an embedded database, opens libSQL,
// applies the migrations, and wires the SMS sender and logger. Runs on Node and Deno.
import { mkdirSync } from "node:fs";
import type { Config } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { applyMigrations } from "../db/migrate.ts";
import { createLogger, type Logger } from "../log.ts";
import type { Domain } from "./context.ts";
import { createSmsSender } from "./sms-sender.ts";

export interface OpenDomain {
  domain: Domain;
  close(): void;
}

export async function openDomain(config: Config, log: Logger = createLogger(config.logLevel)): Promise<OpenDomain> {
  if (config.db.url.startsWith("file:")) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase(config.db);
  const applied = await applyMigrations(database.client);
  if (applied > 0) log.info("database migrated", { applied });
  const domain: Domain = { db: database.db, config, sms: createSmsSender(config.sms, log), log, nowMs: () => Date.now() };
  return { domain, close: () => database.close() };
}
