// `npm run client` against a real server: it signs, seals, sends and prints the reply.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { test } from "node:test";
import { startTestServer } from "../../test-kit/signed-api-server.ts";
import { devCode } from "../../test-kit/temp-domain.ts";
import { repoRoot } from "../../test-kit/processes.ts";

const run = promisify(execFile);

function client(url: string, ...args: string[]) {
  return run(process.execPath, ["--import", "tsx", "shared/signed-api/client-cli.ts", ...args, "--url", url], { cwd: repoRoot });
}

test("register, login and an authenticated call from the command line", async () => {
  const server = await startTestServer({}, { listen: true }); // the CLI is another process
  try {
    const creds = JSON.stringify({ telephone: "13700000000", password: "secret1", sms_code: devCode });
    const reg = await client(server.url, "com.user.register", creds);
    assert.deepEqual(JSON.parse(reg.stdout), { status: "1111", data: { user_id: 1 } });
    const login = JSON.parse((await client(server.url, "com.user.login", creds)).stdout);
    assert.equal(login.status, "1111");
    const friends = await client(server.url, "com.user.getFriends", '{"user_id":1}', "--token", login.data.token);
    assert.deepEqual(JSON.parse(friends.stdout), { status: "1111", data: [] });
    await assert.rejects(
      client(server.url, "com.user.getFriends", '{"user_id":1}', "--token", "0".repeat(32)),
      (err: { code: number; stdout: string }) => {
        assert.equal(err.code, 1, "a failure reply exits 1");
        assert.equal(JSON.parse(err.stdout).code, "TOKEN_INVALID");
        return true;
      },
    );
    await assert.rejects(client(server.url, "com.user.login", "{not json"), (err: { code: number }) => err.code === 2);
  } finally {
    await server.close();
  }
});
