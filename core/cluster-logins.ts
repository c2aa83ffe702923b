// The recent-logins record shared by the processes of a cluster: the primary keeps one record, and each worker asks it
// on a local miss and tells it of each slow success, over the cluster's IPC channel. All use one key, made by the
// primary at start and handed to each worker in its environment, so an entry means the same in every process: a
// client that reconnects to another worker after a storm still skips the slow hash.
import { randomBytes } from "node:crypto";
import type { RecentLogins, SharedLogins } from "../shared/crypto/recent-logins.ts";

/** The environment variable through which the primary gives a worker the record's key (internal, not a setting). */
export const workerLoginKeyVariable = "IM_WORKER_LOGIN_KEY";

/** A new key for a cluster's record, as its environment variable's value. */
export const newLoginKey = () => randomBytes(32).toString("hex");

/** A process's end of the IPC channel (a worker's `process`, or the primary's `cluster.Worker`). */
export interface Channel {
  send(message: unknown): unknown;
  on(event: "message", listener: (message: unknown) => void): unknown;
}

/** Sends unless the channel is gone (the other process exited): a lost message is only a slow hash later. */
function trySend(channel: Channel, message: Ask | Answer | Tell): boolean {
  try {
    channel.send(message);
    return true;
  } catch {
    return false;
  }
}

type Ask = { kind: "recent-login?"; id: number; entry: string };
type Answer = { kind: "recent-login"; id: number; checkedAt: number | null };
type Tell = { kind: "recent-login!"; entry: string; checkedAt: number };

/** A primary that does not answer this soon counts as a miss: the slow hash decides. */
const answerWithinMs = 1_000;

/** A worker's view of the primary's record. */
export function sharedLoginsOver(channel: Channel): SharedLogins {
  const waiting = new Map<number, (checkedAt: number | undefined) => void>();
  let lastId = 0;
  channel.on("message", (message) => {
    const answer = message as Answer;
    if (answer?.kind !== "recent-login") return;
    waiting.get(answer.id)?.(answer.checkedAt ?? undefined);
  });
  return {
    checkedAt(entry) {
      const id = ++lastId;
      return new Promise((resolve) => {
        const done = (checkedAt: number | undefined) => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve(checkedAt);
        };
        const timer = setTimeout(() => done(undefined), answerWithinMs);
        waiting.set(id, done);
        if (!trySend(channel, { kind: "recent-login?", id, entry })) done(undefined);
      });
    },
    remember(entry, checkedAt) {
      trySend(channel, { kind: "recent-login!", entry, checkedAt });
    },
  };
}

/** The primary's side: answers a worker's questions from the record and records what it is told. */
export function serveSharedLogins(channel: Channel, record: RecentLogins): void {
  channel.on("message", (message) => {
    const m = message as Ask | Tell;
    if (m?.kind === "recent-login!" && typeof m.entry === "string" && typeof m.checkedAt === "number") {
      record.remember(m.entry, m.checkedAt);
    } else if (m?.kind === "recent-login?" && typeof m.entry === "string") {
      void record.checkedAt(m.entry).then((checkedAt) => {
        trySend(channel, { kind: "recent-login", id: m.id, checkedAt: checkedAt ?? null });
      });
    }
  });
}
