// Test support (not a test): server entries as child processes, started once their "listening" log lines appear,
// so tests can run several processes over one database file, kill one, or run the edge under Deno; and whole
// all-in-one servers (edge + core) with users made through their signed HTTP API.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { callSignedApi, type SignedCall } from "../shared/signed-api/client.ts";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { devCode, testEnv } from "./temp-domain.ts";

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

/**
 * Runs `command args` in the repo root with env added; resolves once every expected service logged "listening" and,
 * when `readyMsg` is given, a line with that msg appeared (a cluster primary's "workers ready").
 */
export function spawnListening(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
  services: string[] = ["signed-api"],
  readyMsg?: string,
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
      for (const [, service, port] of out.matchAll(/"msg":"listening",[^\n]*?"service":"([^"]+)"[^\n]*?"port":(\d+)/g)) {
        ports[service] = Number(port);
        first ||= Number(port);
      }
      if (services.every((s) => s in ports) && (readyMsg === undefined || out.includes(`"msg":"${readyMsg}"`))) {
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

const key = "2108a4c486350f3a";

export interface ServerProcess extends Spawned {
  apiUrl: string;
  socketPort: number;
}

/**
 * Starts an all-in-one server (edge + core) on ports chosen by the OS over the given data folder; with IM_WORKERS
 * above 1 in env, once every worker is ready.
 */
export async function startServerProcess(dir: string, env: Record<string, string> = {}, nodeFlags: string[] = []): Promise<ServerProcess> {
  const all = testEnv(dir, env);
  const readyMsg = Number(all.IM_WORKERS) > 1 ? "workers ready" : undefined;
  const services = ["json-socket", "teamtalk", "msfs", "signed-api"];
  const spawned = await spawnListening(...nodeEntry("all-in-one/main.ts", nodeFlags), all, 30_000, services, readyMsg);
  return { ...spawned, apiUrl: `http://127.0.0.1:${spawned.ports["signed-api"]}/`, socketPort: spawned.ports["json-socket"] };
}

export function call(server: { apiUrl: string }, request: SignedCall) {
  return callSignedApi(server.apiUrl, request, key);
}

/** Registers and logs in a telephone through a server's HTTP API. */
export async function signUp(server: { apiUrl: string }, telephone: string): Promise<{ userId: number; token: string }> {
  const data = { telephone, password: "secret1", sms_code: devCode };
  await call(server, { method: "com.user.register", data });
  const login = await call(server, { method: "com.user.login", data });
  if (login.body.status !== "1111") throw new Error(`login ${telephone}: ${JSON.stringify(login.body)}`);
  const session = login.body.data as { user_id: number; token: string };
  return { userId: session.user_id, token: session.token };
}

/** A socket connected to a server process and bound to the user. */
export async function boundSocket(server: ServerProcess, user: { userId: number; token: string }, extra = {}): Promise<JsonSocketClient> {
  const client = await JsonSocketClient.connect(server.socketPort);
  const ack = await client.bind(user.userId, user.token, extra);
  if (ack.status !== "1111") throw new Error(`bind: ${JSON.stringify(ack)}`);
  return client;
}

/** Runs `command args` in the repo root to its end; resolves with the exit code and everything it printed. */
export function runToEnd(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, output })));
}
