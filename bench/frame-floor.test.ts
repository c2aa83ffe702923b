// bench/frame-floor.ts beside the real server: the same binds, 1:1 and group sends and refusal get frames of the same
// fields in the same order on both (ids and times aside), so the bench's clients count the floor as the product.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Fields } from "../shared/signed-api/fields.ts";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { nodeEntry, type ServerProcess, type Spawned, spawnListening, startServerProcess } from "../test-kit/processes.ts";
import { tempDir } from "../test-kit/temp-domain.ts";
import { type Seeded, seed } from "./seed.ts";

const data = tempDir();
let seeded: Seeded;
let server: ServerProcess;
let floor: Spawned;

before(async () => {
  seeded = await seed(data.dir, 3, 3);
  server = await startServerProcess(data.dir);
  const members = seeded.users.map((u) => u.userId).join(",");
  floor = await spawnListening(
    ...nodeEntry("bench/frame-floor.ts"),
    { BENCH_GROUP_ID: String(seeded.groupId), BENCH_GROUP_MEMBERS: members },
    30_000,
    ["frame-floor"],
  );
});

after(async () => {
  await Promise.all([server?.stop(), floor?.stop()]);
  data.remove();
});

/** The frames as JSON text (so the order of fields counts too), values that differ between any two runs as their type. */
const shape = (frames: Fields[]) =>
  JSON.stringify(frames, (key, value) => (["msg_id", "time", "client_id"].includes(key) ? typeof value : value), 1);

/** Three users bind; the first sends 1:1 to the second, then to the group, then to a group that does not exist. */
async function exchange(port: number): Promise<{ frames: Fields[]; senderInbox: Fields[] }> {
  const { users, groupId } = seeded;
  const clients = await Promise.all(users.map(() => JsonSocketClient.connect(port)));
  try {
    const frames: Fields[] = [];
    for (const [i, client] of clients.entries()) frames.push(await client.bind(users[i].userId, users[i].token));
    const [sender, ...others] = clients;
    frames.push(await sender.request({ action: "sendmsg", sendto: "user", to_user_id: users[1].userId, content: "hello" }));
    frames.push(await others[0].next((m) => m.type === "msg"));
    frames.push(await sender.request({ action: "sendmsg", sendto: "group", to_group_id: groupId, content: "to all" }));
    for (const other of others) frames.push(await other.next((m) => m.type === "msg"));
    frames.push(await sender.request({ action: "sendmsg", sendto: "group", to_group_id: groupId + 1, content: "lost" }));
    return { frames, senderInbox: sender.inbox };
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}

test("the floor answers binds and sends with the real server's frames, field for field", async () => {
  const product = await exchange(server.socketPort);
  const bare = await exchange(floor.port);
  assert.equal(shape(bare.frames), shape(product.frames));
  assert.deepEqual(bare.senderInbox, [], "the sender is not pushed its own group message"); // pushed before its ack
});

test("the floor refuses bad frames with an error and sends before a bind with a refusal ack, and stays up", async () => {
  const client = await JsonSocketClient.connect(floor.port);
  client.socket.write(Buffer.from([0, 6, 1, 2, 3, 4]));
  assert.deepEqual(await client.next(), { type: "error", code: "BAD_REQUEST", info: "frame body is not base64" });
  const ack = await client.request({ action: "sendmsg", sendto: "user", to_user_id: 1, content: "x" });
  assert.deepEqual(ack, { type: "ack", action: "sendmsg", seq: 1, status: "0000", info: "bind a user first", code: "FORBIDDEN" });
  client.socket.write(Buffer.from([0, 1]));
  assert.deepEqual(await client.next(), { type: "error", code: "BAD_REQUEST", info: "frame length 1 is below 2" });
  await client.closed;
  const again = await JsonSocketClient.connect(floor.port);
  assert.equal((await again.bind(seeded.users[0].userId, "any")).status, "1111");
  await again.close();
});
