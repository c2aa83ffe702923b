// The delivery log over the database's `events` table (joined with `messages`), in raw SQL: the tail runs these on
// every poll and drizzle's query building would cost more than the queries. SQLite has one writer, so ids increase
// strictly in commit order.
import type { Db } from "../db/database.ts";
import { writeRaw } from "../db/database.ts";
import { decodeText, wholeTextSql } from "../db/whole-text.ts";
import type { ClientFamily, ImEvent } from "../domain/events.ts";
import { liveOnlyKinds } from "../domain/events.ts";
import type { SessionType } from "../domain/messages.ts";
import { type DeliveryLog, type LoggedEvent, targetOfColumns } from "./log.ts";

type Row = {
  id: number;
  kind: string;
  user_id: number | null;
  group_id: number | null;
  conn_id: string | null;
  client_family: string | null;
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

// The content is read as a BLOB: as TEXT it would be cut at a NUL (shared/db/whole-text.ts).
const columns = `e.id, e.kind, e.user_id, e.group_id, e.conn_id, e.client_family, e.payload, e.created_at_ms,
  m.session_type, m.msg_id, m.from_user_id, m.to_id, m.msg_type, ${wholeTextSql("m.content")}, m.created_at`;

const replayable = `e.kind NOT IN (${liveOnlyKinds.map((k) => `'${k}'`).join(", ")})`;

function toLogged(row: Row): LoggedEvent {
  const logged: LoggedEvent = {
    id: row.id,
    target: targetOfColumns({ userId: row.user_id, groupId: row.group_id, connId: row.conn_id }),
    family: row.client_family as ClientFamily | null,
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

export class LibsqlDeliveryLog implements DeliveryLog {
  constructor(private readonly db: Db) {}

  async #query(sql: string, args: (number | string)[]): Promise<LoggedEvent[]> {
    const { rows } = await this.db.$client.execute({ sql, args });
    return rows.map((row) => toLogged(row as unknown as Row));
  }

  async latest(): Promise<number> {
    const { rows } = await this.db.$client.execute("SELECT max(id) AS id FROM events");
    return Number(rows[0]?.id ?? 0);
  }

  read(afterId: number, limit: number): Promise<LoggedEvent[]> {
    const sql = `SELECT ${columns} FROM events e LEFT JOIN messages m ON m.event_id = e.id WHERE e.id > ? ORDER BY e.id LIMIT ?`;
    return this.#query(sql, [afterId, limit]);
  }

  backlog(userId: number, afterId: number, limit: number): Promise<LoggedEvent[]> {
    const sql = `SELECT ${columns} FROM (
        SELECT e.id FROM events e WHERE e.user_id = ? AND e.id > ? AND ${replayable}
        UNION ALL
        SELECT e.id FROM group_members gm JOIN events e ON e.group_id = gm.group_id
         WHERE gm.user_id = ? AND e.id > ? AND e.id >= gm.joined_event_id
           AND (gm.left_event_id IS NULL OR e.id <= gm.left_event_id) AND ${replayable}
      ) ids JOIN events e ON e.id = ids.id LEFT JOIN messages m ON m.event_id = e.id
      ORDER BY e.id LIMIT ?`;
    return this.#query(sql, [userId, afterId, userId, afterId, limit]);
  }

  async scrub(kind: ImEvent["kind"], afterId: number, upToId: number): Promise<void> {
    await writeRaw(this.db, (tx) =>
      tx.execute({ sql: "UPDATE events SET payload = '{}' WHERE id > ? AND id <= ? AND kind = ?", args: [afterId, upToId, kind] }),
    );
  }

  async prune(upToId: number): Promise<number> {
    const result = await writeRaw(this.db, (tx) => tx.execute({ sql: "DELETE FROM events WHERE id <= ?", args: [upToId] }));
    return result.rowsAffected;
  }
}
