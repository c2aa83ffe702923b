// IM_WORKERS=2: an all-in-one server started as a cluster primary with two core workers, two node ids on the one
// database, sharing every port but msfs's, which the primary serves. Messages cross the workers; a worker killed with
// SIGKILL mid-traffic is replaced under its node id, and every acknowledged message reaches its recipient. A worker
// that cannot start stops the start.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { test } from "node:test";
import { presence } from "../shared/db/schema.ts";
import type { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { boundSocket, nodeEntry, runToEnd, signUp, startServerProcess } from "../test-kit/processes.ts";
import { openTempDomain, tempDir, testEnv } from "../test-kit/temp-domain.ts";
import { keepSending, receivedIds } from "../test-kit/traffic.ts";
import { eventually } from "../test-kit/wait.ts";

interface WorkerLine {
  worker: number;
  pid: number;
  nodeId: string;
}

/** The primary's "worker ready" lines so far, in order. */
function readyWorkers(output: string): WorkerLine[] {
  const whole = output.split("\n").slice(0, -1);
  return whole.filter((line) => line.includes('"msg":"worker ready"')).map((line) => JSON.parse(line) as WorkerLine);
}

/** The node holding each user's connection, from the presence table. */
async function nodeOfUser(dir: string): Promise<Map<number, string>> {
  const temp = await openTempDomain({}, dir);
  try {
    const rows = await temp.domain.db.select({ userId: presence.userId, nodeId: presence.nodeId }).from(presence);
    return new Map(rows.map((r) => [r.userId, r.nodeId]));
  } finally {
    temp.close();
  }
}

test("two workers share the ports, deliver across each other, and a SIGKILLed one is replaced losing no acknowledged message", {
  timeout: 180_000,
}, async () => {
  const data = tempDir();
  const server = await startServerProcess(data.dir, { IM_WORKERS: "2" });
  const sockets: JsonSocketClient[] = [];
  try {
    const [first, second] = readyWorkers(server.output());
    assert.equal(readyWorkers(server.output()).length, 2);
    assert.notEqual(first.nodeId, second.nodeId);
    assert.equal(server.output().match(/"msg":"push API key generated"/g)?.length, 1, "the workers agree on one push key");
    assert.equal(server.output().match(/"service":"msfs"/g)?.length, 1, "msfs runs once, in the primary");
    const image = new FormData();
    image.append("file0", new Blob(["an image"], { type: "image/png" }), "a.png");
    const stored = (await (await fetch(`http://127.0.0.1:${server.ports.msfs}/`, { method: "POST", body: image })).json()) as {
      url: string;
    };
    assert.equal(await (await fetch(stored.url)).text(), "an image");

    const phones = Array.from({ length: 8 }, (_, i) => `1370000000${i}`);
    const users = await Promise.all(phones.map((phone) => signUp(server, phone)));
    for (const user of users) sockets.push(await boundSocket(server, user, { ack: true }));
    const nodes = await nodeOfUser(data.dir);
    const on = (nodeId: string) => users.map((u, i) => ({ ...u, socket: sockets[i] })).filter((u) => nodes.get(u.userId) === nodeId);
    const [survivors, victims] = [on(first.nodeId), on(second.nodeId)];
    assert.ok(survivors.length >= 2 && victims.length >= 2, `both workers hold connections: ${[...nodes.values()]}`);
    assert.equal(survivors.length + victims.length, users.length);

    // One sender on each worker, each sending to a user on the other one.
    const [s1, s2] = survivors;
    const [v1, v2] = victims;
    const toVictim = keepSending(s1.socket, v1.userId);
    const toSurvivor = keepSending(v2.socket, s2.userId);
    assert.equal((await v1.socket.next((m) => m.type === "msg")).from_user_id, s1.userId);
    const firstToS2 = await s2.socket.next((m) => m.type === "msg");
    assert.equal(firstToS2.from_user_id, v2.userId);
    await eventually(() => toVictim.acked.length >= 40 && toSurvivor.acked.length >= 40, "40 acked each way", 30_000);

    process.kill(second.pid, "SIGKILL");
    await Promise.all([...victims.map((v) => v.socket.closed), toSurvivor.stop()]);
    const sentWhileDown = toVictim.acked.length + 20;
    await eventually(() => toVictim.acked.length >= sentWhileDown, "20 more acked to a user of the dead worker", 30_000);
    await eventually(() => readyWorkers(server.output()).length === 3, "the worker replaced", 60_000);
    await toVictim.stop();
    const replacement = readyWorkers(server.output())[2];
    assert.deepEqual([replacement.worker, replacement.nodeId], [second.worker, second.nodeId]);
    assert.notEqual(replacement.pid, second.pid);

    // Everything the dead worker acknowledged reaches the user on the survivor.
    const s2Got = [Number(firstToS2.msg_id), ...(await receivedIds(s2.socket, toSurvivor.acked.at(-1)!))];
    for (const id of toSurvivor.acked) assert.ok(s2Got.includes(id), `missed ${id}`);
    // The user of the dead worker reconnects (to either worker) and gets every acknowledged message, in order.
    const again = await boundSocket(server, v1, { ack: true });
    sockets.push(again);
    const v1Got = await receivedIds(again, toVictim.acked.at(-1)!);
    assert.deepEqual(
      v1Got,
      [...v1Got].sort((x, y) => x - y),
      "in order",
    );
    for (const id of toVictim.acked) assert.ok(v1Got.includes(id), `missed ${id}`);
  } finally {
    await Promise.all(sockets.map((s) => s.close()));
    await server.stop();
    data.remove();
  }
  assert.equal(server.child.exitCode, 0, "SIGTERM stops the workers and the primary cleanly");
});

test("a worker that cannot start stops the whole start instead of being restarted", { timeout: 60_000 }, async () => {
  const data = tempDir();
  const taken = createServer();
  await new Promise<void>((listening) => taken.listen(0, "127.0.0.1", listening));
  const port = (taken.address() as { port: number }).port;
  try {
    const env = testEnv(data.dir, { IM_WORKERS: "2", IM_SOCKET_PORT: String(port) });
    const run = await runToEnd(...nodeEntry("all-in-one/main.ts"), env);
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, /"msg":"a worker exited while starting; stopping"/);
    assert.doesNotMatch(run.output, /replacing it/);
  } finally {
    taken.close();
    data.remove();
  }
});
