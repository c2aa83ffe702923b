// Edges do not migrate: on a fresh file an edge says so in one line and stops; two `npm run migrate` started together
// apply the migrations once. Then two edge processes on the one file: one server secret, every write made through
// one is seen through the other, concurrent registrations of one phone across both yield exactly one user, and the
// SMS abuse limits hold across both.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createClient } from "@libsql/client";
import { callSignedApi, type SignedCall } from "../shared/signed-api/client.ts";
import { nodeEntry, runToEnd, spawnListening, type Spawned } from "../test-kit/processes.ts";

const key = "2108a4c486350f3a";
const smsPerHour = 6;
const dir = mkdtempSync(join(tmpdir(), "im-two-"));
let a: Spawned;
let b: Spawned;
let unmigrated: { code: number | null; output: string };
let migrations: { code: number | null; output: string }[];
const at = (s: Spawned, call: SignedCall) => callSignedApi(`http://127.0.0.1:${s.port}/`, call, key);

before(async () => {
  const env = {
    IM_DATA_DIR: dir,
    IM_HOST: "127.0.0.1",
    IM_API_PORT: "0",
    IM_PUSH_PORT: "0",
    IM_SMS_DEV_CODE: "123456",
    IM_SMS_PER_ADDRESS_HOUR: String(smsPerHour),
  };
  unmigrated = await runToEnd(...nodeEntry("edge/node.ts"), env);
  const migrate = () => runToEnd(...nodeEntry("shared/db/migrate-main.ts"), env);
  migrations = await Promise.all([migrate(), migrate()]);
  [a, b] = await Promise.all([spawnListening(...nodeEntry("edge/node.ts"), env), spawnListening(...nodeEntry("edge/node.ts"), env)]);
});

after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

test("an edge on a database that was never migrated says so in one line and exits 1", () => {
  assert.equal(unmigrated.code, 1);
  assert.match(unmigrated.output, /^database schema is behind this code .*npm run migrate/);
  assert.equal(unmigrated.output.trim().split("\n").length, 1, unmigrated.output);
});

test("two `npm run migrate` started together apply every migration exactly once", async () => {
  assert.deepEqual(
    migrations.map((m) => m.code),
    [0, 0],
  );
  const client = createClient({ url: `file:${dir}/im.db` });
  const rows = await client.execute("SELECT count(*) AS n FROM __drizzle_migrations");
  client.close();
  const journal = JSON.parse(readFileSync(new URL("../migrations/meta/_journal.json", import.meta.url), "utf8"));
  assert.equal(Number(rows.rows[0].n), journal.entries.length);
  const migrated = migrations.filter((m) => m.output.includes('"msg":"database migrated"'));
  assert.equal(migrated.length, 1, "only one of the two processes applied the migrations");
});

test("concurrent registrations of one phone through both processes make exactly one user", async () => {
  const register = { method: "com.user.register", data: { telephone: "13900000001", password: "secret1", sms_code: "123456" } };
  const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => at(i % 2 ? a : b, register)));
  const ok = replies.filter((r) => r.body.status === "1111");
  assert.equal(ok.length, 1);
  for (const r of replies) if (r.body.status !== "1111") assert.equal(r.body.code, "CONFLICT");
});

test("a user registered through one process logs in, befriends and is seen through the other", async () => {
  const creds = (telephone: string) => ({ telephone, password: "secret1", sms_code: "123456" });
  assert.equal((await at(a, { method: "com.user.register", data: creds("13900000002") })).body.status, "1111");
  const alice = (await at(b, { method: "com.user.login", data: creds("13900000001") })).body.data as { user_id: number; token: string };
  const bob = (await at(a, { method: "com.user.login", data: creds("13900000002") })).body.data as { user_id: number; token: string };
  const ask = await at(a, {
    method: "com.user.addfriend",
    data: { opt: "addMsg", user_id: alice.user_id, mobile: "13900000002" },
    token: alice.token,
  });
  assert.equal(ask.body.status, "1111");
  const agree = await at(b, {
    method: "com.user.addfriend",
    data: { opt: "agreeMsg", user_id: bob.user_id, sender: alice.user_id },
    token: bob.token,
  });
  assert.equal(agree.body.status, "1111");
  const friends = await at(a, { method: "com.user.getFriends", data: { user_id: bob.user_id }, token: bob.token });
  assert.deepEqual(friends.body.data, [{ friend_id: alice.user_id, friend_name: "13900000001" }]);
});

test("both made or read one server secret (0600, no temporary file left): a code sent through one is checked by the other", async () => {
  assert.equal(statSync(join(dir, "server-secret")).mode & 0o777, 0o600);
  assert.deepEqual(
    readdirSync(dir).filter((name) => name.includes("server-secret")),
    ["server-secret"],
  );
  const sent = await at(a, { method: "com.sms.send", data: { telephone: "13900000003", scene: "register" } });
  assert.equal(sent.body.status, "1111", JSON.stringify(sent.body));
  const line = a
    .output()
    .split("\n")
    .find((l) => l.includes('"sms code (dev provider)"') && l.includes("+8613900000003"));
  const { code } = JSON.parse(line!) as { code: string };
  const register = await at(b, { method: "com.user.register", data: { telephone: "13900000003", password: "secret1", sms_code: code } });
  assert.equal(register.body.status, "1111", JSON.stringify(register.body));
});

test("the per-address SMS limit holds across both processes, however the requests race", async () => {
  const used = 1; // the test above
  const send = (i: number) => at(i % 2 ? a : b, { method: "com.sms.send", data: { telephone: `1390000010${i}`, scene: "register" } });
  const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => send(i)));
  const got = replies.map((r) => r.body.code ?? "ok");
  assert.equal(got.filter((c) => c === "ok").length, smsPerHour - used, got.join(" "));
  assert.equal(got.filter((c) => c === "RATE_LIMITED").length, 10 - (smsPerHour - used), got.join(" "));
});
