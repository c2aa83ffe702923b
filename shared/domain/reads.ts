// How far each user has read each conversation, kept in `user_sessions` so that it holds across nodes and restarts:
// unread = other people's messages above the user's read position (own messages never count), among the messages
// the user can see. Reading catches up to the conversation's latest message (teamtalk.md §8.7, §8.10).
import { sql } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import { groups, relations, userSessions } from "../db/schema.ts";
import { nowS, type Domain } from "./context.ts";
import { type Conversation, userConversationsSql } from "./conversations.ts";
import { appendEvent } from "./events.ts";
import { type ConversationMessage, messageOf } from "./history.ts";
import { SessionType } from "./messages.ts";

export interface UnreadConversation {
  sessionType: SessionType;
  peerOrGroupId: number;
  unread: number;
  latest: ConversationMessage;
}

/**
 * Moves the user's read position in the conversation to its latest message as the transaction sees it, never
 * back; with `removed`, the mark up to which it is off the recent list too.
 */
export async function catchUp(tx: Tx, userId: number, c: Conversation, now: number, removed = false): Promise<void> {
  const table = c.sessionType === SessionType.Single ? relations : groups;
  const latest = sql`(SELECT ${table.lastMsgId} FROM ${table} WHERE ${table.id} = ${c.sessionId})`;
  const key = { userId, sessionType: c.sessionType, sessionId: c.sessionId, updatedAt: now };
  const moved = {
    readMsgId: sql`max(${userSessions.readMsgId}, excluded.read_msg_id)`,
    updatedAt: now,
    ...(removed ? { removedMsgId: sql`max(${userSessions.removedMsgId}, excluded.removed_msg_id)` } : {}),
  };
  await tx
    .insert(userSessions)
    .values({ ...key, readMsgId: latest, removedMsgId: removed ? latest : 0 })
    .onConflictDoUpdate({ target: [userSessions.userId, userSessions.sessionType, userSessions.sessionId], set: moved });
}

/**
 * The user has read the conversation (up to `msgId`, as the reading connection says): nothing in it is unread any
 * more, and the user's other connections are told (not `originConnId`).
 */
export async function markRead(d: Domain, userId: number, c: Conversation, msgId: number, originConnId: string): Promise<void> {
  const event = { kind: "read", sessionType: c.sessionType, peerOrGroupId: c.peerOrGroupId, msgId, originConnId } as const;
  await d.db.transaction(async (tx) => {
    await catchUp(tx, userId, c, nowS(d));
    await appendEvent(d, tx, { userId }, event);
  });
}

/** Every conversation of the user with unread messages, with their count and the latest message. */
export async function unreadConversations(db: Db, userId: number): Promise<UnreadConversation[]> {
  const { rows } = await db.$client.execute({
    sql: `SELECT * FROM (
            SELECT u.*, (SELECT count(*) FROM messages x
                          WHERE x.session_type = u.session_type AND x.session_id = u.session_id AND x.msg_id > u.read_msg_id
                            AND x.event_id > u.visible_after_event_id AND x.from_user_id != :user) AS unread
              FROM (${userConversationsSql}) u WHERE u.msg_id > u.read_msg_id)
          WHERE unread > 0 ORDER BY created_at DESC`,
    args: { user: userId },
  });
  return rows.map((row) => {
    const latest = messageOf(row);
    return { sessionType: latest.sessionType, peerOrGroupId: Number(row.peer_or_group_id), unread: Number(row.unread), latest };
  });
}
