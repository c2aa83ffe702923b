// Reading user text whole over a real, migrated libSQL file: every TEXT column that holds user text comes back byte for
// byte through wholeText (drizzle) and wholeTextSql (raw SQL), NUL, BOM and astral characters included, and so do the
// domain's readers of nicknames and group names.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { eq } from "drizzle-orm";
import { requireGroup } from "../domain/groups.ts";
import { requireUser } from "../domain/users.ts";
import { openDatabase } from "./open-database.ts";
import { applyMigrations } from "./migrate.ts";
import { departments, groups, messages, users } from "./schema.ts";
import { decodeText, wholeText, wholeTextSql } from "./whole-text.ts";

const dir = mkdtempSync(join(tmpdir(), "im-text-"));
const database = await openDatabase({ url: `file:${dir}/t.db` });
await applyMigrations(database.client);
const { db } = database;
after(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const odd = ["\u0000", "\u0000lead", "mid\u0000dle", "trail\u0000", "\uFEFFbom", "a\u0000😀\u0000b", "\uFFFF", ""];

test("user text columns of users, groups, departments and messages read back whole", async () => {
  for (const [i, text] of odd.entries()) {
    const user = { nickname: text, avatar: text, email: text, domain: text, signInfo: text, loginName: `${i}\u0000${text}` };
    const [u] = await db.transaction((tx) =>
      tx
        .insert(users)
        .values({ ...user, passwordVerifier: "-" })
        .returning({ id: users.id }),
    );
    const [row] = await db
      .select({
        nickname: wholeText(users.nickname),
        avatar: wholeText(users.avatar),
        email: wholeText(users.email),
        domain: wholeText(users.domain),
        signInfo: wholeText(users.signInfo),
        loginName: wholeText(users.loginName),
      })
      .from(users)
      .where(eq(users.id, u.id));
    assert.deepEqual(row, user, JSON.stringify(text));
    const [g] = await db.transaction((tx) =>
      tx.insert(groups).values({ name: text, avatar: text, creatorId: u.id, type: 1 }).returning({ id: groups.id }),
    );
    const [group] = await db
      .select({ name: wholeText(groups.name), avatar: wholeText(groups.avatar) })
      .from(groups)
      .where(eq(groups.id, g.id));
    assert.deepEqual(group, { name: text, avatar: text });
    const [d] = await db.transaction((tx) => tx.insert(departments).values({ name: text }).returning({ id: departments.id }));
    assert.deepEqual(
      await db
        .select({ name: wholeText(departments.name) })
        .from(departments)
        .where(eq(departments.id, d.id)),
      [{ name: text }],
    );
  }
});

test("raw SQL reads message content whole with wholeTextSql and decodeText", async () => {
  await db.transaction((tx) =>
    tx.insert(messages).values(
      odd.map((content, i) => ({
        eventId: 1000 + i,
        sessionType: 1,
        sessionId: 1,
        msgId: i + 1,
        fromUserId: 1,
        toId: 2,
        msgType: 1,
        content,
      })),
    ),
  );
  const { rows } = await db.$client.execute(`SELECT ${wholeTextSql("m.content")} FROM messages m WHERE m.session_id = 1 ORDER BY m.msg_id`);
  assert.deepEqual(
    rows.map((r) => decodeText(r.content)),
    odd,
  );
});

test("the domain's readers return nicknames and group names whole", async () => {
  const nickname = "\u0000nick\u0000";
  const [u] = await db.transaction((tx) => tx.insert(users).values({ nickname, passwordVerifier: "-" }).returning({ id: users.id }));
  assert.deepEqual(await requireUser(db, u.id), { id: u.id, nickname });
  const name = "team\u0000 b";
  const [g] = await db.transaction((tx) => tx.insert(groups).values({ name, creatorId: u.id, type: 1 }).returning({ id: groups.id }));
  assert.equal((await requireGroup(db, g.id)).name, name);
});

test("decodeText: bytes are UTF-8 (a leading BOM kept), strings pass through, NULL is null", () => {
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x00, 0x62])), "\uFEFFa\u0000b");
  assert.equal(decodeText(new Uint8Array([0x61, 0x00]).buffer), "a\u0000");
  assert.equal(decodeText("plain"), "plain");
  assert.equal(decodeText(null), null);
  assert.throws(() => decodeText(42), TypeError);
});
