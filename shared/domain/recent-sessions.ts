// A user's recent conversations (teamtalk.md §8.8): every conversation with a message the user can see, newest
// first, each with its latest message; one the user removed stays off the list until a newer message arrives.
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { userSessions } from "../db/schema.ts";
import { nowS, type Domain } from "./context.ts";
import { type Conversation, userConversationsSql } from "./conversations.ts";
import { appendEvent } from "./events.ts";
import { type ConversationMessage, latestMsgId, messageOf } from "./history.ts";
import { catchUp } from "./reads.ts";

export interface RecentConversation {
  peerOrGroupId: number;
  /** When its latest message was sent (unix seconds). */
  updatedAt: number;
  latest: ConversationMessage;
}

/** The most conversations one list holds. */
export const maxRecentConversations = 100;

/** The user's conversations not removed whose latest message is newer than `after` (unix seconds), newest first. */
export async function recentConversations(db: Db, userId: number, after: number): Promise<RecentConversation[]> {
  const { rows } = await db.$client.execute({
    sql: `SELECT * FROM (${userConversationsSql}) u WHERE u.msg_id > u.removed_msg_id AND u.created_at > :after
          ORDER BY u.created_at DESC, u.session_type, u.session_id LIMIT :limit`,
    args: { user: userId, after, limit: maxRecentConversations },
  });
  return rows.map((row) => {
    const latest = messageOf(row);
    return { peerOrGroupId: Number(row.peer_or_group_id), updatedAt: latest.createdAt, latest };
  });
}

/**
 * Takes the conversation off the user's recent list until a newer message, and marks it read; the user's other
 * connections are told (not `originConnId`). False when it was not on the list (no visible message, removed already).
 */
export async function removeConversation(d: Domain, userId: number, c: Conversation, originConnId: string): Promise<boolean> {
  const latest = await latestMsgId(d.db, c);
  const event = { kind: "sessionRemoved", sessionType: c.sessionType, peerOrGroupId: c.peerOrGroupId, originConnId } as const;
  return d.db.transaction(async (tx) => {
    const [state] = await tx
      .select({ removedMsgId: userSessions.removedMsgId })
      .from(userSessions)
      .where(and(eq(userSessions.userId, userId), eq(userSessions.sessionType, c.sessionType), eq(userSessions.sessionId, c.sessionId)));
    if (latest <= (state?.removedMsgId ?? 0)) return false;
    await catchUp(tx, userId, c, nowS(d), true);
    await appendEvent(d, tx, { userId }, event);
    return true;
  });
}
