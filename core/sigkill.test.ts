// A core node killed with SIGKILL in the middle of traffic loses no acknowledged message: senders on the surviving
// node keep going, and the receiver that was on the killed node reconnects, binds and gets everything it missed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { boundSocket, signUp, startServerProcess } from "../test-kit/processes.ts";
import { tempDir } from "../test-kit/temp-domain.ts";
import { keepSending, receivedIds } from "../test-kit/traffic.ts";
import { eventually } from "../test-kit/wait.ts";

test("SIGKILL of a node mid-traffic loses no acknowledged message", { timeout: 120_000 }, async () => {
  const data = tempDir();
  const survivor = await startServerProcess(data.dir, { IM_NODE_ID: "survivor" });
  let victim = await startServerProcess(data.dir, { IM_NODE_ID: "victim" });
  try {
    const [carol, dave, erin, frank] = await Promise.all(
      ["13500000001", "13500000002", "13500000003", "13500000004"].map((phone) => signUp(survivor, phone)),
    );
    // carol (survivor) → dave (victim); erin (victim) → frank (survivor)
    const carolSocket = await boundSocket(survivor, carol);
    const frankSocket = await boundSocket(survivor, frank);
    const daveSocket = await boundSocket(victim, dave, { ack: true });
    const erinSocket = await boundSocket(victim, erin);
    const toDave = keepSending(carolSocket, dave.userId);
    const toFrank = keepSending(erinSocket, frank.userId);
    await eventually(() => toDave.acked.length >= 40 && toFrank.acked.length >= 40, "40 acked each way", 30_000);

    victim.child.kill("SIGKILL");
    await Promise.all([daveSocket.closed, erinSocket.closed, toFrank.stop()]);
    const sentWhileDown = toDave.acked.length + 20;
    await eventually(() => toDave.acked.length >= sentWhileDown, "20 more acked to dave while the victim is down", 30_000);
    await toDave.stop();

    // Everything the victim acknowledged to erin before dying reaches frank on the survivor.
    const lastToFrank = toFrank.acked.at(-1)!;
    const frankGot = await receivedIds(frankSocket, lastToFrank);
    for (const id of toFrank.acked) assert.ok(frankGot.includes(id), `frank missed ${id}`);

    // dave comes back on the restarted node and gets every acknowledged message, in order, above his acks (none).
    victim = await startServerProcess(data.dir, { IM_NODE_ID: "victim" });
    const daveAgain = await boundSocket(victim, dave, { ack: true });
    const daveGot = await receivedIds(daveAgain, toDave.acked.at(-1)!);
    assert.deepEqual(
      daveGot,
      [...daveGot].sort((x, y) => x - y),
      "in order",
    );
    for (const id of toDave.acked) assert.ok(daveGot.includes(id), `dave missed ${id}`);
    await Promise.all([carolSocket.close(), frankSocket.close(), daveAgain.close()]);
  } finally {
    await Promise.all([survivor.stop(), victim.stop()]);
    data.remove();
  }
});
