// Message text on the JSON socket comes back byte for byte (product.md): contents with NUL at the start, middle or end,
// a BOM, noncharacters and astral characters are delivered live and replayed exactly as sent (the libSQL client once
// cut them at the first NUL); a content with a lone surrogate is refused with BAD_REQUEST and stores nothing.
// Black-box over real TCP and a real libSQL file (test-kit/world.ts).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Buffer } from "node:buffer";
import { collect, send, settle } from "../../test-kit/socket.ts";
import { World, type User } from "../../test-kit/world.ts";

const contents = [
  "before\u0000after",
  "\u0000hidden",
  "trailing\u0000",
  "\u0000",
  "\u0000\u0000two",
  "a\u0000😀\u0000b",
  "\uFEFFstarts with a BOM",
  "\uFFFF\uFFFE noncharacters, \u0001 and \u007F",
];

let w: World;
let sender: User;

before(async () => {
  w = await World.start();
  sender = await w.user();
});
after(() => w?.close());

/** The stored bytes of every message from the sender to this peer or group, as UTF-8 hex, in msg_id order. */
async function storedHex(toId: number): Promise<string[]> {
  const { rows } = await w.db.$client.execute({
    sql: "SELECT hex(content) AS hex FROM messages WHERE from_user_id = ? AND to_id = ? ORDER BY msg_id",
    args: [sender.userId, toId],
  });
  return rows.map((r) => String(r.hex));
}

const hexOf = (text: string) => Buffer.from(text, "utf8").toString("hex").toUpperCase();

test("1:1 contents with NUL and other odd characters are stored and delivered live exactly", async () => {
  const recipient = await w.user();
  const [from, to] = [await w.connect(sender), await w.connect(recipient)];
  for (const content of contents) await send(from, { user: recipient }, content);
  const got = await collect(to, contents.length);
  assert.deepEqual(
    got.map((m) => m.content),
    contents,
  );
  assert.deepEqual(await storedHex(recipient.userId), contents.map(hexOf));
});

test("group contents with NUL are delivered live exactly", async () => {
  const member = await w.user();
  const groupId = await w.group(sender, member);
  const [from, to] = [await w.connect(sender), await w.connect(member)];
  for (const content of contents) await send(from, { group: groupId }, content);
  assert.deepEqual(
    (await collect(to, contents.length)).map((m) => m.content),
    contents,
  );
});

test("contents with NUL sent while the recipient is offline are replayed exactly on bind", async () => {
  const recipient = await w.user();
  const from = await w.connect(sender);
  for (const content of contents) await send(from, { user: recipient }, content);
  const replayed = (await settle(await w.connect(recipient))).filter((m) => m.type === "msg");
  assert.deepEqual(
    replayed.map((m) => m.content),
    contents,
  );
});

test("a content with a lone surrogate is BAD_REQUEST and stores nothing; a surrogate pair is fine", async () => {
  const recipient = await w.user();
  const from = await w.connect(sender);
  for (const content of ["\uD800", "x\uDC00", "\uDE00\uD83D", "ok\uD83D"]) {
    const ack = await from.request({ action: "sendmsg", sendto: "user", to_user_id: recipient.userId, content });
    assert.equal(ack.status, "0000", `${JSON.stringify(content)}: ${JSON.stringify(ack)}`);
    assert.equal(ack.code, "BAD_REQUEST", JSON.stringify(ack));
  }
  assert.deepEqual(await storedHex(recipient.userId), []);
  await send(from, { user: recipient }, "\uD83D\uDE00");
  assert.deepEqual(await storedHex(recipient.userId), [hexOf("😀")]);
});
