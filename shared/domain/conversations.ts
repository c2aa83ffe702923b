// A conversation as one user sees it: a 1:1 with a peer (stored under the pair's relation id) or a group the user is
// a member of, whose messages are theirs only from their latest join on. Other people's conversations are not found.
import type { Db } from "../db/database.ts";
import { messageColumns } from "./history.ts";
import { SessionType } from "./messages.ts";

export interface Conversation {
  sessionType: SessionType;
  /** The peer (1:1) or the group, as the user names the conversation. */
  peerOrGroupId: number;
  /** The conversation as `messages` stores it: the relation id (1:1) or the group id. */
  sessionId: number;
  /** The newest msg_id of the conversation (0 when none). */
  lastMsgId: number;
  /** Messages with event ids up to this one are not the user's (they came before the user joined the group). */
  visibleAfterEventId: number;
}

/** The user's conversation with a peer or in a group; null when there is none (no message yet, not a member). */
export async function conversationOf(
  db: Db,
  userId: number,
  sessionType: SessionType,
  peerOrGroupId: number,
): Promise<Conversation | null> {
  if (sessionType === SessionType.Single) {
    const { rows } = await db.$client.execute({
      sql: "SELECT id, last_msg_id FROM relations WHERE small_id = ? AND big_id = ?",
      args: [Math.min(userId, peerOrGroupId), Math.max(userId, peerOrGroupId)],
    });
    if (rows.length === 0 || peerOrGroupId === userId) return null;
    return { sessionType, peerOrGroupId, sessionId: Number(rows[0].id), lastMsgId: Number(rows[0].last_msg_id), visibleAfterEventId: 0 };
  }
  const { rows } = await db.$client.execute({
    sql: `SELECT g.last_msg_id, m.joined_event_id FROM groups g JOIN group_members m ON m.group_id = g.id
          WHERE g.id = ? AND g.status = 0 AND m.user_id = ? AND m.status = 0`,
    args: [peerOrGroupId, userId],
  });
  if (rows.length === 0) return null;
  const [row] = rows;
  return {
    sessionType,
    peerOrGroupId,
    sessionId: peerOrGroupId,
    lastMsgId: Number(row.last_msg_id),
    visibleAfterEventId: Number(row.joined_event_id),
  };
}

/** A session type of the protocols, or null for any other number. */
export function sessionTypeOf(value: number): SessionType | null {
  return value === SessionType.Single || value === SessionType.Group ? value : null;
}

/**
 * SQL of every conversation of the user `:user` with a message the user can see, one row each: session_id,
 * peer_or_group_id, visible_after_event_id, read_msg_id and removed_msg_id (user_sessions), and the latest visible
 * message in `messageColumns` (history.ts; when the newest message came before the user joined, none is visible).
 */
export const userConversationsSql = `
  WITH mine AS (
    SELECT 1 AS session_type, r.id AS session_id, CASE WHEN r.small_id = :user THEN r.big_id ELSE r.small_id END AS peer_or_group_id,
           0 AS visible_after_event_id, r.last_msg_id
      FROM relations r WHERE (r.small_id = :user OR r.big_id = :user) AND r.last_msg_id > 0
    UNION ALL
    SELECT 2, g.id, g.id, gm.joined_event_id, g.last_msg_id
      FROM group_members gm JOIN groups g ON g.id = gm.group_id
     WHERE gm.user_id = :user AND gm.status = 0 AND g.status = 0 AND g.last_msg_id > 0
  )
  SELECT c.session_id, c.peer_or_group_id, c.visible_after_event_id,
         coalesce(s.read_msg_id, 0) AS read_msg_id, coalesce(s.removed_msg_id, 0) AS removed_msg_id, ${messageColumns}
    FROM mine c
    JOIN messages m ON m.session_type = c.session_type AND m.session_id = c.session_id AND m.msg_id = c.last_msg_id
                   AND m.event_id > c.visible_after_event_id
    LEFT JOIN user_sessions s ON s.user_id = :user AND s.session_type = c.session_type AND s.session_id = c.session_id`;
