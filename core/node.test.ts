// Core node housekeeping: renewed tokens are blanked in the log once their delivery window has passed, nodes whose
// heartbeat stopped are forgotten with their connections, and a node restarting under its id starts clean.
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { after, before, test } from "node:test";
import { events, nodes, presence } from "../shared/db/schema.ts";
import { nowS } from "../shared/domain/context.ts";
import { appendEvent } from "../shared/domain/events.ts";
import { heartbeatNode, isUserOnline, nodeStaleAfterS, recordConnection } from "../shared/domain/presence.ts";
import { openTempDomain, type TempDomain } from "../test-kit/temp-domain.ts";
import { eventually, sleep } from "../test-kit/wait.ts";
import { sealTokenEvent } from "../shared/domain/sealed-tokens.ts";
import { CoreNode } from "./node.ts";

let server: TempDomain;
before(async () => (server = await openTempDomain()));
after(() => server.close());

test("a renewed token stays (sealed) in the log for a minute, then is blanked", async () => {
  const d = server.domain;
  const node = await CoreNode.start(d, { heartbeatMs: 30 });
  try {
    const event = sealTokenEvent(d.secret, "f".repeat(32), 1);
    const id = await d.db.transaction((tx) => appendEvent(d, tx, { userId: 1 }, event));
    const payload = async () => (await d.db.select().from(events).where(eq(events.id, id)))[0].payload;
    await sleep(150); // a few housekeeping rounds see the event in the log
    assert.ok((await payload()).includes(event.sealed!), "still there within the minute");
    server.advance(61);
    await eventually(async () => !(await payload()).includes(event.sealed!), "the token to be blanked");
    assert.deepEqual(JSON.parse(await payload()), {});
  } finally {
    await node.stop();
    server.advance(-61);
  }
});

test("a node whose heartbeat stopped is forgotten, and its connections no longer make users online", async () => {
  const d = server.domain;
  const now = nowS(d);
  await heartbeatNode(d.db, "dead-node", now - nodeStaleAfterS - 1);
  await recordConnection(d.db, { connId: "c-dead", nodeId: "dead-node", userId: 42, protocol: "json-socket" }, now);
  assert.equal(await isUserOnline(d.db, 42, now), false, "a stale node does not count even before it is removed");
  const node = await CoreNode.start(d, { heartbeatMs: 30 });
  try {
    await eventually(
      async () => (await d.db.select().from(nodes).where(eq(nodes.nodeId, "dead-node"))).length === 0,
      "the dead node to go",
    );
    assert.equal((await d.db.select().from(presence).where(eq(presence.connId, "c-dead"))).length, 0);
  } finally {
    await node.stop();
  }
});

test("a node restarting under its IM_NODE_ID drops the connections its earlier run left", async () => {
  const d = server.domain;
  const config = { ...d.config, nodeId: "fixed-node" };
  await heartbeatNode(d.db, "fixed-node", nowS(d));
  await recordConnection(d.db, { connId: "c-left", nodeId: "fixed-node", userId: 43, protocol: "json-socket" }, nowS(d));
  assert.equal(await isUserOnline(d.db, 43, nowS(d)), true);
  const node = await CoreNode.start({ ...d, config });
  try {
    assert.equal(node.nodeId, "fixed-node");
    assert.equal(await isUserOnline(d.db, 43, nowS(d)), false);
  } finally {
    await node.stop();
  }
  assert.equal((await d.db.select().from(nodes).where(eq(nodes.nodeId, "fixed-node"))).length, 0, "a clean stop removes the node");
});
