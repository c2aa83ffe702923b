// This node's cache of group membership for fan-out: who is in a group and from which log event on. An entry is
// dropped when the log announces a membership change of its group, so it follows the log's order.
import { and, eq } from "drizzle-orm";
import type { Db } from "../shared/db/database.ts";
import { groupMembers } from "../shared/db/schema.ts";

/** userId → the first event id that user may receive from the group. */
export type Members = Map<number, number>;

const maxCachedGroups = 10_000;

export class GroupMembers {
  #cache = new Map<number, Members>();

  constructor(private readonly db: Db) {}

  async of(groupId: number): Promise<Members> {
    const cached = this.#cache.get(groupId);
    if (cached) return cached;
    const rows = await this.db
      .select({ userId: groupMembers.userId, from: groupMembers.joinedEventId })
      .from(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 0)));
    const members: Members = new Map(rows.map((r) => [r.userId, r.from]));
    if (this.#cache.size >= maxCachedGroups) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(groupId, members);
    return members;
  }

  forget(groupId: number): void {
    this.#cache.delete(groupId);
  }
}
