// Who is online, read from the database so any edge can tell: core nodes record each bound or logged-in connection
// and heartbeat their node; connections of a node whose heartbeat is stale do not count (the node died uncleanly).
import { and, eq, gte, inArray, lt } from "drizzle-orm";
import { type Db, placeholders } from "../db/database.ts";
import { GroupCommit } from "../db/group-commit.ts";
import { nodes, presence } from "../db/schema.ts";

/**
 * A node that has not heartbeaten for this long is dead. Nodes heartbeat every 5 s; the margin also covers a node
 * waiting out another process's write lock (busy timeout 10 s).
 */
export const nodeStaleAfterS = 30;

export type Protocol = "json-socket" | "teamtalk";

export interface Connection {
  connId: string;
  nodeId: string;
  userId: number;
  protocol: Protocol;
  clientType?: number;
}

/**
 * Refreshes a node's heartbeat, creating the node when it is not known. Returns false when it was not: another node
 * took it for dead (with its connections), and the caller must record its connections again.
 */
export async function heartbeatNode(db: Db, nodeId: string, nowS: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const known = await tx.update(nodes).set({ heartbeatAt: nowS }).where(eq(nodes.nodeId, nodeId)).returning({ nodeId: nodes.nodeId });
    if (known.length > 0) return true;
    await tx.insert(nodes).values({ nodeId, startedAt: nowS, heartbeatAt: nowS });
    return false;
  });
}

type Recorded = Connection & { connectedAt: number };

/** Connections bound at the same time in one process share a write transaction (a reconnect storm is thousands). */
const recorders = new WeakMap<Db, GroupCommit<Recorded, void>>();

function recorderOf(db: Db): GroupCommit<Recorded, void> {
  let recorder = recorders.get(db);
  if (!recorder) {
    recorder = new GroupCommit<Recorded, void>(db, async (tx, batch) => {
      await tx.execute({
        sql: `INSERT INTO presence (conn_id, node_id, user_id, protocol, client_type, connected_at) VALUES ${placeholders(batch.length, 6)}
              ON CONFLICT (conn_id) DO UPDATE SET user_id = excluded.user_id, connected_at = excluded.connected_at`,
        args: batch.flatMap((c) => [c.connId, c.nodeId, c.userId, c.protocol, c.clientType ?? 0, c.connectedAt]),
      });
      return batch.map(() => undefined);
    });
    recorders.set(db, recorder);
  }
  return recorder;
}

/** Records a connection as online for its user. */
export function recordConnection(db: Db, conn: Connection, nowS: number): Promise<void> {
  return recorderOf(db).submit({ ...conn, connectedAt: nowS });
}

export async function removeConnection(db: Db, connId: string): Promise<void> {
  await db.transaction((tx) => tx.delete(presence).where(eq(presence.connId, connId)));
}

/** Removes every connection of a node (its clean shutdown, or its restart under the same id). */
export async function removeNode(db: Db, nodeId: string): Promise<void> {
  await db.batch([db.delete(presence).where(eq(presence.nodeId, nodeId)), db.delete(nodes).where(eq(nodes.nodeId, nodeId))]);
}

/** Forgets nodes whose heartbeat is stale, with their connections; returns how many nodes were removed. */
export async function removeDeadNodes(db: Db, nowS: number): Promise<number> {
  // One transaction: a node that heartbeats between the choice and the delete must not lose its connections.
  return db.transaction(async (tx) => {
    const dead = (
      await tx
        .select({ nodeId: nodes.nodeId })
        .from(nodes)
        .where(lt(nodes.heartbeatAt, nowS - nodeStaleAfterS))
    ).map((n) => n.nodeId);
    if (dead.length === 0) return 0;
    await tx.delete(presence).where(inArray(presence.nodeId, dead));
    await tx.delete(nodes).where(inArray(nodes.nodeId, dead));
    return dead.length;
  });
}

/** True when the user has a connection on a live node. */
export async function isUserOnline(db: Db, userId: number, nowS: number): Promise<boolean> {
  const rows = await db
    .select({ connId: presence.connId })
    .from(presence)
    .innerJoin(nodes, eq(nodes.nodeId, presence.nodeId))
    .where(and(eq(presence.userId, userId), gte(nodes.heartbeatAt, nowS - nodeStaleAfterS)))
    .limit(1);
  return rows.length > 0;
}

/**
 * The oldest connection of the user on a live node through `protocol` whose client type is of the family (TeamTalk:
 * bit 0x10 set = mobile), other than `exceptConnId`; null when there is none.
 */
export async function oldestConnectionOfFamily(
  db: Db,
  user: { userId: number; protocol: Protocol; mobile: boolean; exceptConnId: string; olderThanMine?: boolean },
  nowS: number,
): Promise<string | null> {
  // olderThanMine: only connections recorded before `exceptConnId`, so two logins racing do not kick each other.
  const older = user.olderThanMine ? "AND p.rowid < (SELECT rowid FROM presence WHERE conn_id = ?)" : "";
  const { rows } = await db.$client.execute({
    sql: `SELECT p.conn_id FROM presence p JOIN nodes n ON n.node_id = p.node_id
           WHERE p.user_id = ? AND p.protocol = ? AND (p.client_type & 16) = ? AND p.conn_id != ? AND n.heartbeat_at >= ? ${older}
           ORDER BY p.connected_at, p.rowid LIMIT 1`,
    args: [
      user.userId,
      user.protocol,
      user.mobile ? 16 : 0,
      user.exceptConnId,
      nowS - nodeStaleAfterS,
      ...(user.olderThanMine ? [user.exceptConnId] : []),
    ],
  });
  return rows.length > 0 ? String(rows[0].conn_id) : null;
}
