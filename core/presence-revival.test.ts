// Regression test for presence revival (core/node.ts housekeeping, shared/domain/presence.ts): a core node that another
// node took for dead — its `nodes` row and its `presence` rows deleted by removeDeadNodes — records its bound
// connections again at its next heartbeat, so its users count as online again (token renewal and every edge's view of
// who is online depend on it). Real pieces only: a signed-API server on a temp libSQL file, a CoreNode heartbeating
// every 50 ms, its JSON-socket listener on 127.0.0.1:0, and JSON-socket clients over TCP.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { nodes, presence } from "../shared/db/schema.ts";
import { nowS } from "../shared/domain/context.ts";
import { isUserOnline, nodeStaleAfterS, removeDeadNodes } from "../shared/domain/presence.ts";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { startTestServer, type TestServer } from "../test-kit/signed-api-server.ts";
import { eventually } from "../test-kit/wait.ts";
import { listenJsonSocket } from "./json-socket/listener.ts";
import { ConnectionBudget } from "./tcp/connection-budget.ts";
import type { TcpListener } from "./tcp/listener.ts";
import { CoreNode } from "./node.ts";

describe("a node taken for dead records its connections again", () => {
  let server: TestServer;
  let node: CoreNode;
  let listener: TcpListener;
  const clients: JsonSocketClient[] = [];

  before(async () => {
    server = await startTestServer();
    node = await CoreNode.start(server.domain, { heartbeatMs: 50 });
    listener = await listenJsonSocket(node, { host: "127.0.0.1", port: 0, budget: new ConnectionBudget(100) });
  });

  after(async () => {
    for (const c of clients) c.socket.destroy();
    await listener?.close();
    await node?.stop();
    await server?.close();
  });

  const db = () => server.domain.db;
  const now = () => nowS(server.domain);
  const online = (userId: number) => isUserOnline(db(), userId, now());
  /** This node's presence rows, by conn_id. */
  const rowsOfNode = async () =>
    (await db().select().from(presence).where(eq(presence.nodeId, node.nodeId))).sort((a, b) => a.connId.localeCompare(b.connId));
  const nodeRows = () => db().select().from(nodes).where(eq(nodes.nodeId, node.nodeId));

  async function boundClient(user: { userId: number; token: string }): Promise<JsonSocketClient> {
    const client = await JsonSocketClient.connect(listener.port);
    clients.push(client);
    const ack = await client.bind(user.userId, user.token);
    assert.equal(ack.status, "1111", JSON.stringify(ack));
    return client;
  }

  /** What another node's housekeeping does once this node's heartbeat looks stale: here its clock runs ahead. */
  async function takenForDead(): Promise<void> {
    const removed = await removeDeadNodes(db(), now() + nodeStaleAfterS + 1);
    assert.equal(removed, 1, "this node (the only one) was removed");
  }

  test("its bound connection's presence row comes back within a second, with the client's client_id", async () => {
    const user = await server.newUser();
    const client = await boundClient(user);
    assert.equal(await online(user.userId), true, "online once bound");
    const [row] = await rowsOfNode();
    assert.equal(row?.connId, client.clientId);

    await takenForDead();
    await eventually(async () => await online(user.userId), "online again within a second", 1_000);
    const rows = await rowsOfNode();
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0].connId, client.clientId, "the same conn_id as the client's client_id");
    assert.equal(rows[0].userId, user.userId);
    assert.equal(rows[0].protocol, "json-socket");
    assert.equal((await nodeRows()).length, 1, "the node is known again");
    client.socket.destroy();
    await eventually(async () => !(await online(user.userId)), "offline once its connection closed", 1_000);
  });

  test("every bound connection is recorded again, closed ones are not; and again after a second death", async () => {
    const alice = await server.newUser();
    const bob = await server.newUser();
    const carol = await server.newUser();
    const a1 = await boundClient(alice);
    const a2 = await boundClient(alice);
    const b1 = await boundClient(bob);
    const c1 = await boundClient(carol);
    c1.socket.destroy(); // carol leaves before the node is taken for dead
    await eventually(async () => !(await online(carol.userId)), "carol offline once closed", 1_000);
    const expected = [a1, a2, b1].map((c) => c.clientId).sort();

    for (const round of [1, 2]) {
      await takenForDead();
      await eventually(
        async () => (await rowsOfNode()).length === expected.length,
        `round ${round}: all three connections recorded again within a second`,
        1_000,
      );
      const rows = await rowsOfNode();
      assert.deepEqual(
        rows.map((r) => r.connId),
        expected,
        `round ${round}: the same conn_ids`,
      );
      const userOf = new Map(rows.map((r) => [r.connId, r.userId]));
      assert.equal(userOf.get(a1.clientId), alice.userId);
      assert.equal(userOf.get(a2.clientId), alice.userId);
      assert.equal(userOf.get(b1.clientId), bob.userId);
      assert.equal(await online(alice.userId), true);
      assert.equal(await online(bob.userId), true);
      assert.equal(await online(carol.userId), false, `round ${round}: carol's closed connection is not revived`);
    }

    // the revived connections still get live messages
    const ack = await a1.request({ action: "sendmsg", sendto: "user", to_user_id: bob.userId, content: "after revival" });
    assert.equal(ack.status, "1111", JSON.stringify(ack));
    const push = await b1.next((m) => m.type === "msg" && m.from_user_id === alice.userId);
    assert.equal(push.content, "after revival");
  });
});
