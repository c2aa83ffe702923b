// Per-user delivery cursors: the last log event a user has received (or, in ack mode, acknowledged). They only
// move forward, whichever node writes them; "offline", "reconnected", "other node" and "restarted" all read them.
import { eq } from "drizzle-orm";
import { placeholders, writeRaw, type Db } from "../db/database.ts";
import { deliveryCursors } from "../db/schema.ts";

export async function readCursor(db: Db, userId: number): Promise<number> {
  const [row] = await db.select({ eventId: deliveryCursors.eventId }).from(deliveryCursors).where(eq(deliveryCursors.userId, userId));
  return row?.eventId ?? 0;
}

/** Moves each user's cursor up to the given event id (never back), in one transaction (raw SQL: a hot path). */
export async function advanceCursors(db: Db, positions: Map<number, number>, nowS: number): Promise<void> {
  if (positions.size === 0) return;
  await writeRaw(db, (tx) =>
    tx.execute({
      sql: `INSERT INTO delivery_cursors (user_id, event_id, updated_at) VALUES ${placeholders(positions.size, 3)}
            ON CONFLICT (user_id) DO UPDATE SET event_id = max(event_id, excluded.event_id), updated_at = excluded.updated_at`,
      args: [...positions].flatMap(([userId, eventId]) => [userId, eventId, nowS]),
    }),
  );
}
