// Per-user delivery cursors: the last log event a user has received (or, in ack mode, acknowledged). They only
// move forward, whichever node writes them; "offline", "reconnected", "other node" and "restarted" all read them.
import { writeRaw, type Db } from "../db/database.ts";

export async function readCursor(db: Db, userId: number): Promise<number> {
  // Read on every bind: plain SQL (a prepared statement), no query building.
  const { rows } = await db.$client.execute({ sql: "SELECT event_id FROM delivery_cursors WHERE user_id = ?", args: [userId] });
  return rows.length === 0 ? 0 : Number(rows[0].event_id);
}

/**
 * Moves each user's cursor up to the given event id (never back), in one transaction. One statement text whatever
 * the number of users (the moves go as one JSON argument), so it is prepared once, not once per size.
 */
export async function advanceCursors(db: Db, positions: Map<number, number>, nowS: number): Promise<void> {
  if (positions.size === 0) return;
  await writeRaw(db, (tx) =>
    tx.execute({
      sql: `INSERT INTO delivery_cursors (user_id, event_id, updated_at)
            SELECT value ->> 0, value ->> 1, ? FROM json_each(?) WHERE true
            ON CONFLICT (user_id) DO UPDATE SET event_id = max(event_id, excluded.event_id), updated_at = excluded.updated_at`,
      args: [nowS, JSON.stringify([...positions])],
    }),
  );
}
