// SMS abuse limits over a real server on a temp libSQL file: IM_SMS_PER_ADDRESS_HOUR codes per client address per
// hour (all phones together, the address taken from the HTTP connection; IPv6 by its /64) and IM_SMS_PER_MINUTE for
// the whole server, both RATE_LIMITED. (Across processes: edge/two-processes.test.ts.)
import assert from "node:assert/strict";
import { test } from "node:test";
import { smsSends } from "../db/schema.ts";
import type { SignedReply } from "../signed-api/client.ts";
import { startTestServer, type TestServer } from "../../test-kit/signed-api-server.ts";
import { ImError } from "./errors.ts";
import { sendSmsCode } from "./sms-codes.ts";

function withServer(env: Record<string, string>, fn: (server: TestServer) => Promise<void>) {
  return async () => {
    const server = await startTestServer(env, { listen: true }); // the client address comes from a real connection
    try {
      await fn(server);
    } finally {
      await server.close();
    }
  };
}

let lastPhone = 13700000000;
const nextPhone = () => String(++lastPhone);
const send = (server: TestServer, telephone = nextPhone()) => server.call("com.sms.send", { telephone, scene: "register" });
const codes = (replies: SignedReply[]) => replies.map((r) => r.body.code ?? "ok");

/** sendSmsCode as the domain sees it from `address`: "ok", or the ImError's code. */
async function sendFrom(server: TestServer, address: string, telephone = nextPhone()): Promise<string> {
  try {
    await sendSmsCode(server.domain, telephone, "register", address);
    return "ok";
  } catch (err) {
    if (err instanceof ImError) return err.code;
    throw err;
  }
}

test(
  "the finding: one client asking for codes to many phones at once gets IM_SMS_PER_ADDRESS_HOUR (default 30), no more",
  withServer({}, async (server) => {
    const replies = await Promise.all(Array.from({ length: 45 }, () => send(server)));
    const got = codes(replies);
    assert.equal(got.filter((c) => c === "ok").length, 30, got.join(" "));
    assert.equal(got.filter((c) => c === "RATE_LIMITED").length, 15, got.join(" "));
    const rows = await server.domain.db.select().from(smsSends);
    assert.deepEqual([...new Set(rows.map((r) => r.address))], ["127.0.0.1"], "counted under the connection's address");
  }),
);

test(
  "per address per hour, all phones together; refused requests do not count; another address has its own; an hour later it is free",
  withServer({ IM_SMS_PER_ADDRESS_HOUR: "3" }, async (server) => {
    assert.equal((await send(server, "12345")).body.code, "BAD_REQUEST");
    const first = nextPhone();
    assert.equal((await send(server, first)).body.status, "1111");
    assert.equal((await send(server, first)).body.code, "RATE_LIMITED", "the per-phone resend limit");
    assert.deepEqual(codes([await send(server), await send(server)]), ["ok", "ok"], "the refusals above did not count");
    assert.deepEqual(codes([await send(server), await send(server)]), ["RATE_LIMITED", "RATE_LIMITED"]);
    assert.match((await send(server)).body.info!, /at most 3 SMS codes per hour from one address/);
    assert.equal(await sendFrom(server, "198.51.100.7"), "ok", "another address");
    server.advance(3540);
    assert.equal((await send(server)).body.code, "RATE_LIMITED", "59 minutes later");
    server.advance(61);
    assert.equal((await send(server)).body.status, "1111", "an hour later");
  }),
);

test(
  "IPv6 clients are counted by their /64",
  withServer({ IM_SMS_PER_ADDRESS_HOUR: "2" }, async (server) => {
    assert.equal(await sendFrom(server, "2001:db8:1:2::1"), "ok");
    assert.equal(await sendFrom(server, "2001:db8:1:2:ffff:ffff:ffff:fffe"), "ok");
    assert.equal(await sendFrom(server, "2001:db8:1:2::99"), "RATE_LIMITED", "a third address of the same /64");
    assert.equal(await sendFrom(server, "2001:db8:1:3::1"), "ok", "the next /64");
  }),
);

test(
  "per minute for the whole server, whatever the addresses",
  withServer({ IM_SMS_PER_MINUTE: "4" }, async (server) => {
    const got = [];
    for (let i = 0; i < 6; i++) got.push(await sendFrom(server, `203.0.113.${i}`));
    assert.deepEqual(got, ["ok", "ok", "ok", "ok", "RATE_LIMITED", "RATE_LIMITED"]);
    server.advance(61);
    assert.equal(await sendFrom(server, "203.0.113.200"), "ok", "a minute later");
  }),
);

test(
  "sends older than an hour are pruned",
  withServer({}, async (server) => {
    for (let i = 0; i < 3; i++) assert.equal(await sendFrom(server, "192.0.2.1"), "ok");
    server.advance(3601);
    assert.equal(await sendFrom(server, "192.0.2.2"), "ok");
    const rows = await server.domain.db.select().from(smsSends);
    assert.deepEqual(
      rows.map((r) => r.address),
      ["192.0.2.2"],
    );
  }),
);
