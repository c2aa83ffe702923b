// Per-user delivery cursors: the last log event a user has received (or, in ack mode, acknowledged). They only
// move forward, whichever node writes them; "offline", "reconnected", "other node" and "restarted" all read them.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { deliveryCursors } from "../db/schema.ts";

export async function readCursor(db: Db, userId: number): Promise<number> {
  const [row] = await db.select({ eventId: deliveryCursors.eventId }).from(deliveryCursors).where(eq(deliveryCursors.userId, userId));
  return row?.eventId ?? 0;
}

/** Moves each user's cursor up to the given event id (never back), in one transaction. */
export async function advanceCursors(db: Db, positions: Map<number, number>, nowS: number): Promise<void> {
  if (positions.size === 0) return;
  const rows = [...positions].map(([userId, eventId]) => ({ userId, eventId, updatedAt: nowS }));
  await db.transaction((tx) =>
    tx
      .insert(deliveryCursors)
      .values(rows)
      .onConflictDoUpdate({
        target: deliveryCursors.userId,
        set: { eventId: sql`max(${deliveryCursors.eventId}, excluded.event_id)`, updatedAt: nowS },
      }),
  );
}
