// Test support (not a test): JSON-socket helpers: send a message and check its ack, collect or rule out pushes,
// fence a connection with a ping, and raw frames for hostile-input tests.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { encodeFrame } from "../shared/codecs/json-frame.ts";
import { encryptText, sealJson } from "../shared/crypto/aes-envelope.ts";
import type { Fields } from "../shared/signed-api/fields.ts";
import type { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { arrivalMs, settlesWithin, sleep } from "./wait.ts";
import type { User } from "./world.ts";

export const key = "2108a4c486350f3a";

/** Where a message goes: a user (1:1) or a group. */
export type To = { user: User } | { group: number };

/** How long to listen for a push that must not come (live events travel through a 10 ms log poll). */
export const quietMs = 300;

/** Sends a text message and returns its ack's data; the ack must be a success. */
export async function send(client: JsonSocketClient, to: To, content: string): Promise<{ msg_id: number; time: number }> {
  const frame: Fields =
    "user" in to
      ? { action: "sendmsg", sendto: "user", to_user_id: to.user.userId, content }
      : { action: "sendmsg", sendto: "group", to_group_id: to.group, content };
  const ack = await client.request(frame);
  assert.equal(ack.status, "1111", `sendmsg ${JSON.stringify(frame)}: ${JSON.stringify(ack)}`);
  return ack.data as { msg_id: number; time: number };
}

export const isMsg = (m: Fields) => m.type === "msg";
export const isPush = (type: string, opt?: string) => (m: Fields) => m.type === type && (opt === undefined || m.opt === opt);

/** The next n received objects that match (messages by default), in arrival order. */
export async function collect(client: JsonSocketClient, n: number, match: (m: Fields) => boolean = isMsg): Promise<Fields[]> {
  const got: Fields[] = [];
  for (let i = 0; i < n; i++) got.push(await client.next(match, arrivalMs));
  return got;
}

let fences = 0;

/**
 * A ping round trip: everything the server wrote to this connection before answering it has been received. The
 * server handles a connection's frames in order and finishes a bind's replay before the next frame, so a fence
 * after a bind comes after the whole replay.
 */
export async function fence(client: JsonSocketClient): Promise<void> {
  const seq = `fence-${++fences}`;
  const pong = client.next((m) => m.type === "pong" && m.seq === seq, arrivalMs);
  client.send({ action: "ping", seq });
  assert.deepEqual(await pong, { type: "pong", seq });
}

/** After a fence, takes everything received so far (what a bind replayed), leaving an empty inbox. */
export async function settle(client: JsonSocketClient): Promise<Fields[]> {
  await fence(client);
  return client.inbox.splice(0);
}

/** Asserts that nothing matching is waiting in the client's inbox, after `waitMs` more of listening. */
export async function assertNoMore(
  client: JsonSocketClient,
  match: (m: Fields) => boolean = isMsg,
  waitMs = quietMs,
  what = "",
): Promise<void> {
  if (waitMs > 0) await sleep(waitMs);
  const extra = client.inbox.filter(match);
  assert.deepEqual(extra, [], `${what} unexpected pushes: ${JSON.stringify(extra).slice(0, 600)}`);
}

/** The [sendto, msg_id, content] of message pushes, for comparing sequences. */
export const summary = (msgs: Fields[]) => msgs.map((m) => [m.sendto, m.msg_id, m.content]);

/** True when the connection closes within ms. */
export const closesWithin = (client: JsonSocketClient, ms: number) => settlesWithin(client.closed, ms);

/** A frame around an arbitrary body text (no checks). */
export const frameOfText = (body: string): Buffer => Buffer.from(encodeFrame(Buffer.from(body, "latin1")));
/** A well-formed frame of any JSON value, sealed with the server's key (or another). */
export const frameOfJson = (value: unknown, withKey = key): Buffer => frameOfText(sealJson(value, withKey));
/** A frame whose body decrypts to this text (which need not be JSON). */
export const frameOfPlain = (plain: string): Buffer => frameOfText(encryptText(plain, key).toString("base64"));

/** A signed-API reply body must be a success. */
export function assertOk(body: Fields, what: string): void {
  assert.equal(body.status, "1111", `${what}: ${JSON.stringify(body)}`);
}
