// The server secret: IM_SERVER_SECRET, else `$IM_DATA_DIR/server-secret` made once (0600) and read on later starts;
// processes starting together on one folder agree on it.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { repoRoot } from "../test-kit/processes.ts";
import { loadConfig } from "./config.ts";
import { openDomain } from "./domain/open-domain.ts";
import { createLogger } from "./log.ts";
import { loadServerSecret } from "./server-secret.ts";

const root = mkdtempSync(join(tmpdir(), "im-secret-"));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `data-${++dirs}`, "nested");

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

async function secretOfOpenedDomain(env: Record<string, string>): Promise<Uint8Array> {
  const opened = await openDomain(loadConfig(env), { migrate: true, log: createLogger("error") });
  opened.close();
  return opened.domain.secret;
}

test("made on first start (32 random bytes, file 0600, folder 0700) and the same on every later start", async () => {
  const dir = freshDir();
  const first = await secretOfOpenedDomain({ IM_DATA_DIR: dir });
  assert.equal(first.length, 32);
  assert.equal(statSync(join(dir, "server-secret")).mode & 0o777, 0o600);
  assert.equal(statSync(dir).mode & 0o777, 0o700);
  assert.equal(readFileSync(join(dir, "server-secret"), "utf8"), `${hex(first)}\n`);
  const second = await secretOfOpenedDomain({ IM_DATA_DIR: dir });
  assert.equal(hex(second), hex(first));
  assert.notEqual(hex(await secretOfOpenedDomain({ IM_DATA_DIR: freshDir() })), hex(first), "another folder, another secret");
});

test("IM_SERVER_SECRET (hex or base64, 32+ bytes) is used instead, and no file is made", async () => {
  const bytes = Buffer.alloc(32, 7);
  for (const value of [bytes.toString("hex"), bytes.toString("base64")]) {
    const dir = freshDir();
    assert.equal(hex(await secretOfOpenedDomain({ IM_DATA_DIR: dir, IM_SERVER_SECRET: value })), bytes.toString("hex"), value);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.includes("secret")),
      [],
    );
  }
});

test("a damaged secret file stops the start with a clear error, and is not replaced", () => {
  const dir = freshDir();
  loadServerSecret({ dataDir: dir });
  writeFileSync(join(dir, "server-secret"), "not hex\n");
  assert.throws(() => loadServerSecret({ dataDir: dir }), /server-secret does not hold a server secret/);
  assert.equal(readFileSync(join(dir, "server-secret"), "utf8"), "not hex\n");
});

/** Runs loadServerSecret in a child process; resolves with the hex it printed. */
function secretInChild(dir: string): Promise<string> {
  const script = `import { loadServerSecret } from "./shared/server-secret.ts";
    process.stdout.write(Buffer.from(loadServerSecret({ dataDir: ${JSON.stringify(dir)} })).toString("hex"));`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: repoRoot });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stderr.on("data", (chunk) => (err += chunk));
  return new Promise((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(err)))));
}

test("processes starting together on one fresh folder all get the one secret that was written", async () => {
  const dir = freshDir();
  const secrets = await Promise.all(Array.from({ length: 6 }, () => secretInChild(dir)));
  assert.match(secrets[0], /^[0-9a-f]{64}$/);
  assert.deepEqual(new Set(secrets), new Set([secrets[0]]), secrets.join(" "));
  assert.equal(readFileSync(join(dir, "server-secret"), "utf8"), `${secrets[0]}\n`);
  assert.deepEqual(readdirSync(dir), ["server-secret"], "no temporary file left behind");
});
