// Test support (not a test): a migrated domain over a fresh libSQL file in a temp folder, with a clock tests can move.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../shared/config.ts";
import type { Domain } from "../shared/domain/context.ts";
import { openDomain } from "../shared/domain/open-domain.ts";
import { createLogger, type Logger } from "../shared/log.ts";

export const devCode = "123456";

export interface TempDomain {
  domain: Domain;
  config: Config;
  dir: string;
  /** Moves the domain's clock by this many seconds. */
  advance(seconds: number): void;
  close(): void;
}

export function tempDir(prefix = "im-test-"): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The test environment: loopback, every port chosen by the OS, the dev SMS code, one process (no workers); env overrides. */
export function testEnv(dir: string, env: Record<string, string> = {}): Record<string, string> {
  return {
    IM_DATA_DIR: dir,
    IM_HOST: "127.0.0.1",
    IM_API_PORT: "0",
    IM_PUSH_PORT: "0",
    IM_SOCKET_PORT: "0",
    IM_MSG_PORT: "0",
    IM_MSFS_PORT: "0",
    IM_SMS_DEV_CODE: devCode,
    IM_WORKERS: "1",
    ...env,
  };
}

/** The configuration of testEnv. */
export function testConfig(dir: string, env: Record<string, string> = {}): Config {
  return loadConfig(testEnv(dir, env));
}

/** A domain over a new database (or, with `dir`, another connection to an existing one), logging errors only by default. */
export async function openTempDomain(
  env: Record<string, string> = {},
  dir?: string,
  log: Logger = createLogger("error"),
): Promise<TempDomain> {
  const temp = dir ? { dir, remove: () => {} } : tempDir();
  const config = testConfig(temp.dir, env);
  const opened = await openDomain(config, { migrate: true, log });
  let offsetMs = 0;
  const domain = opened.domain;
  domain.nowMs = () => Date.now() + offsetMs;
  return {
    domain,
    config,
    dir: temp.dir,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    close() {
      opened.close();
      temp.remove();
    },
  };
}
