// The edge under Deno (deno task edge → Deno.serve) serves the same Hono app: a signed call round-trips, the SMS
// limits see the client's address, the server secret and database files are private there too, and TeamTalk
// discovery (GET /msg_server) answers the same JSON as on Node, and the push API stores a message.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createClient } from "@libsql/client";
import { callSignedApi } from "../shared/signed-api/client.ts";
import { nodeEntry, repoRoot, runToEnd, spawnListening } from "../test-kit/processes.ts";

test("deno task edge serves signed calls, discovery and every push-API route", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "im-deno-"));
  const deno = join(repoRoot, "node_modules/.bin/deno");
  const env = { IM_DATA_DIR: dir, IM_HOST: "127.0.0.1", IM_API_PORT: "0", IM_PUSH_PORT: "0", IM_SMS_DEV_CODE: "123456", NO_COLOR: "1" };
  const pushEnv = { ...env, IM_PUSH_API_KEYS: "deno-push-key" };
  assert.equal((await runToEnd(...nodeEntry("shared/db/migrate-main.ts"), env)).code, 0); // edges do not migrate
  const server = await spawnListening(deno, ["task", "edge"], pushEnv, 90_000, ["signed-api", "push-api"]);
  try {
    assert.match(server.output(), /"runtime":"deno"/);
    const url = `http://127.0.0.1:${server.ports["signed-api"]}/`;
    const creds = { telephone: "13800000000", password: "secret1", sms_code: "123456" };
    const reg = await callSignedApi(url, { method: "com.user.register", data: creds }, "2108a4c486350f3a");
    assert.deepEqual(reg.body, { status: "1111", data: { user_id: 1 } });
    const login = await callSignedApi(url, { method: "com.user.login", data: creds }, "2108a4c486350f3a");
    const session = login.body.data as { user_id: number; token: string };
    assert.equal(session.user_id, 1);
    const friends = await callSignedApi(
      url,
      { method: "com.user.getFriends", data: { user_id: 1 }, token: session.token },
      "2108a4c486350f3a",
    );
    assert.deepEqual(friends.body, { status: "1111", data: [] });
    const bad = await callSignedApi(
      url,
      { method: "com.user.getFriends", data: { user_id: 1 }, token: "f".repeat(32) },
      "2108a4c486350f3a",
    );
    assert.equal(bad.body.code, "TOKEN_INVALID");
    const sms = await callSignedApi(
      url,
      { method: "com.sms.send", data: { telephone: "13800000001", scene: "register" } },
      "2108a4c486350f3a",
    );
    assert.deepEqual(sms.body, { status: "1111", data: "success" });
    const db = createClient({ url: `file:${dir}/im.db` });
    const sends = await db.execute("SELECT address FROM sms_sends");
    db.close();
    assert.deepEqual(
      sends.rows.map((r) => r.address),
      ["127.0.0.1"],
      "the connection's address, through hono/deno",
    );
    for (const name of ["server-secret", "im.db"]) assert.equal(statSync(join(dir, name)).mode & 0o777, 0o600, name);
    const discovery = await fetch(`${url}msg_server`); // TeamTalk discovery, with the default public host and ports
    assert.equal(discovery.status, 200);
    assert.equal(
      await discovery.text(),
      '{"backupIP":"127.0.0.1","code":0,"discovery":"http://127.0.0.1/api/discovery","msfsBackup":"http://127.0.0.1:8700/",' +
        '"msfsPrior":"http://127.0.0.1:8700/","msg":"","port":"8000","priorIP":"127.0.0.1"}',
    );
    const peer = { telephone: "13800000002", password: "secret1", sms_code: "123456" };
    assert.equal((await callSignedApi(url, { method: "com.user.register", data: peer }, "2108a4c486350f3a")).body.status, "1111");
    const push = (route: string, body: unknown) =>
      fetch(`http://127.0.0.1:${server.ports["push-api"]}/query/${route}?app_key=deno-push-key`, {
        method: "POST",
        body: JSON.stringify({ req_user_id: 1, ...(body as object) }),
      }).then((res) => res.text());
    assert.equal(
      await push("SendP2PMessage", { session_id: 2, msg: "from deno", msg_type: 1 }),
      '{"error_code":0,"error_msg":"成功","msg_id":1}',
    );
    assert.equal(
      await push("SendBroadCastMessage", { session_ids: [2], msg: "to all", msg_type: 3 }),
      '{"error_code":0,"error_msg":"成功","msg_ids":{"2":2}}',
    );
    assert.equal(
      await push("CreateGroup", { group_name: "deno", group_type: 1, user_id_list: [2] }),
      '{"error_code":0,"error_msg":"成功","group_id":1}',
    );
    assert.equal(
      await push("ChangeMembers", { group_id: 1, modify_type: 2, user_id_list: [2] }),
      '{"error_code":0,"error_msg":"成功","changed":[2]}',
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
