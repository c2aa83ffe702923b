// The push API's app keys (teamtalk.md §10.1): IM_PUSH_API_KEYS, else one key generated on first start and kept in
// `$IM_DATA_DIR/push-api-key` (mode 0600, created atomically like the server secret) and logged once, when made.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../../shared/config.ts";
import { ensureDataDir } from "../../shared/data-dir.ts";
import type { Logger } from "../../shared/log.ts";
import { createPrivateFileOnce } from "../../shared/server-secret.ts";

export const pushApiKeyFile = "push-api-key";

export function loadPushApiKeys(config: Pick<Config, "dataDir" | "pushApiKeys">, log: Logger): string[] {
  if (config.pushApiKeys) return config.pushApiKeys;
  ensureDataDir(config.dataDir);
  const path = join(config.dataDir, pushApiKeyFile);
  const fresh = randomBytes(24).toString("hex");
  if (createPrivateFileOnce(path, `${fresh}\n`)) log.info("push API key generated", { app_key: fresh, file: path });
  const key = readFileSync(path, "utf8").trim();
  if (key.length < 8) throw new Error(`${path} does not hold a push API key: delete it to make a new one, or set IM_PUSH_API_KEYS`);
  return [key];
}
