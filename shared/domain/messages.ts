// Messages of every protocol: who may send what to whom, and storing a batch of them with per-conversation ids
// (one counter per user pair, one per group, from 1) and their delivery-log events, in the caller's transaction.
// Content is text, except for audio, whose content is the TeamTalk msg_data in base64.
import { Buffer } from "node:buffer";
import type { Transaction } from "@libsql/client";
import { placeholders, type Db } from "../db/database.ts";
import type { Domain } from "./context.ts";
import { badRequest, forbidden, notFound } from "./errors.ts";
import { areFriends } from "./friends.ts";
import { requireMembership } from "./groups.ts";
import { requireUser } from "./users.ts";

/** TeamTalk's SessionType: a 1:1 conversation or a group. */
export const SessionType = { Single: 1, Group: 2 } as const;
export type SessionType = (typeof SessionType)[keyof typeof SessionType];

/** TeamTalk's MsgType values, plus 3 for push-API notices. */
export const MsgType = { singleText: 1, singleAudio: 2, notice: 3, groupText: 17, groupAudio: 18 } as const;

/**
 * The largest message content, in UTF-8 bytes; text is also held to this as a JSON string (escapes and quotes
 * included), because a message from any door reaches every door and the JSON socket pushes it as JSON in one frame.
 */
export const maxContentBytes = 32 * 1024;

/** Refuses content that is empty or too large for some door to carry. */
function checkContentSize(msg: OutgoingMessage): void {
  if (msg.content.length === 0) throw badRequest("content is empty");
  if (Buffer.byteLength(msg.content, "utf8") > maxContentBytes) throw badRequest(`content is over ${maxContentBytes} bytes`);
  // A JSON escape is at most 6 bytes for one UTF-16 unit; shorter text always fits. Audio is base64: nothing to escape.
  if (isAudio(msg.msgType) || msg.content.length * 6 + 2 <= maxContentBytes) return;
  if (Buffer.byteLength(JSON.stringify(msg.content), "utf8") > maxContentBytes)
    throw badRequest(`content is over ${maxContentBytes} bytes as JSON text`);
}

/** TeamTalk's audio types (teamtalk.md §7.2); every other type's content is text. */
export function isAudio(msgType: number): boolean {
  return msgType === MsgType.singleAudio || msgType === MsgType.groupAudio;
}

/**
 * An audio message's content: its TeamTalk msg_data (a 4-byte big-endian duration in seconds, then the audio file) in
 * standard base64 with `=` padding. Lossless, and pure ASCII, so `maxContentBytes` bounds it at 24 KiB of msg_data.
 */
export function audioContent(msgData: Uint8Array): string {
  return Buffer.from(msgData.buffer, msgData.byteOffset, msgData.byteLength).toString("base64");
}

/** An audio message's content → its msg_data bytes again. */
export function audioMsgData(content: string): Uint8Array {
  return Buffer.from(content, "base64");
}

/** The duration in seconds at the head of an audio message's content (0 if the content is too short to hold one). */
export function audioDurationS(content: string): number {
  const head = Buffer.from(content.slice(0, 8), "base64"); // 8 base64 characters are 6 bytes
  return head.length >= 4 ? head.readUInt32BE(0) : 0;
}

export interface OutgoingMessage {
  fromUserId: number;
  sessionType: SessionType;
  /** The recipient user (1:1) or the group. */
  toId: number;
  content: string;
  msgType: number;
  /** The sending connection, which must not receive its own message. */
  originConnId?: string;
}

export interface StoredMessage {
  msgId: number;
  eventId: number;
  /** Unix seconds, server time. */
  time: number;
  /** Milliseconds since the epoch, as its log event has it. */
  createdAtMs: number;
}

/** Checks that the sender may send this message now (recipient exists, DM policy, group membership). */
export async function checkSendable(d: Domain, msg: OutgoingMessage): Promise<void> {
  checkContentSize(msg);
  if (msg.sessionType === SessionType.Single) {
    if (msg.toId === msg.fromUserId) throw badRequest("you cannot send a message to yourself");
    await requireUser(d.db, msg.toId);
    if (d.config.dmPolicy === "friends" && !(await areFriends(d.db, msg.fromUserId, msg.toId))) {
      throw forbidden(`user ${msg.toId} is not your friend`);
    }
    return;
  }
  await requireMembership(d.db, msg.toId, msg.fromUserId);
}

/** Message ids taken for a batch: per message, its conversation (relation or group id) and its msg_id. */
type Taken = { sessionIds: number[]; msgIds: number[] };

/** Takes ids from each conversation of the batch: one multi-row upsert for all pairs, one update per group. */
async function takeMsgIds(tx: Transaction, batch: OutgoingMessage[], time: number): Promise<Taken> {
  const pairs = new Map<string, { smallId: number; bigId: number; indexes: number[] }>();
  const groupsHit = new Map<number, number[]>();
  for (const [i, msg] of batch.entries()) {
    if (msg.sessionType === SessionType.Group) {
      groupsHit.set(msg.toId, [...(groupsHit.get(msg.toId) ?? []), i]);
      continue;
    }
    const [smallId, bigId] = msg.fromUserId < msg.toId ? [msg.fromUserId, msg.toId] : [msg.toId, msg.fromUserId];
    const key = `${smallId}:${bigId}`;
    const pair = pairs.get(key) ?? { smallId, bigId, indexes: [] };
    pair.indexes.push(i);
    pairs.set(key, pair);
  }
  const taken: Taken = { sessionIds: [], msgIds: [] };
  const assign = (indexes: number[], sessionId: number, last: number) => {
    for (const [k, index] of indexes.entries()) {
      taken.sessionIds[index] = sessionId;
      taken.msgIds[index] = last - indexes.length + 1 + k;
    }
  };
  if (pairs.size > 0) {
    const list = [...pairs.values()];
    const { rows } = await tx.execute({
      sql: `INSERT INTO relations (small_id, big_id, last_msg_id, last_message_at, created_at) VALUES ${placeholders(list.length, 5)}
            ON CONFLICT (small_id, big_id) DO UPDATE SET last_msg_id = last_msg_id + excluded.last_msg_id, last_message_at = excluded.last_message_at
            RETURNING id, small_id, big_id, last_msg_id`,
      args: list.flatMap((p) => [p.smallId, p.bigId, p.indexes.length, time, time]),
    });
    for (const row of rows) assign(pairs.get(`${row.small_id}:${row.big_id}`)!.indexes, Number(row.id), Number(row.last_msg_id));
  }
  for (const [groupId, indexes] of groupsHit) {
    const { rows } = await tx.execute({
      sql: "UPDATE groups SET last_msg_id = last_msg_id + ?, last_message_at = ? WHERE id = ? RETURNING last_msg_id",
      args: [indexes.length, time, groupId],
    });
    if (rows.length === 0) throw notFound(`group ${groupId} does not exist`);
    assign(indexes, groupId, Number(rows[0].last_msg_id));
  }
  return taken;
}

/**
 * Stores messages with their log events inside the caller's write transaction (see `writeRaw`); one result per
 * message, in order. A batch costs one upsert for all its pairs, one update per group, and one multi-row insert
 * each for events and messages, however many messages it holds.
 */
export async function storeMessages(tx: Transaction, batch: OutgoingMessage[], nowMs: number): Promise<StoredMessage[]> {
  const time = Math.floor(nowMs / 1000);
  const { sessionIds, msgIds } = await takeMsgIds(tx, batch, time);
  const inserted = await tx.execute({
    sql: `INSERT INTO events (kind, user_id, group_id, payload, created_at_ms) VALUES ${placeholders(batch.length, 5)} RETURNING id`,
    args: batch.flatMap((msg) => [
      "message",
      msg.sessionType === SessionType.Single ? msg.toId : null,
      msg.sessionType === SessionType.Group ? msg.toId : null,
      JSON.stringify(msg.originConnId === undefined ? {} : { originConnId: msg.originConnId }),
      nowMs,
    ]),
  });
  // Rows of one INSERT get increasing ids (the write lock is ours); RETURNING order is not promised, so sort.
  const eventIds = inserted.rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  await tx.execute({
    sql: `INSERT INTO messages (event_id, session_type, session_id, msg_id, from_user_id, to_id, msg_type, content, created_at)
          VALUES ${placeholders(batch.length, 9)}`,
    args: batch.flatMap((msg, i) => [
      eventIds[i],
      msg.sessionType,
      sessionIds[i],
      msgIds[i],
      msg.fromUserId,
      msg.toId,
      msg.msgType,
      msg.content,
      time,
    ]),
  });
  return batch.map((_, i) => ({ msgId: msgIds[i], eventId: eventIds[i], time, createdAtMs: nowMs }));
}

/**
 * The log event of a message the user received, found by conversation and msg_id (for acks); null when none. One
 * plain statement per session type (acks come for every message a client in ack mode gets).
 */
export async function receivedMessageEventId(
  db: Db,
  userId: number,
  sessionType: SessionType,
  peerOrGroupId: number,
  msgId: number,
): Promise<number | null> {
  const { rows } =
    sessionType === SessionType.Group
      ? await db.$client.execute({
          sql: `SELECT m.event_id FROM messages m
                 WHERE m.session_type = ? AND m.session_id = ? AND m.msg_id = ?
                   AND EXISTS (SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ? AND status = 0)`,
          args: [SessionType.Group, peerOrGroupId, msgId, peerOrGroupId, userId],
        })
      : await db.$client.execute({
          sql: `SELECT m.event_id FROM relations r
                  JOIN messages m ON m.session_type = ? AND m.session_id = r.id AND m.msg_id = ?
                 WHERE r.small_id = ? AND r.big_id = ? AND m.to_id = ?`,
          args: [SessionType.Single, msgId, Math.min(userId, peerOrGroupId), Math.max(userId, peerOrGroupId), userId],
        });
  return rows.length === 0 ? null : Number(rows[0].event_id);
}
