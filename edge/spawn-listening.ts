// Test support (not a test): starts a server entry as a child process and waits for its "listening" log line,
// so tests can run several processes over one database file, or the edge under Deno.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export interface Spawned {
  /** The port of the first service that listened. */
  port: number;
  /** Every service's port, by the `service` of its "listening" line. */
  ports: Record<string, number>;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Runs `command args` in the repo root with env added; resolves once every expected service logged "listening". */
export function spawnListening(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
  services: string[] = ["signed-api"],
): Promise<Spawned> {
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`no listening line within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const ports: Record<string, number> = {};
      let first = 0;
      for (const [, service, port] of out.matchAll(/"msg":"listening","service":"([^"]+)"[^\n]*?"port":(\d+)/g)) {
        ports[service] = Number(port);
        first ||= Number(port);
      }
      if (services.every((s) => s in ports)) {
        clearTimeout(timer);
        resolve({ port: first, ports, child, output: () => out, stop });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${out}`));
    });
  });
}

/** `node [flags] --import tsx <entry>`: a TypeScript entry under Node. */
export function nodeEntry(entry: string, flags: string[] = []): [string, string[]] {
  return [process.execPath, [...flags, "--import", "tsx", entry]];
}
