// A conversation's stored messages as its user may read them (teamtalk.md §8.9): pages going backwards from a msg_id,
// chosen ids, the latest one. Only messages the user can see (conversations.ts) are ever returned.
import type { Row } from "@libsql/client";
import type { Db } from "../db/database.ts";
import { decodeText, wholeTextSql } from "../db/whole-text.ts";
import type { MessageRecord } from "../delivery/log.ts";
import type { Conversation } from "./conversations.ts";
import type { SessionType } from "./messages.ts";

/** A stored message, in the shape the delivery log carries it. */
export type ConversationMessage = MessageRecord;

/** The most messages one read returns. */
export const maxMessagesPerRead = 100;

/** The columns of `messages` (aliased `m`) that make a ConversationMessage, the content read whole. */
export const messageColumns = `m.session_type, m.msg_id, m.from_user_id, m.to_id, m.msg_type, ${wholeTextSql("m.content")}, m.created_at`;

/** A row selected with `messageColumns` → the message. */
export function messageOf(row: Row): ConversationMessage {
  return {
    sessionType: Number(row.session_type) as SessionType,
    msgId: Number(row.msg_id),
    fromUserId: Number(row.from_user_id),
    toId: Number(row.to_id),
    msgType: Number(row.msg_type),
    content: decodeText(row.content) ?? "",
    createdAt: Number(row.created_at),
  };
}

const visible = "m.session_type = ? AND m.session_id = ? AND m.event_id > ?";

async function select(db: Db, c: Conversation, where: string, args: number[], limit: number): Promise<ConversationMessage[]> {
  const { rows } = await db.$client.execute({
    sql: `SELECT ${messageColumns} FROM messages m WHERE ${visible} AND ${where} ORDER BY m.msg_id DESC LIMIT ?`,
    args: [c.sessionType, c.sessionId, c.visibleAfterEventId, ...args, Math.min(limit, maxMessagesPerRead)],
  });
  return rows.map(messageOf);
}

/** Up to `count` messages with msg_id ≤ `beginMsgId` (0: from the newest), newest first. */
export function messagesBefore(db: Db, c: Conversation, beginMsgId: number, count: number): Promise<ConversationMessage[]> {
  return select(db, c, "m.msg_id <= ?", [beginMsgId === 0 ? c.lastMsgId : beginMsgId], count);
}

/** The messages with these msg_ids (at most `maxMessagesPerRead` of them), newest first. */
export function messagesById(db: Db, c: Conversation, msgIds: number[]): Promise<ConversationMessage[]> {
  const ids = [...new Set(msgIds)].slice(0, maxMessagesPerRead);
  if (ids.length === 0) return Promise.resolve([]);
  return select(db, c, `m.msg_id IN (${ids.map(() => "?").join(", ")})`, ids, ids.length);
}

/** The newest msg_id the user can see in the conversation; 0 when none. */
export async function latestMsgId(db: Db, c: Conversation): Promise<number> {
  const [latest] = await messagesBefore(db, c, 0, 1);
  return latest?.msgId ?? 0;
}
