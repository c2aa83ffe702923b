// The server secret: 32+ random bytes kept outside the database, from which the keys are derived that protect what
// a copy of the database must not reveal (SMS codes, renewed tokens in the delivery log). IM_SERVER_SECRET when set
// (every machine of a deployment must share it), else `$IM_DATA_DIR/server-secret`, created once with mode 0600.
import { Buffer } from "node:buffer";
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "./config.ts";
import { ensureDataDir } from "./data-dir.ts";

export const serverSecretFile = "server-secret";

const errorCode = (err: unknown) => (err as { code?: string }).code;

/**
 * Writes content to a private temporary file, then links it into place unless another process got there first: the
 * file appears whole or not at all, and processes starting together all read the one that won. True when it was ours.
 */
export function createPrivateFileOnce(path: string, content: string): boolean {
  const temp = `${path}.${randomBytes(8).toString("hex")}.tmp`;
  const fd = openSync(temp, "wx", 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
    return false;
  } finally {
    unlinkSync(temp);
  }
}

function parseSecretFile(text: string, path: string): Uint8Array {
  const hex = text.trim();
  if (!/^(?:[0-9a-fA-F]{2}){32,}$/.test(hex)) {
    throw new Error(`${path} does not hold a server secret (64 or more hex digits): restore it from a backup`);
  }
  return new Uint8Array(Buffer.from(hex, "hex"));
}

/** The server secret: IM_SERVER_SECRET, or the data folder's secret file (made on first start). */
export function loadServerSecret(config: Pick<Config, "dataDir" | "serverSecret">): Uint8Array {
  if (config.serverSecret) return config.serverSecret;
  ensureDataDir(config.dataDir);
  const path = join(config.dataDir, serverSecretFile);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if (errorCode(err) !== "ENOENT") throw err;
    createPrivateFileOnce(path, `${randomBytes(32).toString("hex")}\n`);
    text = readFileSync(path, "utf8");
  }
  return parseSecretFile(text, path);
}
