// Benchmark set-up: users with tokens and one group written straight into a fresh database (registering thousands
// of users through scrypt would take minutes and measure nothing of delivery).
import { hashPasswordMd5, passwordMd5 } from "../shared/crypto/password.ts";
import { loadConfig } from "../shared/config.ts";
import { groupMembers, users } from "../shared/db/schema.ts";
import { createGroup } from "../shared/domain/groups.ts";
import { openDomain } from "../shared/domain/open-domain.ts";
import { issueToken } from "../shared/domain/tokens.ts";
import { createLogger } from "../shared/log.ts";

export interface Seeded {
  /** `loginName` logs in on TeamTalk with `password`. */
  users: { userId: number; token: string; loginName: string }[];
  groupId: number;
}

/** Every seeded user's password (one verifier computed once: the slow hash is not what this measures). */
export const password = "bench-pass";

export async function seed(dataDir: string, count: number, groupSize: number): Promise<Seeded> {
  const { domain, close } = await openDomain(loadConfig({ IM_DATA_DIR: dataDir }), { migrate: true, log: createLogger("error") });
  try {
    const passwordVerifier = await hashPasswordMd5(passwordMd5(password));
    const rows = Array.from({ length: count }, (_, i) => ({
      telephone: `+861${String(i).padStart(10, "0")}`,
      loginName: `u${i}`,
      nickname: `u${i}`,
      passwordVerifier,
    }));
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = await domain.db
        .insert(users)
        .values(rows.slice(i, i + 500))
        .returning({ id: users.id });
      ids.push(...inserted.map((r) => r.id));
    }
    const seeded = await domain.db.transaction(async (tx) => {
      const out = [];
      for (const [i, userId] of ids.entries())
        out.push({ userId, token: (await issueToken(domain, tx, userId)).token, loginName: `u${i}` });
      return out;
    });
    const { groupId } = await createGroup(domain, ids[0]);
    const members = ids.slice(1, groupSize).map((userId) => ({ groupId, userId }));
    for (let i = 0; i < members.length; i += 500) await domain.db.insert(groupMembers).values(members.slice(i, i + 500));
    return { users: seeded, groupId };
  } finally {
    close();
  }
}
