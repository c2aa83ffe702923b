// Sending messages from any door: each is checked, then stored with its delivery-log event. Single messages sent at
// the same time in one process share a write transaction (group commit); a batch (a broadcast) is one transaction.
// Once committed, their log events go to this process's core node from memory (Domain.committed).
import { GroupCommit } from "../db/group-commit.ts";
import { writeRaw } from "../db/database.ts";
import type { LoggedEvent } from "../delivery/log.ts";
import type { Domain } from "./context.ts";
import { checkSendable, type OutgoingMessage, SessionType, type StoredMessage, storeMessages } from "./messages.ts";

/** One group commit per domain, i.e. per process and database. */
const committers = new WeakMap<Domain, GroupCommit<OutgoingMessage, StoredMessage>>();

function committerOf(d: Domain): GroupCommit<OutgoingMessage, StoredMessage> {
  let committer = committers.get(d);
  if (!committer) {
    committer = new GroupCommit(d.db, (tx, batch) => storeMessages(tx, batch, d.nowMs()), {
      committed: (batch, stored) => d.committed.publish(loggedMessages(batch, stored)),
    });
    committers.set(d, committer);
  }
  return committer;
}

/** Checks and stores one message; resolves once committed, with its per-conversation id. */
export async function sendMessage(d: Domain, msg: OutgoingMessage): Promise<StoredMessage> {
  await checkSendable(d, msg);
  return committerOf(d).submit(msg);
}

/** Checks every message, then stores them all or none in one transaction. */
export async function sendMessageBatch(d: Domain, batch: OutgoingMessage[]): Promise<StoredMessage[]> {
  for (const msg of batch) await checkSendable(d, msg);
  const stored = await writeRaw(d.db, (tx) => storeMessages(tx, batch, d.nowMs()));
  d.committed.publish(loggedMessages(batch, stored));
  return stored;
}

/** The log events of stored messages, as a read of the log would give them. */
function loggedMessages(batch: OutgoingMessage[], stored: StoredMessage[]): LoggedEvent[] {
  return batch.map((msg, i) => ({
    id: stored[i].eventId,
    target: msg.sessionType === SessionType.Group ? { kind: "group", groupId: msg.toId } : { kind: "user", userId: msg.toId },
    family: null,
    createdAtMs: stored[i].createdAtMs,
    event: msg.originConnId === undefined ? { kind: "message" } : { kind: "message", originConnId: msg.originConnId },
    message: {
      sessionType: msg.sessionType,
      msgId: stored[i].msgId,
      fromUserId: msg.fromUserId,
      toId: msg.toId,
      msgType: msg.msgType,
      content: msg.content,
      createdAt: stored[i].time,
    },
  }));
}
