// Telephones stored before they were canonical (as the client wrote them) become E.164 at the next start, read in
// IM_PHONE_REGION; one that is not a phone, or whose phone another account already has, is left and logged.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { asc } from "drizzle-orm";
import { loadConfig } from "../config.ts";
import { hashPasswordMd5, passwordMd5 } from "../crypto/password.ts";
import { users } from "../db/schema.ts";
import type { Fields, Logger } from "../log.ts";
import { login } from "./accounts.ts";
import { openDomain } from "./open-domain.ts";

const root = mkdtempSync(join(tmpdir(), "im-phones-"));
after(() => rmSync(root, { recursive: true, force: true }));

function recordingLogger(): Logger & { lines: [string, string, Fields][] } {
  const lines: [string, string, Fields][] = [];
  const at =
    (level: string) =>
    (msg: string, fields: Fields = {}) =>
      void lines.push([level, msg, fields]);
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A data folder whose users table holds these telephones as an older version stored them. */
async function olderFolder(name: string, telephones: string[]): Promise<string> {
  const dir = join(root, name);
  const opened = await openDomain(loadConfig({ IM_DATA_DIR: dir }), { migrate: true, log: recordingLogger() });
  const passwordVerifier = await hashPasswordMd5(passwordMd5("secret1"));
  // Written straight into the table (bypassing today's normalisation), as the older version did.
  await opened.domain.db.transaction((tx) =>
    tx.insert(users).values(telephones.map((telephone) => ({ telephone, nickname: telephone, passwordVerifier }))),
  );
  opened.close();
  return dir;
}

test("at start, stored national, 00- and 86-prefixed telephones become E.164; non-phones and duplicates stay, logged", async () => {
  const stored = ["13244556677", "008613244556678", "8613244556679", "+8613244556680", "12345", "+8613244556681", "13244556681"];
  const dir = await olderFolder("cn", stored);
  const log = recordingLogger();
  const opened = await openDomain(loadConfig({ IM_DATA_DIR: dir, IM_SMS_DEV_CODE: "123456" }), { migrate: true, log });
  try {
    const rows = await opened.domain.db.select({ telephone: users.telephone }).from(users).orderBy(asc(users.id));
    assert.deepEqual(
      rows.map((r) => r.telephone),
      ["+8613244556677", "+8613244556678", "+8613244556679", "+8613244556680", "12345", "+8613244556681", "13244556681"],
    );
    assert.deepEqual(log.lines.find(([, msg]) => msg === "stored telephones made canonical (E.164)")?.[2], { telephones: 3 });
    const left = log.lines
      .filter(([level, msg]) => level === "warn" && msg === "stored telephone left as it is")
      .map(([, , f]) => f.telephone);
    assert.deepEqual(left.sort(), ["12345", "13244556681"]);
    const session = await login(opened.domain, { telephone: "13244556677", password: "secret1", smsCode: "123456" });
    assert.equal(session.userId, 1, "the migrated account logs in with the phone as it was written");
  } finally {
    opened.close();
  }
  const quiet = recordingLogger();
  (await openDomain(loadConfig({ IM_DATA_DIR: dir }), { migrate: true, log: quiet })).close();
  assert.equal(quiet.lines.filter(([, msg]) => msg === "stored telephones made canonical (E.164)").length, 0, "nothing more to do");
});

test("the migration reads stored telephones in IM_PHONE_REGION", async () => {
  const dir = await olderFolder("gb", ["07700900123"]);
  const opened = await openDomain(loadConfig({ IM_DATA_DIR: dir, IM_PHONE_REGION: "GB" }), { migrate: true, log: recordingLogger() });
  try {
    const [row] = await opened.domain.db.select({ telephone: users.telephone }).from(users);
    assert.equal(row.telephone, "+447700900123");
  } finally {
    opened.close();
  }
});
