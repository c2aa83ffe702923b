// The msfs contract suite, run once per blob store (msfs-local.test.ts, msfs-s3.test.ts) against a running core: uploads
// with real multipart clients (fetch's FormData, curl when present), downloads with ranges and validators, the size
// limit, malformed bodies, paths outside the store, concurrent and cut-off uploads, image messages, and a 50 MiB
// upload to a server process whose memory stays flat.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { startServerProcess } from "../../test-kit/processes.ts";
import { tempDir } from "../../test-kit/temp-domain.ts";
import { eventually, settlesWithin, sleep } from "../../test-kit/wait.ts";
import { World } from "../../test-kit/world.ts";

export interface StoreUnderTest {
  /** Environment selecting the store (none for the local folder). */
  env: Record<string, string>;
  /** Every object the store holds for a data folder (for the local store: every file, temporary ones included). */
  objects(dataDir: string): Promise<string[]>;
  close(): Promise<void>;
}

const maxBytes = 1024 * 1024;
const run = promisify(execFile);
const hasCurl = await run("curl", ["--version"]).then(
  () => true,
  () => false,
);

type UploadReply = { error_code: number; error_msg: string; path: string; url: string };

/** A raw HTTP exchange over a fresh socket: the status line and body of the reply (fetch would tidy the request). */
function rawHttp(port: number, request: string | Uint8Array, endInput = true): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    socket.on("data", (d) => {
      text += d.toString("latin1");
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const [head, ...rest] = text.split("\r\n\r\n");
      resolve({ status: Number(head.split(" ")[1]), body: Buffer.from(rest.join("\r\n\r\n"), "latin1").toString() });
    });
    socket.write(request);
    if (endInput) socket.end();
  });
}

function multipartBody(boundary: string, parts: string[]): string {
  return `${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("")}--${boundary}--\r\n`;
}

function post(port: number, body: string, contentType = "multipart/form-data; boundary=XyZ"): Promise<{ status: number; body: string }> {
  return rawHttp(
    port,
    `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function msfsSuite(name: string, open: () => Promise<StoreUnderTest>): void {
  let store: StoreUnderTest;
  let world: World;
  let base: string;

  before(async () => {
    store = await open();
    world = await World.start({ ...store.env, IM_MSFS_MAX_BYTES: String(maxBytes) });
    base = `http://127.0.0.1:${world.core.msfs!.port}`;
  });
  after(async () => {
    await world?.close();
    await store?.close();
  });

  const objects = () => store.objects(world.server.dir);
  /**
   * The store comes back to what it held, and stays there: a refusal is sent at once, while a put the server had
   * begun may still be opening or removing its temporary file.
   */
  async function nothingStoredSince(before: string[]): Promise<void> {
    const same = async () => JSON.stringify(await objects()) === JSON.stringify(before);
    await eventually(same, "the store holds what it held before");
    await sleep(200);
    assert.deepEqual(await objects(), before);
  }

  async function upload(bytes: Uint8Array, filename = "photo.jpg", field = "file0"): Promise<UploadReply> {
    const form = new FormData();
    form.append(field, new Blob([bytes], { type: "image/jpeg" }), filename);
    const res = await fetch(`${base}/`, { method: "POST", body: form });
    const text = await res.text();
    assert.equal(text.split("\n").filter(Boolean).length, 1, "one line of JSON");
    return JSON.parse(text) as UploadReply;
  }

  test(`${name}: an upload (fetch FormData, Android's file0) answers path and url; the url gives the same bytes back`, async () => {
    const bytes = randomBytes(300 * 1024);
    const reply = await upload(bytes, "IMG_20261203_640x480.jpg");
    assert.equal(reply.error_code, 0);
    assert.equal(reply.error_msg, "成功");
    assert.match(reply.path, /^g0\/\d{3}\/\d{3}\/\d{16}_[0-9a-f]{16}_640x480\.jpg$/);
    assert.equal(reply.url, `${base}/${reply.path}`, "IM_PUBLIC_HOST and the msfs port");
    const res = await fetch(reply.url);
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), bytes);
    assert.equal(res.headers.get("content-type"), "image/jpeg");
    assert.equal(res.headers.get("content-length"), String(bytes.length));
    assert.equal(res.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.match(res.headers.get("etag") ?? "", /^"[^"]+"$/);
  });

  test(`${name}: curl -F "filename=@./head.jpeg" uploads, and curl downloads the same bytes`, { skip: !hasCurl }, async () => {
    const dir = tempDir("msfs-curl-");
    try {
      const bytes = randomBytes(70_000);
      writeFileSync(join(dir.dir, "head.jpeg"), bytes);
      const { stdout } = await run("curl", ["-s", "-F", "filename=@./head.jpeg", `${base}/`], { cwd: dir.dir });
      assert.equal(stdout.split("\n").filter(Boolean).length, 1);
      const reply = JSON.parse(stdout) as UploadReply;
      assert.equal(reply.error_code, 0);
      assert.match(reply.path, /\.jpeg$/);
      await run("curl", ["-s", "-o", "back.jpeg", reply.url], { cwd: dir.dir });
      assert.deepEqual(readFileSync(join(dir.dir, "back.jpeg")), bytes);
    } finally {
      dir.remove();
    }
  });

  test(`${name}: HEAD, single and suffix ranges (206), unsatisfiable (416), If-None-Match (304)`, async () => {
    const bytes = randomBytes(1000);
    const { url } = await upload(bytes, "a.png");
    const head = await fetch(url, { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get("content-length"), "1000");
    assert.equal(head.headers.get("content-type"), "image/png");
    assert.equal((await head.arrayBuffer()).byteLength, 0);
    const etag = head.headers.get("etag")!;

    const ranged = async (range: string) => {
      const res = await fetch(url, { headers: { Range: range } });
      return { status: res.status, range: res.headers.get("content-range"), body: Buffer.from(await res.arrayBuffer()) };
    };
    assert.deepEqual(await ranged("bytes=0-0"), { status: 206, range: "bytes 0-0/1000", body: bytes.subarray(0, 1) });
    assert.deepEqual(await ranged("bytes=100-199"), { status: 206, range: "bytes 100-199/1000", body: bytes.subarray(100, 200) });
    assert.deepEqual(await ranged("bytes=-10"), { status: 206, range: "bytes 990-999/1000", body: bytes.subarray(990) });
    assert.deepEqual(await ranged("bytes=900-"), { status: 206, range: "bytes 900-999/1000", body: bytes.subarray(900) });
    assert.deepEqual(await ranged("bytes=1000-"), { status: 416, range: "bytes */1000", body: Buffer.alloc(0) });
    assert.deepEqual(await ranged("bytes=0-1,5-6"), { status: 200, range: null, body: bytes });
    const stale = await fetch(url, { headers: { Range: "bytes=0-9", "If-Range": '"other"' } });
    assert.equal(stale.status, 200, "If-Range with another validator: the whole blob");
    await stale.arrayBuffer();
    const cached = await fetch(url, { headers: { "If-None-Match": etag } });
    assert.equal(cached.status, 304);
    await cached.arrayBuffer();
  });

  test(`${name}: only stored blobs' paths are served: traversal, encoded separators, unknown names are 404; other methods 405`, async () => {
    const { path } = await upload(randomBytes(10), "b.gif");
    const port = world.core.msfs!.port;
    // The request's side stays open: the server answers, then closes as Connection: close asks.
    const get = (target: string) => rawHttp(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, false);
    assert.equal((await get(`/${path}`)).status, 200);
    for (const target of [
      "/",
      "/g0/000/000/1_1.jpg",
      `/${path.replace("g0/", "g0/../g0/")}`,
      `/${path.replaceAll("/", "%2F")}`,
      "/g0/000/000/..%2F..%2F..%2Fim.db",
      "/../im.db",
      "/im.db",
      "/blobs/.tmp/x",
      "/server-secret",
      "/etc/passwd",
      "*",
    ])
      assert.equal((await get(target)).status, 404, target);
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await fetch(`${base}/${path}`, { method });
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.get("allow"), "GET, HEAD, POST");
    }
  });

  test(`${name}: IM_MSFS_MAX_BYTES: a file of exactly the limit is stored; one byte more is 413 / code 1 and nothing is stored`, async () => {
    assert.equal((await upload(randomBytes(maxBytes))).error_code, 0);
    const before = await objects();
    const form = new FormData();
    form.append("file", new Blob([randomBytes(maxBytes + 1)]), "big.jpg");
    const res = await fetch(`${base}/`, { method: "POST", body: form });
    assert.equal(res.status, 413);
    assert.deepEqual(await res.json(), { error_code: 1, error_msg: "上传文件过大", path: "", url: "" });
    const declared = await rawHttp(
      world.core.msfs!.port,
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 99999999\r\n\r\n",
      false,
    );
    assert.equal(declared.status, 413, "a declared length over the limit is refused before any byte is read");
    await nothingStoredSince(before);
  });

  test(`${name}: malformed uploads get the original's codes (HTTP 400, 格式错误) and store nothing`, async () => {
    const before = await objects();
    const port = world.core.msfs!.port;
    const file = (disposition: string, type = "Content-Type: image/jpeg\r\n") => `${disposition}\r\n${type}\r\nDATA`;
    const cases: [string, { status: number; body: string }][] = [
      ["no boundary (4)", await post(port, "x", "multipart/form-data")],
      ["boundary not in the body (5)", await post(port, "just some bytes".repeat(100))],
      ["no part with a filename (3)", await post(port, multipartBody("XyZ", ['Content-Disposition: form-data; name="a"\r\n\r\nvalue']))],
      [
        "no part Content-Type (6)",
        await post(port, multipartBody("XyZ", [file('Content-Disposition: form-data; name="f"; filename="a.jpg"', "")])),
      ],
      ["no extension (10)", await post(port, multipartBody("XyZ", [file('Content-Disposition: form-data; name="f"; filename="ajpg"')]))],
      [
        "extension over 15 (9)",
        await post(port, multipartBody("XyZ", [file('Content-Disposition: form-data; name="f"; filename="a.0123456789abcdef"')])),
      ],
      [
        "filename over 255 (11)",
        await post(port, multipartBody("XyZ", [file(`Content-Disposition: form-data; name="f"; filename="${"a".repeat(300)}.jpg"`)])),
      ],
      ["closing boundary missing (8)", await post(port, `--XyZ\r\n${file('Content-Disposition: form-data; name="f"; filename="a.jpg"')}`)],
    ];
    const codes = [4, 5, 3, 6, 10, 9, 11, 8];
    for (const [i, [what, reply]] of cases.entries()) {
      assert.equal(reply.status, 400, what);
      assert.deepEqual(JSON.parse(reply.body), { error_code: codes[i], error_msg: "格式错误", path: "", url: "" }, what);
    }
    await nothingStoredSince(before);
  });

  test(`${name}: 20 concurrent uploads each get their own path and bytes back`, async () => {
    const files = Array.from({ length: 20 }, (_, i) => randomBytes(20_000 + i * 1000));
    const replies = await Promise.all(files.map((f, i) => upload(f, `c${i}.jpg`, "file")));
    assert.equal(new Set(replies.map((r) => r.path)).size, 20);
    const back = await Promise.all(replies.map(async (r) => Buffer.from(await (await fetch(r.url)).arrayBuffer())));
    for (const [i, bytes] of back.entries()) assert.deepEqual(bytes, files[i]);
  });

  test(`${name}: an upload cut off half way leaves nothing behind, and the next upload works`, async () => {
    const before = await objects();
    const head = `--XyZ\r\nContent-Disposition: form-data; name="file0"; filename="cut.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
    await new Promise<void>((done, reject) => {
      const socket = connect(world.core.msfs!.port, "127.0.0.1", () => {
        socket.write(
          `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: ${900 * 1024}\r\n\r\n${head}`,
        );
        socket.write(randomBytes(400 * 1024), () => setTimeout(() => socket.destroy(), 50));
      });
      socket.on("close", () => done());
      socket.on("error", reject);
    });
    await nothingStoredSince(before);
    assert.equal((await upload(randomBytes(100))).error_code, 0);
  });

  /** A socket that has sent an upload whose file is over the limit, and the 413 reply it got while still sending. */
  async function refusedMidBody(): Promise<{ socket: Socket; reply: string; errors: Error[]; closed: Promise<unknown> }> {
    const socket = connect(world.core.msfs!.port, "127.0.0.1");
    const closed = new Promise((resolve) => socket.once("close", resolve));
    const errors: Error[] = [];
    socket.on("error", (err) => errors.push(err));
    let received = "";
    socket.on("data", (d: Buffer) => {
      received += d.toString("latin1");
    });
    const head = `--XyZ\r\nContent-Disposition: form-data; name="file0"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
    const length = head.length + maxBytes + 32 * 1024; // within the limit's room for the envelope: read, not refused unread
    socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: ${length}\r\n\r\n`);
    socket.write(head);
    socket.write(randomBytes(maxBytes + 1024));
    await eventually(() => received.includes("\r\n\r\n") && received.endsWith("\n"), "the reply arrives while the body is unfinished");
    return { socket, reply: received, errors, closed };
  }

  test(`${name}: a body refused half way is read to its end: the client still sending gets the reply, not a reset, and the connection stays usable`, async () => {
    const { socket, reply, errors, closed } = await refusedMidBody();
    assert.match(reply, /^HTTP\/1\.1 413 /);
    assert.match(reply, /"error_code":1/);
    let received = "";
    socket.on("data", (d: Buffer) => {
      received += d.toString("latin1");
    });
    socket.write(randomBytes(32 * 1024 - 1024 - 4)); // the rest of the declared length
    socket.write(Buffer.alloc(4, "-"));
    socket.write("GET /g0/000/000/none.jpg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert.ok(await settlesWithin(closed, 10_000), "the connection ends after the second reply");
    assert.deepEqual(errors, []);
    assert.match(received, /^HTTP\/1\.1 404 /, "the next request on the same connection is answered");
  });

  test(`${name}: a refused body that goes on sending is cut off within seconds`, async () => {
    const { socket, errors, closed } = await refusedMidBody();
    const trickle = setInterval(() => socket.writable && socket.write(randomBytes(100)), 100);
    try {
      assert.ok(await settlesWithin(closed, 5_000), "the server cuts the connection");
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
    assert.ok(
      errors.every((e) => /ECONNRESET|EPIPE/.test(e.message)),
      String(errors),
    );
  });

  test(`${name}: an image message carries an msfs url from TeamTalk to the JSON socket, and the url downloads`, async () => {
    const [sender, receiver] = [await world.user(), await world.user()];
    const image = randomBytes(5000);
    const { url } = await upload(image, "shot.png");
    const tt = await world.teamtalk(sender);
    const socket = await world.connect(receiver);
    const marked = `&$#@~^@[{:${url}:}]&$~@#@`; // the stock clients' image marker (teamtalk.md §7.1)
    assert.equal((await tt.sendText(sender.userId, receiver.userId, marked)).msg_id, 1);
    const push = await socket.next((m) => m.type === "msg");
    assert.equal(push.content, marked);
    const linked = /\[\{:(.*):\}\]/.exec(String(push.content))![1];
    assert.deepEqual(Buffer.from(await (await fetch(linked)).arrayBuffer()), image);
  });

  test(`${name}: a 50 MiB upload (limit raised) to a server process round-trips; server memory stays flat up to 150 MiB`, {
    timeout: 120_000,
  }, async () => {
    const dir = tempDir("msfs-big-");
    const server = await startServerProcess(dir.dir, { ...store.env, IM_MSFS_MAX_BYTES: String(160 * 1024 * 1024) });
    try {
      const port = server.ports.msfs;
      const peakRss = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, "utf8"))![1]) * 1024;
      const send = async (size: number) => {
        const chunk = randomBytes(256 * 1024);
        const boundary = "BigBoundary";
        const head = `--${boundary}\r\nContent-Disposition: form-data; name="filename"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
        const tail = `\r\n--${boundary}--\r\n`;
        async function* body() {
          yield Buffer.from(head);
          for (let sent = 0; sent < size; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, size - sent));
          yield Buffer.from(tail);
        }
        const res = await fetch(`http://127.0.0.1:${port}/`, {
          method: "POST",
          headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
          body: Readable.toWeb(Readable.from(body())) as ReadableStream,
          duplex: "half",
        } as RequestInit);
        const reply = (await res.json()) as UploadReply;
        assert.equal(reply.error_code, 0, JSON.stringify(reply));
        return { reply, chunk };
      };
      await send(2 * 1024 * 1024); // warm-up: the store's first write, buffers of the HTTP stack
      // Memory is flat when the peak does not follow the size: what the garbage collector lets pile up between
      // collections (~30 MiB here, plus a 5 MiB part or two on S3) is the same for 50 and 150 MiB, while a server
      // holding a file would need all of it.
      const before = peakRss();
      const size = 50 * 1024 * 1024;
      const { reply, chunk } = await send(size);
      const afterFirst = peakRss();
      await send(150 * 1024 * 1024);
      const grown = (peakRss() - before) / 2 ** 20;
      const grownFirst = (afterFirst - before) / 2 ** 20;
      assert.ok(
        grown < 64,
        `peak RSS grew by ${grown.toFixed(1)} MiB over a 50 and a 150 MiB upload (${grownFirst.toFixed(1)} in the first)`,
      );
      const res = await fetch(reply.url);
      assert.equal(res.headers.get("content-length"), String(size));
      const sent = createHash("sha256");
      for (let at = 0; at < size; at += chunk.length) sent.update(chunk.subarray(0, Math.min(chunk.length, size - at)));
      const got = createHash("sha256");
      for await (const part of res.body as unknown as AsyncIterable<Uint8Array>) got.update(part);
      assert.equal(got.digest("hex"), sent.digest("hex"), "the same 50 MiB back");
    } finally {
      await server.stop();
      dir.remove();
    }
  });
}
