// Reading the delivery log (shared/db/schema.ts `events`, joined with `messages`). Ids increase strictly in commit
// order (SQLite has one writer), so "everything after id N" never misses a row that commits later with a lower id.
import type { Db } from "../db/database.ts";
import { decodeText, wholeTextSql } from "../db/whole-text.ts";
import type { ImEvent } from "../domain/events.ts";
import type { SessionType } from "../domain/messages.ts";

export interface MessageRecord {
  sessionType: SessionType;
  msgId: number;
  fromUserId: number;
  toId: number;
  msgType: number;
  content: string;
  /** Unix seconds. */
  createdAt: number;
}

export interface LoggedEvent {
  id: number;
  /** Addressed to this user's connections, or to this group's members. */
  userId: number | null;
  groupId: number | null;
  createdAtMs: number;
  event: ImEvent;
  /** The message, for `message` events. */
  message?: MessageRecord;
  /** Encoded frames per protocol, made once and written as the same bytes to every recipient. */
  encoded?: Map<string, Uint8Array>;
}

type Row = {
  id: number;
  kind: string;
  user_id: number | null;
  group_id: number | null;
  payload: string;
  created_at_ms: number;
  session_type: number | null;
  msg_id: number | null;
  from_user_id: number | null;
  to_id: number | null;
  msg_type: number | null;
  content: ArrayBuffer | null;
  created_at: number | null;
};

// Raw SQL through the libSQL client: the tail runs this on every poll and drizzle's query building would cost more
// than the query. The content is read as a BLOB: as TEXT it would be cut at a NUL (shared/db/whole-text.ts).
const columns = `e.id, e.kind, e.user_id, e.group_id, e.payload, e.created_at_ms,
  m.session_type, m.msg_id, m.from_user_id, m.to_id, m.msg_type, ${wholeTextSql("m.content")}, m.created_at`;

async function query(db: Db, sql: string, args: (number | string)[]): Promise<LoggedEvent[]> {
  const { rows } = await db.$client.execute({ sql, args });
  return rows.map((row) => toLogged(row as unknown as Row));
}

function toLogged(row: Row): LoggedEvent {
  const logged: LoggedEvent = {
    id: row.id,
    userId: row.user_id,
    groupId: row.group_id,
    createdAtMs: row.created_at_ms,
    event: { kind: row.kind, ...JSON.parse(row.payload) } as ImEvent,
  };
  if (row.kind === "message" && row.msg_id !== null) {
    logged.message = {
      sessionType: row.session_type as SessionType,
      msgId: row.msg_id,
      fromUserId: row.from_user_id!,
      toId: row.to_id!,
      msgType: row.msg_type!,
      content: decodeText(row.content)!,
      createdAt: row.created_at!,
    };
  }
  return logged;
}

/** The highest event id so far (0 for an empty log). */
export async function latestEventId(db: Db): Promise<number> {
  const { rows } = await db.$client.execute("SELECT max(id) AS id FROM events");
  return Number(rows[0]?.id ?? 0);
}

/** Every event after `afterId`, oldest first, at most `limit`. */
export function readLog(db: Db, afterId: number, limit: number): Promise<LoggedEvent[]> {
  const sql = `SELECT ${columns} FROM events e LEFT JOIN messages m ON m.event_id = e.id WHERE e.id > ? ORDER BY e.id LIMIT ?`;
  return query(db, sql, [afterId, limit]);
}

/**
 * What a user missed after `afterId`, oldest first: messages and answers addressed to them or to their groups
 * (group events only from their joining on). Invitations and friend requests are not here: they are re-sent from
 * their own tables while unseen (shared/domain/pending.ts), and token renewals are live-only.
 */
export function readBacklog(db: Db, userId: number, afterId: number, limit: number): Promise<LoggedEvent[]> {
  const replayable = `e.kind IN ('message', 'friend', 'group') AND json_extract(e.payload, '$.opt') IS NOT 'addMsg'`;
  const sql = `SELECT ${columns} FROM (
      SELECT e.id FROM events e WHERE e.user_id = ? AND e.id > ? AND ${replayable}
      UNION ALL
      SELECT e.id FROM group_members gm JOIN events e ON e.group_id = gm.group_id
       WHERE gm.user_id = ? AND gm.status = 0 AND e.id > ? AND e.id >= gm.joined_event_id AND ${replayable}
    ) ids JOIN events e ON e.id = ids.id LEFT JOIN messages m ON m.event_id = e.id
    ORDER BY e.id LIMIT ?`;
  return query(db, sql, [userId, afterId, userId, afterId, limit]);
}
