// The bench process's side of the client processes of `BENCH_ONLY=scale` (bench/scale-client.ts): forks them, gives
// each its command at once and sums their replies. One process holds at most ~19 900 sockets, so many clients take many.
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../test-kit/processes.ts";
import type { ScaleCommand, ScaleReply } from "./scale-client.ts";

/** Connects (or first logins) a client process has under way at once. */
export const inFlight = 100;

/** The next message of the child, or a rejection if it exits first. */
function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return reject(new Error("a client process has exited"));
    const onExit = (code: number | null, signal: string | null) =>
      reject(new Error(`a client process exited (${code ?? signal}) before answering`));
    child.once("exit", onExit);
    child.once("message", (message) => {
      child.off("exit", onExit);
      resolve(message);
    });
  });
}

export class ClientFleet {
  private constructor(readonly children: ChildProcess[]) {}

  /** Forks `size` client processes; resolves once each is listening for commands. */
  static async start(size: number): Promise<ClientFleet> {
    const children = Array.from({ length: size }, () =>
      fork(join(repoRoot, "bench/scale-client.ts"), [], { cwd: repoRoot, execArgv: ["--import", "tsx"], stdio: "inherit" }),
    );
    const fleet = new ClientFleet(children);
    try {
      await Promise.all(children.map(nextMessage));
    } catch (err) {
      await fleet.stop();
      throw err;
    }
    return fleet;
  }

  get pids(): number[] {
    return this.children.map((child) => child.pid!);
  }

  /** The items dealt over the processes in contiguous shares as even as can be: process i gets the i-th. */
  split<T>(items: T[]): T[][] {
    const size = this.children.length;
    return this.children.map((_, i) => items.slice(Math.floor((items.length * i) / size), Math.floor((items.length * (i + 1)) / size)));
  }

  /** Sends every process its command (by its index) at once; resolves with their replies summed. */
  async all(command: (index: number) => ScaleCommand): Promise<ScaleReply> {
    const replies = (await Promise.all(
      this.children.map((child, i) => {
        const reply = nextMessage(child);
        child.send(command(i));
        return reply;
      }),
    )) as ScaleReply[];
    const total: ScaleReply = { ok: 0, failed: 0, retries: 0 };
    for (const reply of replies) {
      total.ok += reply.ok;
      total.failed += reply.failed;
      total.retries += reply.retries;
      total.firstError ??= reply.firstError;
    }
    if (total.firstError) console.log(`${total.failed} failed of ${total.ok + total.failed}; the first: ${total.firstError}`);
    return total;
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }),
    );
  }
}
