// TeamTalk discovery (teamtalk.md §9.1) through the edge's Hono app: `GET /msg_server` answers the original's JSON,
// byte for byte with the defaults, and follows IM_PUBLIC_HOST / IM_MSG_PORT / IM_MSFS_PORT; other methods and paths
// get JSON errors, and the signed API at `/` is untouched.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Hono } from "hono";
import { createApp } from "../app.ts";
import { openTempDomain } from "../../test-kit/temp-domain.ts";

/** The original's body with its defaults (one line, keys sorted). */
const defaultJson =
  '{"backupIP":"127.0.0.1","code":0,"discovery":"http://127.0.0.1/api/discovery","msfsBackup":"http://127.0.0.1:8700/",' +
  '"msfsPrior":"http://127.0.0.1:8700/","msg":"","port":"8000","priorIP":"127.0.0.1"}';

/** The product defaults for what discovery reads: an empty value counts as unset, whatever the test config picks. */
const defaults = { IM_PUBLIC_HOST: "", IM_MSG_PORT: "", IM_MSFS_PORT: "" };

async function withApp(env: Record<string, string>, body: (app: Hono) => Promise<void>): Promise<void> {
  const temp = await openTempDomain({ ...defaults, ...env });
  try {
    await body(createApp(temp.domain));
  } finally {
    temp.close();
  }
}

test("GET /msg_server with the default configuration answers the original's JSON exactly", () =>
  withApp({}, async (app) => {
    const res = await app.request("/msg_server");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^application\/json\b/);
    const text = await res.text();
    assert.equal(text, defaultJson, "same keys, order, types and values");
    const body = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(body, {
      backupIP: "127.0.0.1",
      code: 0,
      discovery: "http://127.0.0.1/api/discovery",
      msfsBackup: "http://127.0.0.1:8700/",
      msfsPrior: "http://127.0.0.1:8700/",
      msg: "",
      port: "8000",
      priorIP: "127.0.0.1",
    });
    assert.equal(typeof body.code, "number", "Windows reads code as an int");
    assert.equal(typeof body.port, "string", "the original sends the port as a string");
  }));

test("a query string is tolerated", () =>
  withApp({}, async (app) => {
    const res = await app.request("/msg_server?client=android&v=1");
    assert.equal(res.status, 200);
    assert.equal(await res.text(), defaultJson);
  }));

test("IM_PUBLIC_HOST, IM_MSG_PORT and IM_MSFS_PORT set the advertised addresses", () =>
  withApp({ IM_PUBLIC_HOST: "im.example.com", IM_MSG_PORT: "9000", IM_MSFS_PORT: "9700" }, async (app) => {
    const res = await app.request("/msg_server");
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      backupIP: "im.example.com",
      code: 0,
      discovery: "http://im.example.com/api/discovery",
      msfsBackup: "http://im.example.com:9700/",
      msfsPrior: "http://im.example.com:9700/",
      msg: "",
      port: "9000",
      priorIP: "im.example.com",
    });
  }));

test("an IPv6 public host is bare in priorIP / backupIP and bracketed in URLs", () =>
  withApp({ IM_PUBLIC_HOST: "2001:db8::1" }, async (app) => {
    const body = (await (await app.request("/msg_server")).json()) as Record<string, unknown>;
    assert.equal(body.priorIP, "2001:db8::1");
    assert.equal(body.backupIP, "2001:db8::1");
    assert.equal(body.msfsPrior, "http://[2001:db8::1]:8700/");
    assert.equal(body.msfsBackup, "http://[2001:db8::1]:8700/");
    assert.equal(body.discovery, "http://[2001:db8::1]/api/discovery");
  }));

test("HEAD /msg_server answers like GET without a body; other methods get 405 JSON", () =>
  withApp({}, async (app) => {
    const head = await app.request("/msg_server", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.match(head.headers.get("content-type") ?? "", /^application\/json\b/);
    assert.equal(await head.text(), "");
    for (const method of ["POST", "PUT", "DELETE"]) {
      const res = await app.request("/msg_server", { method });
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.get("allow"), "GET, HEAD");
      assert.match(res.headers.get("content-type") ?? "", /^application\/json\b/);
      const body = (await res.json()) as Record<string, unknown>;
      assert.equal(body.status, "0000");
      assert.equal(body.code, "BAD_REQUEST");
    }
  }));

test("other paths near /msg_server are the app's JSON 404", () =>
  withApp({}, async (app) => {
    for (const path of ["/msg_server/x", "/msg_serverx", "/MSG_SERVER"]) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      assert.equal(((await res.json()) as Record<string, unknown>).code, "NOT_FOUND", path);
    }
  }));

test("the signed API at / still answers: a POST without request is HTTP 400 JSON", () =>
  withApp({}, async (app) => {
    for (const init of [{ method: "POST", body: "" }, { method: "GET" }]) {
      const res = await app.request("/", init);
      assert.equal(res.status, 400, init.method);
      assert.match(res.headers.get("content-type") ?? "", /^application\/json\b/);
      assert.deepEqual(await res.json(), { status: "0000", info: "no request parameter", code: "BAD_REQUEST" });
    }
  }));
