// Sending messages from any door: each is checked, then stored with its delivery-log event. Single messages sent at
// the same time in one process share a write transaction (group commit); a batch (a broadcast) is one transaction.
import { GroupCommit } from "../db/group-commit.ts";
import { writeRaw } from "../db/database.ts";
import type { Domain } from "./context.ts";
import { checkSendable, type OutgoingMessage, type StoredMessage, storeMessages } from "./messages.ts";

/** One group commit per domain, i.e. per process and database. */
const committers = new WeakMap<Domain, GroupCommit<OutgoingMessage, StoredMessage>>();

function committerOf(d: Domain): GroupCommit<OutgoingMessage, StoredMessage> {
  let committer = committers.get(d);
  if (!committer) {
    committer = new GroupCommit(d.db, (tx, batch) => storeMessages(tx, batch, d.nowMs()));
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
  return writeRaw(d.db, (tx) => storeMessages(tx, batch, d.nowMs()));
}
