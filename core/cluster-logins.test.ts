// The recent-logins record shared over a cluster's IPC: a worker's questions answered from the primary's record, what
// it is told recorded, and a channel that is gone or silent counted as a miss. Over a real MessageChannel.
import assert from "node:assert/strict";
import { test } from "node:test";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { RecentLogins } from "../shared/crypto/recent-logins.ts";
import { type Channel, serveSharedLogins, sharedLoginsOver } from "./cluster-logins.ts";

const channelOf = (port: MessagePort): Channel => ({ send: (m) => port.postMessage(m), on: (e, listener) => port.on(e, listener) });

test("a worker reads and adds to the primary's record over the channel", async () => {
  const { port1, port2 } = new MessageChannel();
  const record = new RecentLogins();
  serveSharedLogins(channelOf(port1), record);
  const shared = sharedLoginsOver(channelOf(port2));
  try {
    assert.equal(await shared.checkedAt("entry"), undefined);
    const now = Date.now();
    shared.remember("entry", now);
    assert.equal(await shared.checkedAt("entry"), now);
    assert.equal(await record.checkedAt("entry"), now, "kept by the primary");
    port1.postMessage({ kind: "recent-login!", entry: 5, checkedAt: "x" }); // malformed: ignored
    assert.equal(await shared.checkedAt("entry"), now);
  } finally {
    port1.close();
    port2.close();
  }
});

test("no answer from the primary is a miss, not a hang", async () => {
  const { port1, port2 } = new MessageChannel();
  const shared = sharedLoginsOver(channelOf(port2)); // nobody serves port1
  try {
    assert.equal(await shared.checkedAt("entry"), undefined);
    const gone: Channel = {
      send: () => {
        throw new Error("channel closed");
      },
      on: () => {},
    };
    assert.equal(await sharedLoginsOver(gone).checkedAt("entry"), undefined);
    sharedLoginsOver(gone).remember("entry", Date.now()); // does not throw
  } finally {
    port1.close();
    port2.close();
  }
});
