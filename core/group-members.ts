// This node's cache of group membership for fan-out: who is in a group, from which log event on, and (for members
// who left) up to which event. An entry is dropped when the log announces a membership change of its group, so it
// follows the log's order.
import type { Db } from "../shared/db/database.ts";

/** The log events of a group a member gets: from `from` on, up to `to` (the event that removed them) if they left. */
export type MemberRange = { from: number; to: number | null };
/** userId → the member's range. */
export type Members = Map<number, MemberRange>;

const maxCachedGroups = 10_000;

export class GroupMembers {
  #cache = new Map<number, Members>();

  constructor(private readonly db: Db) {}

  /** The members that events of the group from `fromEventId` on may reach (members who left before are not). */
  async of(groupId: number, fromEventId: number): Promise<Members> {
    const cached = this.#cache.get(groupId);
    if (cached) return cached;
    const { rows } = await this.db.$client.execute({
      sql: `SELECT user_id, joined_event_id, left_event_id FROM group_members
             WHERE group_id = ? AND (status = 0 OR left_event_id >= ?)`,
      args: [groupId, fromEventId],
    });
    const members: Members = new Map(
      rows.map((r) => [
        Number(r.user_id),
        { from: Number(r.joined_event_id), to: r.left_event_id === null ? null : Number(r.left_event_id) },
      ]),
    );
    if (this.#cache.size >= maxCachedGroups) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(groupId, members);
    return members;
  }

  forget(groupId: number): void {
    this.#cache.delete(groupId);
  }
}
