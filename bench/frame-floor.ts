// The JSON socket's floor for `npm run bench`: a bare TCP process speaking just enough of the socket for the bench's
// clients, with the product's frames and crypto and nothing else (no token check, no database, no delivery log). A
// 1:1 `sendmsg` is acked and its push written to the recipient ("echo"); a group one is acked and one push frame,
// sealed once, written to every bound member ("relay"). The group: BENCH_GROUP_ID and BENCH_GROUP_MEMBERS (user ids,
// comma-separated). Run as its own process, as the server is; logs its port as the server's "listening" lines do.
import { Buffer } from "node:buffer";
import { randomBytes } from "node:crypto";
import { type AddressInfo, createServer, type Socket } from "node:net";
import { frameOf, pushesOf } from "../core/json-socket/pushes.ts";
import { defaultTransportLimits } from "../core/tcp/transport.ts";
import { JsonFrameDecoder } from "../shared/codecs/json-frame.ts";
import { openJson } from "../shared/crypto/aes-envelope.ts";
import { badRequest, forbidden, ImError, notFound } from "../shared/domain/errors.ts";
import { MsgType, SessionType } from "../shared/domain/messages.ts";
import { choice, type Fields, id, text } from "../shared/signed-api/fields.ts";

const aesKey = "2108a4c486350f3a";

function groupOfEnv(): { groupId: number; members: Set<number> } {
  const groupId = Number(process.env.BENCH_GROUP_ID);
  const members = (process.env.BENCH_GROUP_MEMBERS ?? "").split(",").map(Number);
  if (!(groupId > 0) || !members.every((userId) => Number.isSafeInteger(userId) && userId > 0)) {
    throw new Error("BENCH_GROUP_ID and BENCH_GROUP_MEMBERS (comma-separated user ids) are required");
  }
  return { groupId, members: new Set(members) };
}

const { groupId, members } = groupOfEnv();

type Connection = { socket: Socket; connId: string; userId: number };
const byUser = new Map<number, Set<Connection>>();
let lastMsgId = 0;

// Frames written in one iteration of the event loop leave in one syscall per socket, however many reads brought them
// (the product's transport flushes after each callback): a fan-out floor with as few syscalls as plain Node allows.
const corked = new Set<Socket>();

function write(socket: Socket, frame: Uint8Array): void {
  if (socket.destroyed) return;
  if (corked.size === 0) setImmediate(flush);
  if (!corked.has(socket)) {
    corked.add(socket);
    socket.cork();
  }
  socket.write(frame);
}

function flush(): void {
  const batch = [...corked];
  corked.clear();
  for (const socket of batch) {
    socket.uncork();
    if (socket.writableLength > defaultTransportLimits.maxQueuedBytes) socket.destroy(); // a slow reader
  }
}

/** Writes a push frame to every connection of these users but the sending one, as the product's hub does. */
function push(frame: Uint8Array, userIds: Iterable<number>, origin: Connection): void {
  for (const userId of userIds) for (const conn of byUser.get(userId) ?? []) if (conn !== origin) write(conn.socket, frame);
}

function bind(conn: Connection, frame: Fields): Fields {
  const userId = id(frame, "user_id");
  if (conn.userId !== 0 && conn.userId !== userId) throw forbidden("this connection is bound to another user");
  conn.userId = userId;
  byUser.set(userId, (byUser.get(userId) ?? new Set()).add(conn));
  return { user_id: userId, client_id: conn.connId };
}

function sendMessage(conn: Connection, frame: Fields): Fields {
  const toUser = choice(frame, "sendto", ["user", "group"] as const) === "user";
  const toId = id(frame, toUser ? "to_user_id" : "to_group_id");
  if (!toUser && toId !== groupId) throw notFound(`group ${toId} does not exist`);
  if (!toUser && !members.has(conn.userId)) throw forbidden(`you are not a member of group ${toId}`);
  const time = Math.floor(Date.now() / 1000);
  const message = {
    sessionType: toUser ? SessionType.Single : SessionType.Group,
    msgId: ++lastMsgId,
    fromUserId: conn.userId,
    toId,
    msgType: toUser ? MsgType.singleText : MsgType.groupText,
    content: text(frame, "content", 64 * 1024),
    createdAt: time,
  };
  const [pushed] = pushesOf({ kind: "message" }, message);
  push(frameOf(pushed, aesKey), toUser ? [toId, conn.userId] : members, conn); // a 1:1 also reaches the sender's others
  return { msg_id: message.msgId, time };
}

/** seq and action are echoed in acks only when small plain values, as the product does. */
const echoable = (v: unknown) => (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && v.length <= 64);

/** One frame body: exactly one ack per action, the product's fields in the product's order. */
function answer(conn: Connection, body: string): void {
  const opened = openJson(body, aesKey);
  if (!opened.ok)
    return write(conn.socket, frameOf({ type: "error", code: "BAD_REQUEST", info: `frame body is ${opened.reason}` }, aesKey));
  const frame = opened.value;
  const action = typeof frame.action === "string" && echoable(frame.action) ? frame.action : "";
  const ack: Fields = { type: "ack", action };
  if (echoable(frame.seq)) ack.seq = frame.seq;
  try {
    if (action !== "bind" && conn.userId === 0) throw forbidden("bind a user first");
    const data = action === "bind" ? bind(conn, frame) : action === "sendmsg" ? sendMessage(conn, frame) : null;
    if (data === null) throw badRequest(`unknown action ${JSON.stringify(action)}`);
    write(conn.socket, frameOf({ ...ack, status: "1111", data }, aesKey));
  } catch (err) {
    const known = err instanceof ImError;
    const refusal = { status: "0000", info: known ? err.message : "internal server error", code: known ? err.code : "INTERNAL" };
    write(conn.socket, frameOf({ ...ack, ...refusal }, aesKey));
  }
}

function serve(socket: Socket): void {
  const conn: Connection = { socket, connId: randomBytes(10).toString("hex"), userId: 0 };
  const decoder = new JsonFrameDecoder();
  socket.setNoDelay(true);
  socket.on("error", () => {});
  socket.on("close", () => byUser.get(conn.userId)?.delete(conn));
  socket.on("data", (chunk) => {
    for (const frame of decoder.push(chunk)) {
      if (frame.kind === "fatal") return void socket.end(frameOf({ type: "error", code: "BAD_REQUEST", info: frame.reason }, aesKey));
      answer(conn, Buffer.from(frame.body).toString("latin1"));
    }
  });
  write(socket, frameOf({ type: "init", client_id: conn.connId }, aesKey));
}

const held = new Set<Socket>();
const server = createServer((socket) => {
  held.add(socket);
  socket.on("close", () => held.delete(socket));
  serve(socket);
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ msg: "listening", service: "frame-floor", port: (server.address() as AddressInfo).port }));
});
// The floor closes first, so the closed connections' TIME_WAIT is on its side and not on the bench's client ports.
process.on("SIGTERM", () => {
  for (const socket of held) socket.destroy();
  server.close(() => process.exit(0));
});
