// Commands one user's client sends another's (typing, nudge): never stored, relayed through the log to every
// connection of the receiver and the sender's other connections, live only.
import type { Domain } from "./context.ts";
import { appendEvent, type P2pEvent } from "./events.ts";

export async function relayP2pCommand(d: Domain, command: Omit<P2pEvent, "kind">): Promise<void> {
  const event: P2pEvent = { kind: "p2p", ...command };
  const users = new Set([command.toUserId, command.fromUserId]);
  await d.db.transaction(async (tx) => {
    for (const userId of users) await appendEvent(d, tx, { userId }, event);
  });
}
