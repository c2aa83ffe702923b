// /proc figures of processes the benchmark started (Linux, as the benchmark is): resident memory, open files, the CPU
// time a group of processes used while some work ran, and the peak of a figure sampled meanwhile.
import { readdirSync, readFileSync } from "node:fs";

/** Resident memory of the process, in KB. */
export const rssKbOf = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]);

/** User + system CPU seconds the processes have used so far (/proc counts 100 ticks a second). */
export function cpuSecondsOf(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // a process that died meanwhile (a crashed worker is reported apart)
    }
    const fields = stat.split(") ")[1].split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

/** Runs the work; resolves with its result, the wall seconds it took, and the cores each group of processes used meanwhile. */
export async function withCpu<T>(groups: number[][], work: () => Promise<T>): Promise<{ result: T; seconds: number; cores: number[] }> {
  const before = groups.map(cpuSecondsOf);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  return { result, seconds, cores: groups.map((pids, i) => (cpuSecondsOf(pids) - before[i]) / seconds) };
}

/** Files (sockets included) the process has open, and its limit. */
export function openFilesOf(pid: number): { open: number; limit: number } {
  const limit = /Max open files\s+(\d+)/.exec(readFileSync(`/proc/${pid}/limits`, "utf8"))![1];
  return { open: readdirSync(`/proc/${pid}/fd`).length, limit: Number(limit) };
}

/** Runs the work while sampling a figure every 100 ms; resolves with the work's result and the highest figure seen. */
export async function withPeak<T>(sample: () => number, work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = sample();
  const timer = setInterval(() => {
    peak = Math.max(peak, sample());
  }, 100);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, sample()) };
  } finally {
    clearInterval(timer);
  }
}
