// An upload whose client goes away after its last byte, while the store is still finishing it: the blob the store
// then completes has no one to answer, and is removed. The real local store, held at the end of its put by a gate.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { after, before, test } from "node:test";
import { openTempDomain, type TempDomain } from "../../test-kit/temp-domain.ts";
import { eventually, sleep } from "../../test-kit/wait.ts";
import type { BlobInfo, BlobStore, ByteRange } from "../blobs/blob-store.ts";
import { LocalBlobStore } from "../blobs/local-store.ts";
import { listenMsfs, type MsfsListener } from "./listener.ts";

/** The local store, whose puts finish writing and then wait for `release`. */
class GatedStore implements BlobStore {
  readonly name = "gated";
  #open!: () => void;
  #gate = new Promise<void>((resolve) => (this.#open = resolve));
  stored = 0;

  constructor(readonly inner: BlobStore) {}

  release(): void {
    this.#open();
  }

  async put(key: string, body: Readable, contentType: string): Promise<BlobInfo> {
    const info = await this.inner.put(key, body, contentType);
    this.stored++;
    await this.#gate;
    return info;
  }

  stat = (key: string) => this.inner.stat(key);
  read = (key: string, range?: ByteRange) => this.inner.read(key, range);
  remove = (key: string) => this.inner.remove(key);
  close = () => this.inner.close();
}

let temp: TempDomain;
let store: GatedStore;
let msfs: MsfsListener;
const folder = () => join(temp.dir, "blobs");
const blobs = () => readdirSync(folder(), { recursive: true, encoding: "utf8" }).filter((p) => p.startsWith("g0/") && p.includes("."));

before(async () => {
  temp = await openTempDomain();
  store = new GatedStore(await LocalBlobStore.open(folder()));
  msfs = await listenMsfs(temp.domain, store, { host: "127.0.0.1", port: 0 });
});
after(async () => {
  await msfs?.close();
  temp?.close();
});

test("a client gone after its last byte, before the reply: the finished blob is removed", async () => {
  const head = `--XyZ\r\nContent-Disposition: form-data; name="file0"; filename="gone.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), randomBytes(20_000), Buffer.from("\r\n--XyZ--\r\n")]);
  const socket = connect(msfs.port, "127.0.0.1");
  socket.on("error", () => {});
  socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: ${body.length}\r\n\r\n`);
  socket.write(body);
  await eventually(() => store.stored === 1, "the store has the whole blob");
  assert.equal(blobs().length, 1);
  socket.destroy();
  await sleep(500); // the server sees the connection gone (a close is handled within milliseconds; this leaves room on a loaded machine)
  store.release();
  await eventually(() => blobs().length === 0, "the blob nobody was told of is removed");
});
