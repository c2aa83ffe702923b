// Configuration: every IM_* environment variable of product.md, parsed and validated once at start.
// A bad value throws ConfigError naming the variable, so an entry point can print one line and stop.
import { availableParallelism } from "node:os";
import { isSupportedCountry, type CountryCode } from "libphonenumber-js";

export type SmsProviderName = "dev" | "webhook";
export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Config {
  host: string;
  publicHost: string;
  ports: { api: number; socket: number; msg: number; push: number; file: number; msfs: number };
  dataDir: string;
  db: { url: string; authToken?: string; syncUrl?: string };
  aesKey: string;
  sms: { provider: SmsProviderName; devCode?: string; webhookUrl?: string };
  /** Codes one client address may ask for per hour, and codes the whole server sends per minute. */
  smsLimits: { perAddressHour: number; perMinute: number };
  /** Region of telephone numbers written without a country code. */
  phoneRegion: CountryCode;
  /** IM_SERVER_SECRET; when unset, the secret lives in `$IM_DATA_DIR/server-secret` (shared/server-secret.ts). */
  serverSecret?: Uint8Array;
  pushApiKeys?: string[];
  /** Push-API requests one app key may make per minute (counted per process). */
  pushRatePerMinute: number;
  s3?: { endpoint: string; accessKey: string; secretKey: string; bucket: string };
  /** IM_NODE_ID; with workers, each worker's node id is this (or a random prefix) followed by `.<worker number>`. */
  nodeId?: string;
  /** Core processes `npm start` and `npm run core` run (one per CPU by default); 1 = no cluster, one process. */
  workers: number;
  tokenTtlS: number;
  signWindowS: number;
  socketIdleS: number;
  socketBadFrames: number;
  /** A JSON-socket connection not bound to a user this long after it opened is closed. */
  socketBindS: number;
  /** TCP connections one core process holds at most, every door together. */
  maxConnections: number;
  /** TCP connections one client address may hold in one process; 0 = no limit (clients behind NAT share one). */
  maxConnectionsPerAddress: number;
  /** TeamTalk msg_server: a connection not logged in this long after it opened is closed. */
  msgLoginS: number;
  /** TeamTalk msg_server: silence after which a PC (or not yet logged-in) connection / a mobile one is closed. */
  msgIdleS: number;
  msgIdleMobileS: number;
  /** The 32-byte AES-256 key TeamTalk clients encrypt text with (the stock clients' built-in key by default). */
  teamtalkTextKey: string;
  dmPolicy: "any" | "friends";
  msfsMaxBytes: number;
  teamtalkNoticeAs: "text" | "raw";
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got ${JSON.stringify(raw)}`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected ${min}..${max}, got ${value}`);
  return value;
}

function port(env: Env, name: string, fallback: number): number {
  return integer(env, name, fallback, 0, 65535);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(", ")}, got ${JSON.stringify(raw)}`);
  }
  return raw as T;
}

function url(env: Env, name: string, schemes: readonly string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `not a URL: ${JSON.stringify(raw)}`);
  }
  if (!schemes.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${schemes.join(" / ")} URL, got ${JSON.stringify(raw)}`);
  }
  return raw;
}

function aesKey(env: Env): string {
  const key = text(env, "IM_AES_KEY") ?? "2108a4c486350f3a";
  if (new TextEncoder().encode(key).length !== 16) {
    throw new ConfigError("IM_AES_KEY", "must be exactly 16 bytes (AES-128)");
  }
  return key;
}

function teamtalkTextKey(env: Env): string {
  const key = text(env, "IM_TEAMTALK_TEXT_KEY") ?? "12345678901234567890123456789012";
  if (new TextEncoder().encode(key).length !== 32) throw new ConfigError("IM_TEAMTALK_TEXT_KEY", "must be exactly 32 bytes (AES-256)");
  return key;
}

function sms(env: Env): Config["sms"] {
  const provider = oneOf(env, "IM_SMS_PROVIDER", ["dev", "webhook"] as const, "dev");
  const devCode = text(env, "IM_SMS_DEV_CODE");
  if (devCode !== undefined && !/^\d{6}$/.test(devCode)) throw new ConfigError("IM_SMS_DEV_CODE", "must be 6 digits");
  if (devCode !== undefined && provider !== "dev") {
    throw new ConfigError("IM_SMS_DEV_CODE", "is only allowed with IM_SMS_PROVIDER=dev");
  }
  const webhookUrl = url(env, "IM_SMS_WEBHOOK_URL", ["http:", "https:"]);
  if (provider === "webhook" && webhookUrl === undefined) {
    throw new ConfigError("IM_SMS_WEBHOOK_URL", "is required with IM_SMS_PROVIDER=webhook");
  }
  return { provider, devCode, webhookUrl };
}

function phoneRegion(env: Env): CountryCode {
  const raw = text(env, "IM_PHONE_REGION") ?? "CN";
  if (!/^[A-Z]{2}$/.test(raw) || !isSupportedCountry(raw)) {
    throw new ConfigError("IM_PHONE_REGION", `expected a two-letter region such as CN, GB or US, got ${JSON.stringify(raw)}`);
  }
  return raw;
}

/** Hex (64 or more digits) or base64 of at least 32 bytes. */
function serverSecret(env: Env): Uint8Array | undefined {
  const raw = text(env, "IM_SERVER_SECRET");
  if (raw === undefined) return undefined;
  let bytes: Uint8Array | undefined;
  if (/^(?:[0-9a-fA-F]{2})+$/.test(raw)) bytes = Uint8Array.from(raw.match(/../g)!, (h) => parseInt(h, 16));
  else if (raw.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(raw)) bytes = Uint8Array.from(atob(raw), (c) => c.charCodeAt(0));
  if (bytes === undefined || bytes.length < 32) {
    throw new ConfigError("IM_SERVER_SECRET", "must be at least 32 bytes, written as hex (64+ digits) or base64 (44+ characters)");
  }
  return bytes;
}

function pushApiKeys(env: Env): string[] | undefined {
  const raw = text(env, "IM_PUSH_API_KEYS");
  if (raw === undefined) return undefined;
  const keys = raw.split(",").map((k) => k.trim());
  if (keys.some((k) => k.length < 8)) throw new ConfigError("IM_PUSH_API_KEYS", "every key must be at least 8 characters");
  return keys;
}

function s3(env: Env): Config["s3"] {
  const names = ["IM_S3_ENDPOINT", "IM_S3_ACCESS_KEY", "IM_S3_SECRET_KEY", "IM_S3_BUCKET"] as const;
  const values = names.map((n) => text(env, n));
  if (values.every((v) => v === undefined)) return undefined;
  const missing = names.find((_, i) => values[i] === undefined);
  if (missing) throw new ConfigError(missing, "is required when any IM_S3_* variable is set");
  url(env, "IM_S3_ENDPOINT", ["http:", "https:"]);
  const [endpoint, accessKey, secretKey, bucket] = values as string[];
  return { endpoint, accessKey, secretKey, bucket };
}

function nodeId(env: Env): string | undefined {
  const raw = text(env, "IM_NODE_ID");
  if (raw !== undefined && !/^[A-Za-z0-9_.-]{1,64}$/.test(raw)) {
    throw new ConfigError("IM_NODE_ID", "use 1-64 letters, digits, '_', '.' or '-'");
  }
  return raw;
}

/** Reads the configuration from an environment (process.env or Deno.env.toObject()). */
export function loadConfig(env: Env): Config {
  const dataDir = text(env, "IM_DATA_DIR") ?? "./data";
  const dbUrl = url(env, "IM_DB_URL", ["file:", "libsql:", "http:", "https:", "ws:", "wss:"]) ?? `file:${dataDir}/im.db`;
  const syncUrl = url(env, "IM_DB_SYNC_URL", ["libsql:", "http:", "https:", "ws:", "wss:"]);
  if (syncUrl !== undefined && !dbUrl.startsWith("file:")) {
    throw new ConfigError("IM_DB_SYNC_URL", "needs IM_DB_URL to be a file: URL (the embedded replica)");
  }
  return {
    host: text(env, "IM_HOST") ?? "0.0.0.0",
    publicHost: text(env, "IM_PUBLIC_HOST") ?? "127.0.0.1",
    ports: {
      api: port(env, "IM_API_PORT", 8080),
      socket: port(env, "IM_SOCKET_PORT", 8282),
      msg: port(env, "IM_MSG_PORT", 8000),
      push: port(env, "IM_PUSH_PORT", 8400),
      file: port(env, "IM_FILE_PORT", 8600),
      msfs: port(env, "IM_MSFS_PORT", 8700),
    },
    dataDir,
    db: { url: dbUrl, authToken: text(env, "IM_DB_AUTH_TOKEN"), syncUrl },
    aesKey: aesKey(env),
    sms: sms(env),
    smsLimits: {
      perAddressHour: integer(env, "IM_SMS_PER_ADDRESS_HOUR", 30, 1, 1_000_000),
      perMinute: integer(env, "IM_SMS_PER_MINUTE", 600, 1, 1_000_000),
    },
    phoneRegion: phoneRegion(env),
    serverSecret: serverSecret(env),
    pushApiKeys: pushApiKeys(env),
    pushRatePerMinute: integer(env, "IM_PUSH_RATE_PER_MINUTE", 600, 1, 1_000_000),
    s3: s3(env),
    nodeId: nodeId(env),
    workers: integer(env, "IM_WORKERS", availableParallelism(), 1, 1024),
    tokenTtlS: integer(env, "IM_TOKEN_TTL_S", 86400, 1, 365 * 86400),
    signWindowS: integer(env, "IM_SIGN_WINDOW_S", 300, 1, 86400),
    socketIdleS: integer(env, "IM_SOCKET_IDLE_S", 60, 1, 86400),
    socketBadFrames: integer(env, "IM_SOCKET_BAD_FRAMES", 3, 0, 1000),
    socketBindS: integer(env, "IM_SOCKET_BIND_S", 10, 1, 3600),
    maxConnections: integer(env, "IM_MAX_CONNECTIONS", 18000, 1, 1_000_000),
    maxConnectionsPerAddress: integer(env, "IM_MAX_CONNECTIONS_PER_ADDRESS", 0, 0, 1_000_000),
    msgLoginS: integer(env, "IM_MSG_LOGIN_S", 15, 1, 3600),
    msgIdleS: integer(env, "IM_MSG_IDLE_S", 120, 1, 86400),
    msgIdleMobileS: integer(env, "IM_MSG_IDLE_MOBILE_S", 300, 1, 86400),
    teamtalkTextKey: teamtalkTextKey(env),
    dmPolicy: oneOf(env, "IM_DM_POLICY", ["any", "friends"] as const, "any"),
    msfsMaxBytes: integer(env, "IM_MSFS_MAX_BYTES", 10485760, 1, 2 ** 31),
    teamtalkNoticeAs: oneOf(env, "IM_TEAMTALK_NOTICE_AS", ["text", "raw"] as const, "text"),
    logLevel: oneOf(env, "IM_LOG_LEVEL", ["debug", "info", "warn", "error"] as const, "info"),
  };
}
