// Figures of a server process started with IM_WORKERS (a cluster, or one process when 1): the pids of its primary and
// workers, their memory with the bound connections of each worker, and how many workers had to be replaced.
import type { ServerProcess } from "../test-kit/processes.ts";
import { sleep } from "../test-kit/wait.ts";
import { rssKbOf } from "./proc-stats.ts";

/** The primary's pid and those of the workers running now (the last "worker started" line of each worker number). */
export function serverPids(server: ServerProcess): number[] {
  const byWorker = new Map<number, number>();
  for (const [, n, pid] of server.output().matchAll(/"msg":"worker started","worker":(\d+),"pid":(\d+)/g))
    byWorker.set(Number(n), Number(pid));
  return [server.child.pid!, ...byWorker.values()];
}

/** Workers that exited while serving and were started again. */
export const workersReplaced = (server: ServerProcess): number => server.output().split('"msg":"worker exited; replacing it"').length - 1;

export interface ClusterMemory {
  /** Every worker's RSS after a full GC, plus the primary's RSS. */
  rssKb: number;
  /** The workers' JS heaps after a full GC. */
  heapKb: number;
  /** Bound connections of each worker. */
  connections: number[];
}

/**
 * Asks every worker for its memory (SIGUSR2 to the primary, which forwards it; each worker logs a "memory" line, after
 * a full GC when node runs with --expose-gc) and adds the primary's RSS. With one worker the server is one process,
 * which logs its own line.
 */
export async function clusterMemory(server: ServerProcess, workers: number, timeoutMs = 30_000): Promise<ClusterMemory> {
  const seen = server.output().length;
  server.child.kill("SIGUSR2");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = new Map<string, { rss: number; heap: number; connections: number }>();
    const pattern = /"msg":"memory",(?:"nodeId":"([^"]+)",)?"rss":(\d+),"heapUsed":(\d+),"external":\d+,"connections":(\d+)/g;
    for (const [, nodeId, rss, heap, connections] of server.output().slice(seen).matchAll(pattern))
      lines.set(nodeId ?? "", { rss: Number(rss), heap: Number(heap), connections: Number(connections) });
    if (lines.size >= workers) {
      const all = [...lines.values()];
      const sum = (key: "rss" | "heap") => all.reduce((total, line) => total + line[key], 0) / 1024;
      const primaryKb = workers > 1 ? rssKbOf(server.child.pid!) : 0;
      return { rssKb: sum("rss") + primaryKb, heapKb: sum("heap"), connections: all.map((l) => l.connections) };
    }
    if (Date.now() > deadline) throw new Error(`only ${lines.size} of ${workers} workers reported their memory within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** Waits until the workers hold no bound connection (or timeoutMs passed); resolves with how many they still hold. */
export async function untilUnbound(server: ServerProcess, workers: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Workers busy letting go of many connections may be slow to answer.
    const memory = await clusterMemory(server, workers, Math.max(1000, deadline - Date.now()));
    const left = memory.connections.reduce((a, b) => a + b, 0);
    if (left === 0 || Date.now() > deadline) return left;
    await sleep(1000);
  }
}
