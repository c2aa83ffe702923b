// The deployed shape: an edge process (signed HTTP API only) and a core process (JSON socket only) that share nothing
// but the libSQL file. Writes made at the edge reach sockets held by the core.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { nodeEntry, spawnListening, type Spawned } from "../test-kit/processes.ts";
import { call, signUp } from "../test-kit/processes.ts";
import { tempDir, testEnv } from "../test-kit/temp-domain.ts";

const data = tempDir();
let edge: Spawned;
let core: Spawned;
const env = () => testEnv(data.dir);

before(async () => {
  core = await spawnListening(...nodeEntry("core/main.ts"), env(), 30_000, ["json-socket"]); // the core migrates
  edge = await spawnListening(...nodeEntry("edge/node.ts"), env());
});

after(async () => {
  await Promise.all([edge?.stop(), core?.stop()]);
  data.remove();
});

test("the core process serves no HTTP; the edge process no socket", () => {
  assert.doesNotMatch(core.output(), /"service":"signed-api"/);
  assert.doesNotMatch(edge.output(), /"service":"json-socket"/);
});

test("a friend request made at the edge reaches the target's socket on the core, and the answer comes back", async () => {
  const api = { apiUrl: `http://127.0.0.1:${edge.port}/` };
  const [alice, bob] = [await signUp(api, "13400000001"), await signUp(api, "13400000002")];
  const [a, b] = [await JsonSocketClient.connect(core.port), await JsonSocketClient.connect(core.port)];
  try {
    assert.equal((await a.bind(alice.userId, alice.token)).status, "1111");
    assert.equal((await b.bind(bob.userId, bob.token)).status, "1111");
    await call(api, {
      method: "com.user.addfriend",
      data: { opt: "addMsg", user_id: alice.userId, mobile: "13400000002" },
      token: alice.token,
    });
    const request = await b.next((m) => m.type === "addfriend");
    assert.deepEqual([request.opt, request.sender, request.sender_name], ["addMsg", alice.userId, "13400000001"]);
    await call(api, {
      method: "com.user.addfriend",
      data: { opt: "agreeMsg", user_id: bob.userId, sender: alice.userId },
      token: bob.token,
    });
    assert.deepEqual((await a.next((m) => m.type === "addfriend")).opt, "agreeMsg");
    const friends = await call(api, { method: "com.user.getFriends", data: { user_id: alice.userId }, token: alice.token });
    assert.deepEqual(friends.body.data, [{ friend_id: bob.userId, friend_name: "13400000002" }]);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});
