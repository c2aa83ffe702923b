// The msfs thread's supervision: a thread that dies is started again on the same port; one that cannot listen fails
// the start; close ends it. Real threads: a stand-in that can be made to die, and the msfs thread itself.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { test } from "node:test";
import { loadConfig } from "../../shared/config.ts";
import { createLogger } from "../../shared/log.ts";
import { tempDir, testEnv } from "../../test-kit/temp-domain.ts";
import { eventually, settlesWithin, sleep } from "../../test-kit/wait.ts";
import { startMsfsThread } from "./msfs-in-thread.ts";

function capturedLog() {
  const lines: string[] = [];
  return { lines, log: createLogger("info", {}, { write: (line) => lines.push(line) }) };
}

const get = async (port: number, path = "/") => (await fetch(`http://127.0.0.1:${port}${path}`)).text();

test("a thread that dies is started again on the same port; close ends it", { timeout: 30_000 }, async () => {
  const data = tempDir();
  const { lines, log } = capturedLog();
  const config = loadConfig(testEnv(data.dir));
  const msfs = await startMsfsThread(
    { config, options: { host: "127.0.0.1", port: 0 } },
    log,
    new URL("./dying-thread.fixture.ts", import.meta.url),
  );
  try {
    const first = await get(msfs.port);
    assert.equal(await get(msfs.port, "/die"), first);
    const answerOfAnother = async () => (await get(msfs.port).catch(() => first)) !== first;
    await eventually(answerOfAnother, "another thread answers on the same port", 10_000);
    assert.equal(lines.filter((l) => l.includes("the msfs thread exited; starting it again")).length, 1);
  } finally {
    await msfs.close();
    data.remove();
  }
  await assert.rejects(get(msfs.port), "nothing listens after close");
});

test("a close while the thread is being started again ends it, and nothing listens after", { timeout: 30_000 }, async () => {
  const data = tempDir();
  const { lines, log } = capturedLog();
  const config = loadConfig(testEnv(data.dir));
  const fixture = new URL("./dying-thread.fixture.ts", import.meta.url);
  const msfs = await startMsfsThread({ config, options: { host: "127.0.0.1", port: 0 } }, log, fixture);
  try {
    await get(msfs.port, "/die");
    await eventually(() => lines.some((l) => l.includes("starting it again")), "the death is logged");
    await sleep(1050); // the first restart comes after 1 s: the new thread is booting now
    assert.ok(await settlesWithin(msfs.close(), 10_000), "the close completes");
    await sleep(1500);
    await assert.rejects(get(msfs.port), "nothing listens after close");
  } finally {
    data.remove();
  }
});

test("a thread that cannot listen fails the start, and is not started again", { timeout: 30_000 }, async () => {
  const data = tempDir();
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  const { port } = taken.address() as { port: number };
  const { lines, log } = capturedLog();
  try {
    const config = loadConfig(testEnv(data.dir));
    await assert.rejects(startMsfsThread({ config, options: { host: "127.0.0.1", port } }, log), /EADDRINUSE/);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // longer than the first restart delay
    assert.deepEqual(
      lines.filter((l) => l.includes("starting it again")),
      [],
    );
  } finally {
    taken.close();
    data.remove();
  }
});
