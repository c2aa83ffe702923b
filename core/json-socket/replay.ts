// What a user missed, sent to a connection that has just bound: unseen friend requests and group invitations (from
// their tables, until browsed or answered), then the log above the user's delivery cursor, a page at a time, letting
// the socket drain so a large backlog never piles up in memory or trips the slow-reader bound.
import type { LoggedEvent } from "../../shared/delivery/log.ts";
import { unseenFriendRequests, unseenInvitations } from "../../shared/domain/pending.ts";
import type { CoreNode } from "../node.ts";
import { isReplayedFromTables, pushesOf } from "./pushes.ts";

const page = 500;

/** The connection as replay uses it. */
export interface ReplayTarget {
  readonly closed: boolean;
  send(value: unknown): void;
  writeEvent(e: LoggedEvent): void;
  drained(): Promise<void>;
}

/** Replays everything pending; returns the log position up to which the unseen requests were read. */
export async function replay(target: ReplayTarget, node: CoreNode, userId: number): Promise<number> {
  const { db } = node.domain;
  const unseenUpTo = await node.log.latest();
  for (const event of [...(await unseenFriendRequests(db, userId)), ...(await unseenInvitations(db, userId))]) {
    for (const push of pushesOf(event)) target.send(push);
    await target.drained();
  }
  let after = await node.cursors.read(userId);
  while (!target.closed) {
    const events = await node.log.backlog(userId, after, page);
    for (const e of events) {
      // Events narrowed to a TeamTalk client family are not for this door.
      if (e.family !== null || isReplayedFromTables(e.event)) continue;
      target.writeEvent(e);
      await target.drained();
    }
    if (events.length < page) break;
    after = events[events.length - 1].id;
  }
  return unseenUpTo;
}
