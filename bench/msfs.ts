// The msfs phases of `npm run bench`: upload and download MB/s of 100 KiB and 5 MiB files on the local store against
// a plain file copy (read, write, fsync) on the same disk in alternating rounds of the same run, 4 at a time each
// (`BENCH_MSFS_IN_FLIGHT`), with the server's RSS; then 200 concurrent downloads of one 5 MiB file, with the server's
// RSS before and at its peak.
import { randomBytes } from "node:crypto";
import { createReadStream, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { ServerProcess } from "../test-kit/processes.ts";
import { LeanHttp } from "./lean-http.ts";
import { cpuSecondsOf, rssKbOf, withPeak } from "./proc-stats.ts";

type Report = (what: string, value: string) => void;

const rssMiB = (pid: number) => rssKbOf(pid) / 1024;

/** Runs the work while sampling the server's RSS; resolves with the work's result, the highest RSS seen and the server's CPU ms. */
async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMiB: number; cpuMs: number }> {
  const cpu0 = cpuSecondsOf([pid]);
  const { result, peak } = await withPeak(() => rssMiB(pid), work);
  return { result, peakMiB: peak, cpuMs: (cpuSecondsOf([pid]) - cpu0) * 1000 };
}

async function copyFile(from: string, to: string): Promise<void> {
  const out = await open(to, "w");
  for await (const chunk of createReadStream(from)) await out.write(chunk as Buffer);
  await out.sync();
  await out.close();
}

/** A multipart body as curl sends it, in a whole POST request built once per size. */
function uploadRequestOf(bytes: Uint8Array): Buffer {
  const boundary = "------------------------bench0123456789";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="filename"; filename="bench.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return LeanHttp.request("POST", "/", { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body);
}

async function uploadOnce(client: LeanHttp, request: Buffer): Promise<string> {
  const reply = JSON.parse((await client.send(request, true)).text) as { error_code: number; url: string };
  if (reply.error_code !== 0) throw new Error(`upload failed: ${JSON.stringify(reply)}`);
  return new URL(reply.url).pathname;
}

async function downloadOnce(client: LeanHttp, path: string): Promise<number> {
  const reply = await client.send(LeanHttp.request("GET", path, {}));
  if (reply.status !== 200) throw new Error(`download of ${path}: HTTP ${reply.status}`);
  return reply.size;
}

/** Copies, uploads and downloads alike run this many at a time (a server has several clients; a disk overlaps fsyncs). */
const inFlight = Number(process.env.BENCH_MSFS_IN_FLIGHT ?? 4);

/** Runs `each` for every index in [from, to), `inFlight` at a time; resolves with the seconds it took. */
async function timed(from: number, to: number, each: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let next = from;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < to) await each(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** Copies and uploads alternate in this many rounds, so a disk or machine that speeds up or slows down weighs on both alike. */
const rounds = 3;

/**
 * The copy's and the upload's MB/s over `count` files of `size` bytes, in alternating rounds after a round of each
 * that is not counted (the server's code is compiled, its folders made, the disk awake), with the server's CPU and
 * peak RSS during the uploads. Files `count` and above are the warm-up's.
 */
async function copyAndUpload(
  count: number,
  size: number,
  copyOne: (i: number) => Promise<unknown>,
  uploadOne: (i: number) => Promise<unknown>,
  pid: number,
) {
  const warmUp = Math.ceil(count / rounds);
  await timed(count, count + warmUp, copyOne);
  await timed(count, count + warmUp, uploadOne);
  let [copySeconds, uploadSeconds, serverCpuMs, peakMiB] = [0, 0, 0, 0];
  for (let round = 0; round < rounds; round++) {
    const [from, to] = [Math.floor((count * round) / rounds), Math.floor((count * (round + 1)) / rounds)];
    copySeconds += await timed(from, to, copyOne);
    const up = await withPeakRss(pid, () => timed(from, to, uploadOne));
    [uploadSeconds, serverCpuMs, peakMiB] = [uploadSeconds + up.result, serverCpuMs + up.cpuMs, Math.max(peakMiB, up.peakMiB)];
  }
  const megabytes = (count * size) / 1e6;
  return { copy: megabytes / copySeconds, upload: megabytes / uploadSeconds, serverCpuMs, peakMiB, warmUp };
}

/**
 * How many 100 KiB files (`BENCH_MSFS_FILES`): enough that the server's code is optimized well before the end (at 600,
 * the CPU per upload came out ~30 % higher). The 5 MiB phase uses one in 75, the concurrent downloads one in 7.5.
 */
const smallFiles = Number(process.env.BENCH_MSFS_FILES ?? 1500);

export async function msfsPhases(server: ServerProcess, dataDir: string, report: Report): Promise<void> {
  const client = new LeanHttp(server.ports.msfs);
  try {
    await phasesWith(client, server.child.pid!, dataDir, report);
  } finally {
    client.close();
  }
}

async function phasesWith(client: LeanHttp, pid: number, dataDir: string, report: Report): Promise<void> {
  let bigPath = "";
  for (const [label, size, count] of [
    ["100 KiB", 100 * 1024, smallFiles],
    ["5 MiB", 5 * 1024 * 1024, Math.max(2, Math.round(smallFiles / 75))],
  ] as const) {
    const bytes = randomBytes(size);
    const source = join(dataDir, "bench-source");
    writeFileSync(source, bytes);
    const paths: string[] = [];
    const upload = uploadRequestOf(bytes);
    const { copy, warmUp, ...up } = await copyAndUpload(
      count,
      size,
      (i) => copyFile(source, join(dataDir, `bench-copy-${i}`)),
      async (i) => (paths[i] = await uploadOnce(client, upload)),
      pid,
    );
    for (let i = 0; i < count + warmUp; i++) rmSync(join(dataDir, `bench-copy-${i}`));
    const downloadAll = () =>
      withPeakRss(pid, async () => (count * size) / 1e6 / (await timed(0, count, (i) => downloadOnce(client, paths[i]))));
    const down = await downloadAll();
    const again = await downloadAll();
    bigPath = paths[0];
    report(
      `msfs ${label}: plain file copy on the same disk (read, write, fsync; ${inFlight} at a time; ${rounds} rounds alternating with the uploads), MB/s`,
      copy.toFixed(0),
    );
    const perFile = (ms: number) => `${((ms / count) * 1000).toFixed(0)} µs`;
    report(
      `msfs ${label}: upload MB/s (ratio to the copy, target ≥ 0.7), server CPU per file, server peak RSS MiB`,
      `${up.upload.toFixed(0)} (${(up.upload / copy).toFixed(2)}), ${perFile(up.serverCpuMs)}, ${up.peakMiB.toFixed(0)}`,
    );
    for (const [what, run] of [
      ["first download of each file", down],
      ["second download", again],
    ] as const) {
      report(
        `msfs ${label}: ${what}, MB/s (ratio to the copy), server CPU per file, server peak RSS MiB`,
        `${run.result.toFixed(0)} (${(run.result / copy).toFixed(2)}), ${perFile(run.cpuMs)}, ${run.peakMiB.toFixed(0)}`,
      );
    }
  }
  const concurrentDownloads = Math.max(2, Math.round(smallFiles / 7.5));
  const before = rssMiB(pid);
  const started = performance.now();
  const many = await withPeakRss(pid, () => Promise.all(Array.from({ length: concurrentDownloads }, () => downloadOnce(client, bigPath))));
  const seconds = (performance.now() - started) / 1000;
  const total = many.result.reduce((a, b) => a + b, 0);
  report(`msfs ${concurrentDownloads} concurrent downloads of one 5 MiB file: MB/s`, (total / 1e6 / seconds).toFixed(0));
  report(
    `msfs ${concurrentDownloads} concurrent downloads of one 5 MiB file: server RSS before / peak MiB`,
    `${before.toFixed(0)} / ${many.peakMiB.toFixed(0)}`,
  );
}
