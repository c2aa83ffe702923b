// Test support for the JSON socket (not a test): a "stack" is a real signed-API server (HTTP, temp libSQL file) plus
// a core node with its JSON-socket listener on port 0 over the same domain. Stacks are started on first use, one per
// configuration, and all stopped by stopStacks(). Also: raw frames, users, friends and groups made over HTTP, and
// small waits on JsonSocketClient (flush, closed-within).
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { encodeFrame } from "../../shared/codecs/json-frame.ts";
import { encryptText, sealJson } from "../../shared/crypto/aes-envelope.ts";
import { JsonSocketClient } from "../../shared/signed-api/socket-client.ts";
import type { Fields } from "../../shared/signed-api/fields.ts";
import { startTestServer, type TestServer } from "../../edge/test-support.ts";
import { CoreNode } from "../node.ts";
import { startCore } from "../start-core.ts";
import type { TcpListener as JsonSocketListener } from "../tcp/listener.ts";
import type { TransportLimits as ConnectionLimits } from "../tcp/transport.ts";
import { listenJsonSocket } from "./listener.ts";

export const key = "2108a4c486350f3a";

export interface User {
  userId: number;
  token: string;
  phone: string;
}

export interface Stack {
  server: TestServer;
  node: CoreNode;
  port: number;
  /** Set when the stack was started with explicit limits (listenJsonSocket); null with startCore. */
  listener: JsonSocketListener | null;
  newUser(): Promise<User>;
  /** A new connection (init already received); closed when the stack stops. */
  connect(): Promise<JsonSocketClient>;
  /** A new connection bound to the user (the bind must succeed). */
  connectAs(user: User, extra?: Fields): Promise<JsonSocketClient>;
  /** Calls a signed-API method as the user (user_id and token filled in). */
  callAs(user: User, method: string, data?: Fields): Promise<Fields>;
  stop(): Promise<void>;
}

let lastPhone = 13600000000;

async function startStack(env: Record<string, string>, limits?: Partial<ConnectionLimits>): Promise<Stack> {
  const server = await startTestServer({ IM_SOCKET_PORT: "0", ...env });
  let node: CoreNode;
  let port: number;
  let listener: JsonSocketListener | null = null;
  let stopCore: () => Promise<void>;
  if (limits) {
    node = await CoreNode.start(server.domain);
    const l = (listener = await listenJsonSocket(node, "127.0.0.1", 0, limits));
    port = l.port;
    stopCore = async () => {
      await l.close();
      await node.stop();
    };
  } else {
    const core = await startCore(server.domain);
    ({ node, socketPort: port } = core);
    stopCore = () => core.stop();
  }
  const clients = new Set<JsonSocketClient>();
  const stack: Stack = {
    server,
    node,
    port,
    listener,
    async newUser() {
      const phone = String(++lastPhone);
      return { ...(await server.signUp(phone)), phone };
    },
    async connect() {
      const client = await JsonSocketClient.connect(port);
      clients.add(client);
      return client;
    },
    async connectAs(user, extra = {}) {
      const client = await stack.connect();
      const ack = await client.bind(user.userId, user.token, extra);
      assert.equal(ack.status, "1111", `bind of user ${user.userId}: ${JSON.stringify(ack)}`);
      return client;
    },
    async callAs(user, method, data = {}) {
      const reply = await server.call(method, { user_id: user.userId, ...data }, { token: user.token });
      return reply.body;
    },
    async stop() {
      for (const c of clients) c.socket.destroy();
      await stopCore();
      await server.close();
    },
  };
  return stack;
}

const stacks = new Map<string, Promise<Stack>>();

/** The stack for this environment and these limits, started on first use. */
export function stackWith(env: Record<string, string> = {}, limits?: Partial<ConnectionLimits>): Promise<Stack> {
  const id = JSON.stringify([env, limits ?? null]);
  let stack = stacks.get(id);
  if (!stack) stacks.set(id, (stack = startStack(env, limits)));
  return stack;
}

export async function stopStacks(): Promise<void> {
  const all = [...stacks.values()];
  stacks.clear();
  for (const s of await Promise.allSettled(all)) if (s.status === "fulfilled") await s.value.stop();
}

// ---- raw frames ----

/** A frame around an arbitrary body text (no checks). */
export const frameOfText = (body: string): Buffer => Buffer.from(encodeFrame(Buffer.from(body, "latin1")));
/** A well-formed frame of any JSON value, sealed with the server's key (or another). */
export const frameOfJson = (value: unknown, withKey = key): Buffer => frameOfText(sealJson(value, withKey));
/** A frame whose body decrypts to this text (which need not be JSON). */
export const frameOfPlain = (plain: string): Buffer => frameOfText(encryptText(plain, key).toString("base64"));

// ---- HTTP shortcuts ----

export function assertOk(body: Fields, what: string): void {
  assert.equal(body.status, "1111", `${what}: ${JSON.stringify(body)}`);
}

/** from asks, to agrees (com.user.addfriend addMsg, agreeMsg). */
export async function befriend(stack: Stack, from: User, to: User): Promise<void> {
  assertOk(await stack.callAs(from, "com.user.addfriend", { opt: "addMsg", mobile: to.phone }), "addfriend addMsg");
  assertOk(await stack.callAs(to, "com.user.addfriend", { opt: "agreeMsg", sender: from.userId }), "addfriend agreeMsg");
}

export async function createGroup(stack: Stack, founder: User): Promise<number> {
  const body = await stack.callAs(founder, "com.user.createGroup", { group_name: "test group" });
  assertOk(body, "createGroup");
  return (body.data as { group_id: number }).group_id;
}

/** The founder befriends and invites the user (com.user.addGroup addMsg); the invitation is left open. */
export async function invite(stack: Stack, founder: User, groupId: number, user: User): Promise<void> {
  await befriend(stack, founder, user);
  assertOk(await stack.callAs(founder, "com.user.addGroup", { opt: "addMsg", group_id: groupId, friends: [user.userId] }), "addGroup addMsg");
}

/** A group of the founder and these members, who joined through HTTP (addGroup agreeMsg). */
export async function groupOf(stack: Stack, founder: User, members: User[]): Promise<number> {
  const groupId = await createGroup(stack, founder);
  for (const m of members) {
    await invite(stack, founder, groupId, m);
    assertOk(await stack.callAs(m, "com.user.addGroup", { opt: "agreeMsg", group_id: groupId, friend_id: founder.userId }), "addGroup agreeMsg");
  }
  return groupId;
}

// ---- waits ----

let flushes = 0;

/** A ping round trip: everything the server wrote to this connection before answering it has been received. */
export async function flush(client: JsonSocketClient): Promise<void> {
  const seq = `flush-${++flushes}`;
  const pong = client.next((m) => m.type === "pong" && m.seq === seq, 5_000);
  client.send({ action: "ping", seq });
  assert.deepEqual(await pong, { type: "pong", seq });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** True when the connection closes within ms. */
export async function closesWithin(client: JsonSocketClient, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const result = await Promise.race([client.closed.then(() => true as const), timeout]);
  clearTimeout(timer);
  return result;
}

/** Waits until the condition holds, polling every 10 ms; false when it did not within ms. */
export async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) return false;
    await sleep(10);
  }
  return true;
}
