// What every domain operation runs with: the database, the clock, the configuration, the server secret, the SMS
// sender, a logger, the process's record of recent logins and its feed of freshly committed log events.
// Protocol adapters build one of these at start and pass it down; tests build one over a temp libSQL file.
import type { Config } from "../config.ts";
import type { RecentLogins } from "../crypto/recent-logins.ts";
import type { CommittedEvents } from "../delivery/committed-events.ts";
import type { Db } from "../db/database.ts";
import type { Logger } from "../log.ts";
import type { SmsSender } from "./sms-sender.ts";

export interface Domain {
  db: Db;
  config: Config;
  /** The server secret (shared/server-secret.ts): keys for what the database must not hold readable are derived from it. */
  secret: Uint8Array;
  sms: SmsSender;
  log: Logger;
  /** Milliseconds since the epoch; injectable so tests can move time. */
  nowMs(): number;
  /** Checks passwords against their verifiers, sparing the slow hash for a login that succeeded a short while ago. */
  recentLogins: RecentLogins;
  /** Log events this process has just committed, for its own core node to deliver without reading them back. */
  committed: CommittedEvents;
}

/** Unix seconds now. */
export function nowS(d: Pick<Domain, "nowMs">): number {
  return Math.floor(d.nowMs() / 1000);
}
