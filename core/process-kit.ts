// Test support (not a test): whole server processes (`core/main.ts`: edge + core) over one data folder, with users
// made through the signed HTTP API, for the tests that need several nodes or a killed node.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { callSignedApi, type SignedCall } from "../shared/signed-api/client.ts";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { nodeEntry, spawnListening, type Spawned } from "../edge/spawn-listening.ts";

const key = "2108a4c486350f3a";
const devCode = "123456";

export interface ServerProcess extends Spawned {
  apiUrl: string;
  socketPort: number;
}

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "im-proc-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts edge + core on ports chosen by the OS over the given data folder. */
export async function startServerProcess(dir: string, env: Record<string, string> = {}, nodeFlags: string[] = []): Promise<ServerProcess> {
  const all = { IM_DATA_DIR: dir, IM_HOST: "127.0.0.1", IM_API_PORT: "0", IM_SOCKET_PORT: "0", IM_SMS_DEV_CODE: devCode, ...env };
  const spawned = await spawnListening(...nodeEntry("core/main.ts", nodeFlags), all, 30_000, ["json-socket", "signed-api"]);
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
