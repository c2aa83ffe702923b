// The online-status announcements of teamtalk.md §8.12, made by the session when a connection has logged in and when
// a logged-in connection is gone: IMUserStatNotify to PC connections, IMPCLoginStatusNotify to the user's mobile ones.
import type { ClientFamily } from "../../shared/domain/events.ts";
import { announceLogin, announcePcGone } from "../../shared/domain/pc-presence.ts";
import type { CoreNode } from "../node.ts";

interface LoggedIn {
  readonly node: CoreNode;
  readonly userId: number;
  readonly clientFamily: ClientFamily | null;
}

export async function statusAfterLogin(conn: LoggedIn): Promise<void> {
  if (await announceLogin(conn.node.domain, conn.userId, conn.clientFamily === "pc")) conn.node.poke();
}

export async function statusAfterGone(conn: LoggedIn): Promise<void> {
  if (conn.clientFamily === "pc" && (await announcePcGone(conn.node.domain, conn.userId))) conn.node.poke();
}
