import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { test } from "node:test";
import { ConfigError, loadConfig } from "./config.ts";
import { repoRoot } from "../test-kit/processes.ts";

test("defaults are product.md's", () => {
  const c = loadConfig({});
  assert.equal(c.host, "0.0.0.0");
  assert.equal(c.publicHost, "127.0.0.1");
  assert.deepEqual(c.ports, { api: 8080, socket: 8282, msg: 8000, push: 8400, file: 8600, msfs: 8700 });
  assert.equal(c.dataDir, "./data");
  assert.equal(c.db.url, "file:./data/im.db");
  assert.equal(c.aesKey, "2108a4c486350f3a");
  assert.deepEqual(c.sms, { provider: "dev", devCode: undefined, webhookUrl: undefined });
  assert.equal(c.tokenTtlS, 86400);
  assert.equal(c.signWindowS, 300);
  assert.equal(c.socketIdleS, 60);
  assert.equal(c.socketBadFrames, 3);
  assert.equal(c.dmPolicy, "any");
  assert.equal(c.msfsMaxBytes, 10485760);
  assert.equal(c.teamtalkNoticeAs, "text");
  assert.equal(c.logLevel, "info");
  assert.deepEqual(c.smsLimits, { perAddressHour: 30, perMinute: 600 });
  assert.equal(c.phoneRegion, "CN");
  assert.equal(c.serverSecret, undefined, "the secret then lives in the data folder");
  assert.equal(c.workers, availableParallelism(), "one core process per CPU");
});

test("IM_PHONE_REGION, IM_SMS_PER_ADDRESS_HOUR, IM_SMS_PER_MINUTE and IM_SERVER_SECRET (hex or base64) are honoured", () => {
  const secret = Buffer.from(Array.from({ length: 48 }, (_, i) => i));
  const c = loadConfig({
    IM_PHONE_REGION: "GB",
    IM_SMS_PER_ADDRESS_HOUR: "5",
    IM_SMS_PER_MINUTE: "100",
    IM_SERVER_SECRET: secret.toString("hex"),
  });
  assert.equal(c.phoneRegion, "GB");
  assert.deepEqual(c.smsLimits, { perAddressHour: 5, perMinute: 100 });
  assert.deepEqual(Buffer.from(c.serverSecret!), secret);
  assert.deepEqual(Buffer.from(loadConfig({ IM_SERVER_SECRET: secret.toString("base64") }).serverSecret!), secret);
});

test("values are honoured; the database follows IM_DATA_DIR unless IM_DB_URL is set", () => {
  const c = loadConfig({ IM_DATA_DIR: "/tmp/x", IM_API_PORT: "0", IM_SOCKET_PORT: "9282", IM_DM_POLICY: "friends" });
  assert.equal(c.db.url, "file:/tmp/x/im.db");
  assert.equal(c.ports.api, 0);
  assert.equal(c.ports.socket, 9282);
  assert.equal(c.dmPolicy, "friends");
  assert.equal(loadConfig({ IM_DATA_DIR: "/tmp/x", IM_DB_URL: "libsql://db.example" }).db.url, "libsql://db.example");
  assert.deepEqual(loadConfig({ IM_PUSH_API_KEYS: "key-one-1, key-two-2" }).pushApiKeys, ["key-one-1", "key-two-2"]);
  assert.equal(loadConfig({}).pushRatePerMinute, 600);
  assert.equal(loadConfig({ IM_PUSH_RATE_PER_MINUTE: "5" }).pushRatePerMinute, 5);
  assert.equal(loadConfig({ IM_WORKERS: "1" }).workers, 1);
});

const bad: [Record<string, string>, string][] = [
  [{ IM_API_PORT: "80a" }, "IM_API_PORT"],
  [{ IM_PUSH_RATE_PER_MINUTE: "0" }, "IM_PUSH_RATE_PER_MINUTE"],
  [{ IM_SOCKET_PORT: "70000" }, "IM_SOCKET_PORT"],
  [{ IM_AES_KEY: "short" }, "IM_AES_KEY"],
  [{ IM_SMS_PROVIDER: "carrier-pigeon" }, "IM_SMS_PROVIDER"],
  [{ IM_SMS_PROVIDER: "webhook" }, "IM_SMS_WEBHOOK_URL"],
  [{ IM_SMS_WEBHOOK_URL: "ftp://x" }, "IM_SMS_WEBHOOK_URL"],
  [{ IM_SMS_DEV_CODE: "12345" }, "IM_SMS_DEV_CODE"],
  [{ IM_DB_URL: "mysql://x" }, "IM_DB_URL"],
  [{ IM_DB_SYNC_URL: "libsql://x", IM_DB_URL: "libsql://y" }, "IM_DB_SYNC_URL"],
  [{ IM_S3_ENDPOINT: "http://127.0.0.1:9000" }, "IM_S3_ACCESS_KEY"],
  [{ IM_TOKEN_TTL_S: "0" }, "IM_TOKEN_TTL_S"],
  [{ IM_SIGN_WINDOW_S: "-5" }, "IM_SIGN_WINDOW_S"],
  [{ IM_DM_POLICY: "everyone" }, "IM_DM_POLICY"],
  [{ IM_TEAMTALK_NOTICE_AS: "html" }, "IM_TEAMTALK_NOTICE_AS"],
  [{ IM_LOG_LEVEL: "loud" }, "IM_LOG_LEVEL"],
  [{ IM_NODE_ID: "a b" }, "IM_NODE_ID"],
  [{ IM_WORKERS: "0" }, "IM_WORKERS"],
  [{ IM_WORKERS: "two" }, "IM_WORKERS"],
  [{ IM_PUSH_API_KEYS: "k" }, "IM_PUSH_API_KEYS"],
  [{ IM_PHONE_REGION: "UK" }, "IM_PHONE_REGION"], // GB is the code
  [{ IM_PHONE_REGION: "cn" }, "IM_PHONE_REGION"],
  [{ IM_PHONE_REGION: "CHN" }, "IM_PHONE_REGION"],
  [{ IM_PHONE_REGION: "XX" }, "IM_PHONE_REGION"],
  [{ IM_SMS_PER_ADDRESS_HOUR: "0" }, "IM_SMS_PER_ADDRESS_HOUR"],
  [{ IM_SMS_PER_ADDRESS_HOUR: "many" }, "IM_SMS_PER_ADDRESS_HOUR"],
  [{ IM_SMS_PER_MINUTE: "-1" }, "IM_SMS_PER_MINUTE"],
  [{ IM_SERVER_SECRET: "00".repeat(31) }, "IM_SERVER_SECRET"], // 31 bytes
  [{ IM_SERVER_SECRET: Buffer.alloc(31, 1).toString("base64") }, "IM_SERVER_SECRET"],
  [{ IM_SERVER_SECRET: "not a secret, however long it may be written" }, "IM_SERVER_SECRET"],
];

test("a bad value throws a ConfigError naming its variable", () => {
  for (const [env, variable] of bad) {
    assert.throws(
      () => loadConfig(env),
      (err) => err instanceof ConfigError && err.variable === variable,
      variable,
    );
  }
});

test("an entry point with a bad value prints one line naming the variable and exits 1", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "edge/node.ts"], {
    cwd: repoRoot,
    env: { ...process.env, IM_API_PORT: "eighty" },
    encoding: "utf8",
  });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, "");
  assert.equal(run.stderr, 'configuration error: IM_API_PORT: expected a whole number, got "eighty"\n');
});
