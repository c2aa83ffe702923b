// Lists in TeamTalk replies within one PDU (teamtalk.md §15: S→C PDUs under 400 KiB): what an entry costs, the
// longest prefix that fits, and for lists of changes since a watermark (§8.11) where to cut so the rest comes next.
import { maxOutboundPduBytes } from "../../shared/codecs/tt-pdu.ts";
import type { MessageType } from "./wire.ts";

/** Room for a reply's list entries: the PDU limit less the header and the reply's other fields. */
export const listBudgetBytes = maxOutboundPduBytes - 1024;

/** The bytes an entry adds to a repeated message field: itself, its length prefix and the field tag. */
function entryBytes<T>(type: MessageType<T>, entry: T): number {
  const n = type.encode(entry).finish().length;
  return n + 1 + (n < 0x80 ? 1 : n < 0x4000 ? 2 : 3);
}

/** How many of the entries, from the first, fit the budget. */
export function fittingCount<T>(type: MessageType<T>, entries: T[]): number {
  let used = 0;
  for (const [i, entry] of entries.entries()) {
    used += entryBytes(type, entry);
    if (used > listBudgetBytes) return i;
  }
  return entries.length;
}

export interface Change<T> {
  entry: T;
  /** Unix seconds, the watermark's unit. */
  updatedAt: number;
}

/**
 * One reply's worth of changes in order of change, and its watermark (the last listed change's second, or `since`
 * when none is listed). When not all of them fit, or `more` says the list was already cut, the reply ends before a
 * second whose changes it could not hold whole: the client's next request from the watermark (inclusive for users,
 * exclusive for departments) then starts with that second, so nothing is skipped. Only one second's changes larger
 * than a whole reply (some 2,000 users) cannot be listed whole; they are sent as far as they fit.
 */
export function pageOfChanges<T>(type: MessageType<T>, changes: Change<T>[], since: number, more: boolean) {
  let end = fittingCount(
    type,
    changes.map((c) => c.entry),
  );
  const partialSecond = end > 0 && (end < changes.length ? changes[end].updatedAt === changes[end - 1].updatedAt : more);
  if (partialSecond) {
    let start = end - 1;
    while (start > 0 && changes[start - 1].updatedAt === changes[end - 1].updatedAt) start--;
    if (start > 0) end = start;
  }
  return { entries: changes.slice(0, end).map((c) => c.entry), watermark: end > 0 ? changes[end - 1].updatedAt : since };
}
