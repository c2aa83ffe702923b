// `npm run admin` as a child process on a temp data folder: users and departments made, changed, listed, disabled and
// enabled; exit code 2 with one line on stderr for every bad argument; and, with a core running in this process on
// the same database, a disable closing the user's TeamTalk and JSON-socket connections.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { IM } from "../proto/generated/im.js";
import { nodeEntry, runToEnd } from "../test-kit/processes.ts";
import { TeamTalkClient } from "../test-kit/teamtalk-client.ts";
import { tempDir } from "../test-kit/temp-domain.ts";
import { settlesWithin } from "../test-kit/wait.ts";
import { World } from "../test-kit/world.ts";

/** Runs the admin command on the data folder; stdout and stderr together (the logger only speaks at error level). */
function admin(dir: string, ...args: string[]) {
  const [node, entry] = nodeEntry("shared/admin-cli.ts");
  return runToEnd(node, [...entry, ...args], { IM_DATA_DIR: dir, IM_LOG_LEVEL: "error" });
}

/** The JSON lines a successful run printed. */
async function ok(dir: string, ...args: string[]): Promise<Record<string, unknown>[]> {
  const { code, output } = await admin(dir, ...args);
  assert.equal(code, 0, `${args.join(" ")}: ${output}`);
  return output
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

const temp = tempDir();
after(() => temp.remove());

describe("on a data folder", () => {
  test("departments and users: add, set, disable, enable, list", async () => {
    const [dept] = await ok(temp.dir, "department", "add", "--name", "Engineering", "--priority", "3");
    assert.deepEqual([dept.id, dept.name, dept.priority, dept.status], [1, "Engineering", 3, 0]);
    const [alice] = await ok(
      temp.dir,
      "user",
      "add",
      "--login",
      "alice",
      "--password",
      "secret1",
      "--department",
      "1",
      "--telephone",
      "13244556677",
    );
    assert.deepEqual(
      [alice.loginName, alice.nickname, alice.telephone, alice.departmentId, alice.status],
      ["alice", "alice", "13244556677", 1, 0],
    );
    const [set] = await ok(temp.dir, "user", "set", "+8613244556677", "--nickname", "Alice Li", "--sign-info", "hi", "--gender", "2");
    assert.deepEqual([set.id, set.nickname, set.signInfo, set.gender], [alice.id, "Alice Li", "hi", 2]);
    assert.equal((await ok(temp.dir, "user", "disable", "alice"))[0].status, 3);
    assert.equal((await ok(temp.dir, "user", "enable", String(alice.id)))[0].status, 0);
    await ok(temp.dir, "user", "add", "--login", "bob", "--password", "secret2");
    assert.deepEqual(
      (await ok(temp.dir, "user", "list")).map((u) => u.loginName),
      ["alice", "bob"],
    );
    await ok(temp.dir, "department", "add", "--name", "Backend", "--parent", "1");
    assert.equal((await ok(temp.dir, "department", "set", "2", "--name", "Server"))[0].name, "Server");
    assert.equal((await ok(temp.dir, "department", "delete", "2"))[0].status, 1);
    assert.deepEqual(
      (await ok(temp.dir, "department", "list")).map((d) => [d.name, d.status]),
      [
        ["Engineering", 0],
        ["Server", 1],
      ],
    );
  });

  test("--help, and no arguments, print the usage and exit 0", async () => {
    for (const args of [["--help"], [], ["user", "add", "-h"]]) {
      const { code, output } = await admin(temp.dir, ...args);
      assert.equal(code, 0);
      assert.match(output, /^usage: npm run admin -- <command>/);
    }
  });

  test("every bad argument: exit 2 and one line naming it", async () => {
    const cases: [string[], RegExp][] = [
      [["user", "frob"], /^admin: unknown command "user frob"/],
      [["group", "add"], /^admin: unknown command "group add"/],
      [["user", "add", "--login"], /^admin: Option '--login <value>' argument missing/],
      [["user", "add", "--bogus", "x"], /^admin: Unknown option '--bogus'$/],
      [["user", "disable"], /^admin: user disable needs the user$/],
      [["user", "list", "extra"], /^admin: unexpected argument "extra"$/],
      [
        ["user", "add", "--login", "carol", "--password", "secret1", "--department", "two"],
        /^admin: --department must be a whole number, got "two"$/,
      ],
      [["department", "set", "0", "--name", "x"], /^admin: the department id must be a positive whole number, got "0"$/],
      [["department", "add"], /^admin: --name is required$/],
      [["user", "add", "--login", "alice", "--password", "secret1"], /^admin: login name alice is taken by user 1$/],
      [["user", "add", "--telephone", "132 4455 6677", "--password", "secret1"], /^admin: telephone 13244556677 is registered to user 1$/],
      [["user", "add", "--login", "carol", "--password", "123"], /^admin: password must be 6-64 characters$/],
      [["user", "add", "--login", "carol", "--password", "secret1", "--department", "9"], /^admin: department 9 does not exist$/],
      [["user", "set", "nobody", "--nickname", "x"], /^admin: no user has the id, login name or telephone nobody$/],
      [["department", "delete", "1"], /^admin: department 1 still has 1 active users: move them first$/],
    ];
    for (let i = 0; i < cases.length; i += 4) {
      const batch = cases.slice(i, i + 4);
      const runs = await Promise.all(batch.map(([args]) => admin(temp.dir, ...args)));
      runs.forEach(({ code, output }, j) => {
        assert.equal(code, 2, `${batch[j][0].join(" ")}: ${output}`);
        assert.equal(output.trim().split("\n").length, 1, output);
        assert.match(output.trim(), batch[j][1]);
      });
    }
  });
});

test("a disable closes the user's TeamTalk and JSON-socket connections on a running core, and both doors refuse it", async () => {
  const world = await World.start();
  try {
    const user = await world.user();
    await ok(world.server.dir, "user", "set", user.phone, "--login", "kicked-user");
    const teamtalk = await TeamTalkClient.connect(world.core.msg.port);
    assert.equal((await teamtalk.login("kicked-user", "secret1")).result_code, 0);
    const socket = await world.connect(user);
    await ok(world.server.dir, "user", "disable", "kicked-user");
    assert.ok(await settlesWithin(teamtalk.closed, 5_000), "the TeamTalk connection is closed");
    assert.ok(await settlesWithin(socket.closed, 5_000), "the JSON socket is closed");
    assert.ok(
      socket.inbox.some((m) => m.type === "kick" && m.reason === "disabled"),
      JSON.stringify(socket.inbox),
    );
    const again = await TeamTalkClient.connect(world.core.msg.port);
    assert.equal((await again.login("kicked-user", "secret1")).result_code, IM.BaseDefine.ResultType.REFUSE_REASON_DB_VALIDATE_FAILED);
    assert.equal((await world.call(user, "com.user.getFriends")).code, "TOKEN_INVALID", "the token is gone");
  } finally {
    await world.close();
  }
});
