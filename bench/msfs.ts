// The msfs phases of `npm run bench`: upload and download MB/s of 100 KiB and 5 MiB files on the local store against
// a plain file copy (read, write, fsync) on the same disk in the same run, with the server's RSS; then 200 concurrent
// downloads of one 5 MiB file, with the server's RSS before and at its peak.
import { randomBytes } from "node:crypto";
import { createReadStream, readFileSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { ServerProcess } from "../test-kit/processes.ts";

type Report = (what: string, value: string) => void;

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

/** Runs the work while sampling the server's RSS; resolves with the work's result and the highest RSS seen. */
async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peakMiB = rssMiB(pid);
  const timer = setInterval(() => {
    peakMiB = Math.max(peakMiB, rssMiB(pid));
  }, 20);
  try {
    const result = await work();
    return { result, peakMiB: Math.max(peakMiB, rssMiB(pid)) };
  } finally {
    clearInterval(timer);
  }
}

async function copyFile(from: string, to: string): Promise<void> {
  const out = await open(to, "w");
  for await (const chunk of createReadStream(from)) await out.write(chunk as Buffer);
  await out.sync();
  await out.close();
}

async function uploadOnce(base: string, bytes: Uint8Array): Promise<string> {
  const form = new FormData();
  form.append("file0", new Blob([bytes], { type: "image/jpeg" }), "bench.jpg");
  const reply = (await (await fetch(base, { method: "POST", body: form })).json()) as { error_code: number; url: string };
  if (reply.error_code !== 0) throw new Error(`upload failed: ${JSON.stringify(reply)}`);
  return reply.url;
}

async function downloadOnce(url: string): Promise<number> {
  const res = await fetch(url);
  let size = 0;
  for await (const part of res.body as unknown as AsyncIterable<Uint8Array>) size += part.length;
  return size;
}

/** MB/s of `count` sequential runs of `each`, `size` bytes each. */
async function rate(count: number, size: number, each: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await each(i);
  return (count * size) / 1e6 / ((performance.now() - started) / 1000);
}

export async function msfsPhases(server: ServerProcess, dataDir: string, report: Report): Promise<void> {
  const base = `http://127.0.0.1:${server.ports.msfs}/`;
  const pid = server.child.pid!;
  let bigUrl = "";
  for (const [label, size, count] of [
    ["100 KiB", 100 * 1024, 300],
    ["5 MiB", 5 * 1024 * 1024, 20],
  ] as const) {
    const bytes = randomBytes(size);
    const source = join(dataDir, "bench-source");
    writeFileSync(source, bytes);
    const copy = await rate(count, size, (i) => copyFile(source, join(dataDir, `bench-copy-${i}`)));
    for (let i = 0; i < count; i++) rmSync(join(dataDir, `bench-copy-${i}`));
    const urls: string[] = [];
    const up = await withPeakRss(pid, () => rate(count, size, async () => urls.push(await uploadOnce(base, bytes))));
    const down = await withPeakRss(pid, () => rate(count, size, (i) => downloadOnce(urls[i])));
    bigUrl = urls[0];
    report(`msfs ${label}: plain file copy on the same disk (read, write, fsync), MB/s`, copy.toFixed(0));
    report(
      `msfs ${label}: upload MB/s (ratio to the copy, target ≥ 0.7), server peak RSS MiB`,
      `${up.result.toFixed(0)} (${(up.result / copy).toFixed(2)}), ${up.peakMiB.toFixed(0)}`,
    );
    report(
      `msfs ${label}: download MB/s (ratio to the copy), server peak RSS MiB`,
      `${down.result.toFixed(0)} (${(down.result / copy).toFixed(2)}), ${down.peakMiB.toFixed(0)}`,
    );
  }
  const before = rssMiB(pid);
  const started = performance.now();
  const many = await withPeakRss(pid, () => Promise.all(Array.from({ length: 200 }, () => downloadOnce(bigUrl))));
  const seconds = (performance.now() - started) / 1000;
  const total = many.result.reduce((a, b) => a + b, 0);
  report("msfs 200 concurrent downloads of one 5 MiB file: MB/s", (total / 1e6 / seconds).toFixed(0));
  report(
    "msfs 200 concurrent downloads of one 5 MiB file: server RSS before / peak MiB",
    `${before.toFixed(0)} / ${many.peakMiB.toFixed(0)}`,
  );
}
