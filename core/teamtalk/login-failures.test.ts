// Failed TeamTalk logins over real TCP (teamtalk.md §8.3): more than 10 failures for one user name within 30
// minutes refuse that name's logins, the right password too, with result 6 "用户名/密码错误次数太多", until the
// failures are 30 minutes old; a success clears the count; other names are not affected; every spelling of a
// telephone is one name; two core nodes on one database share the count.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { eq } from "drizzle-orm";
import { loginFailures } from "../../shared/db/schema.ts";
import { loginFailureKey, maxLoginFailures } from "../../shared/domain/login-failures.ts";
import type { RunningCore } from "../start-core.ts";
import { TeamTalkClient } from "../../test-kit/teamtalk-client.ts";
import { settlesWithin, sleep } from "../../test-kit/wait.ts";
import { closeWorlds, type User, World, worldWith } from "../../test-kit/world.ts";

const password = "secret1"; // what World.user() registers with
const wrong = "wrong-password";
const tooMany = "用户名/密码错误次数太多";
const wrongName = "用户名/密码错误";

const clients: TeamTalkClient[] = [];
after(async () => {
  for (const c of clients) c.socket.destroy();
  await Promise.all(clients.map((c) => c.closed));
  await sleep(100);
  await closeWorlds();
});

/** One login on a fresh connection: [result_code, result_string]; a refused connection must be closed. */
async function attempt(core: RunningCore, userName: string, pass: string): Promise<[number, string]> {
  const client = await TeamTalkClient.connect(core.msg.port);
  clients.push(client);
  const res = await client.login(userName, pass);
  if (res.result_code !== 0) assert.ok(await settlesWithin(client.closed, 3_000), "closed after the refusal");
  else await client.close();
  return [res.result_code, res.result_string];
}

/** `n` logins with a wrong password, each refused as a wrong password. */
async function fail(core: RunningCore, userName: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) assert.deepEqual(await attempt(core, userName, wrong), [6, wrongName], `failure ${i + 1}`);
}

const failuresOf = async (world: World, key: string) =>
  (await world.db.select().from(loginFailures).where(eq(loginFailures.userName, key))).length;

const e164 = (user: User) => `+86${user.phone}`;

test("11 failures refuse the right password too, and are not counted as failures; 31 minutes later it works; old rows pruned", async () => {
  const world = await worldWith();
  const [user, other] = [await world.user(), await world.user()];
  await fail(world.core, user.phone, maxLoginFailures + 1);
  assert.deepEqual(await attempt(world.core, user.phone, password), [6, tooMany]);
  assert.deepEqual(await attempt(world.core, user.phone, wrong), [6, tooMany]);
  assert.deepEqual(await attempt(world.core, "nobody-here", password), [6, wrongName], "an unknown name is a failure of its own");
  assert.deepEqual(await attempt(world.core, other.phone, password), [0, "成功"], "another user name is not affected");
  assert.equal(await failuresOf(world, e164(user)), maxLoginFailures + 1, "refused attempts are not failures");
  world.server.advance(29 * 60);
  assert.deepEqual(await attempt(world.core, user.phone, password), [6, tooMany], "still within 30 minutes");
  world.server.advance(2 * 60);
  assert.deepEqual(await attempt(world.core, user.phone, password), [0, "成功"]);
  await fail(world.core, other.phone, 1);
  assert.equal(await failuresOf(world, e164(user)), 0, "a failure prunes every name's failures past the 30 minutes");
});

test("10 failures are not yet too many; a success clears the count", async () => {
  const world = await worldWith();
  const user = await world.user();
  await fail(world.core, user.phone, maxLoginFailures);
  assert.deepEqual(await attempt(world.core, user.phone, password), [0, "成功"]);
  await fail(world.core, user.phone, maxLoginFailures);
  assert.deepEqual(await attempt(world.core, user.phone, password), [0, "成功"], "20 failures, but 10 since the success");
  await fail(world.core, user.phone, 1);
  assert.deepEqual(await attempt(world.core, user.phone, password), [0, "成功"]);
});

test("every spelling of a telephone is one user name; two core nodes on one database share the count", async () => {
  const world = await World.start();
  try {
    const other = await world.addNode();
    const user = await world.user();
    await fail(world.core, user.phone, 6);
    await fail(other, e164(user), 5);
    assert.deepEqual(await attempt(other, user.phone, password), [6, tooMany]);
    assert.deepEqual(await attempt(world.core, `+86 ${user.phone}`, password), [6, tooMany]);
    assert.equal(await failuresOf(world, e164(user)), 11);
  } finally {
    await world.close();
  }
});

test("names are counted as given, telephones in E.164 (by the caller), and names over 64 characters by their first 64", () => {
  assert.equal(loginFailureKey("Alice", null), "Alice");
  assert.equal(loginFailureKey("13800000001", "+8613800000001"), "+8613800000001");
  assert.equal(loginFailureKey(`${"名".repeat(64)}x`, null), "名".repeat(64));
});

test("parallel guesses on one process see each other's failures: at most the limit are checked", async () => {
  const world = await worldWith();
  const user = await world.user();
  const results = await Promise.all(Array.from({ length: 30 }, () => attempt(world.core, user.phone, wrong)));
  const checked = results.filter(([, text]) => text === wrongName).length;
  assert.equal(checked, maxLoginFailures + 1, "the rest were refused as too many without a password check");
  assert.deepEqual(await attempt(world.core, user.phone, password), [6, tooMany]);
});
