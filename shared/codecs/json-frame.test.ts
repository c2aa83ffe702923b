// Raw-byte vectors for the JSON socket framing: whole, split at every byte, coalesced, and the length limits.
import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeFrame, JsonFrameDecoder, maxFrameBodyBytes, type DecodedFrame } from "./json-frame.ts";

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));
const ascii = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));
const bodies = (frames: DecodedFrame[]) => frames.map((f) => (f.kind === "frame" ? Buffer.from(f.body).toString("latin1") : f));

test("L counts the body plus 2: 'QUJD' is framed as 0006 51554a44", () => {
  assert.deepEqual(encodeFrame(ascii("QUJD")), hex("0006 51554a44"));
  assert.deepEqual(bodies(new JsonFrameDecoder().push(hex("0006 51554a44"))), ["QUJD"]);
});

test("a frame split at every byte decodes the same", () => {
  const bytes = hex("0006 51554a44 0003 5a");
  for (let cut = 0; cut <= bytes.length; cut++) {
    const d = new JsonFrameDecoder();
    const frames = [...d.push(bytes.subarray(0, cut)), ...d.push(bytes.subarray(cut))];
    assert.deepEqual(bodies(frames), ["QUJD", "Z"], `cut at ${cut}`);
    assert.equal(d.buffered, 0);
  }
  const d = new JsonFrameDecoder();
  const oneByOne = [...bytes].flatMap((b) => d.push(Uint8Array.of(b)));
  assert.deepEqual(bodies(oneByOne), ["QUJD", "Z"]);
});

test("thousands of coalesced frames in one chunk come out in order", () => {
  const frames = Array.from({ length: 5000 }, (_, i) => encodeFrame(ascii(String(i))));
  const all = Buffer.concat(frames);
  const decoded = new JsonFrameDecoder().push(all);
  assert.equal(decoded.length, 5000);
  assert.deepEqual(bodies(decoded).slice(0, 3), ["0", "1", "2"]);
  assert.deepEqual(bodies(decoded).at(-1), "4999");
});

test("L = 2 is an empty body (a bad frame for the connection to answer), not a desynchronisation", () => {
  assert.deepEqual(bodies(new JsonFrameDecoder().push(hex("0002 0003 5a"))), ["", "Z"]);
});

test("L < 2 is fatal and the decoder takes nothing more", () => {
  for (const header of ["0000", "0001"]) {
    const d = new JsonFrameDecoder();
    const out = d.push(hex(`0003 5a ${header} 0003 5a`));
    assert.deepEqual(bodies(out), ["Z", { kind: "fatal", reason: `frame length ${parseInt(header, 16)} is below 2` }]);
    assert.deepEqual(d.push(hex("0003 5a")), []);
  }
});

test("the largest body fits; one more byte is refused by the encoder", () => {
  const big = new Uint8Array(maxFrameBodyBytes).fill(0x41);
  const frame = encodeFrame(big);
  assert.deepEqual(frame.subarray(0, 2), hex("ffff"));
  const out = new JsonFrameDecoder().push(frame);
  assert.equal(out.length, 1);
  assert.throws(() => encodeFrame(new Uint8Array(maxFrameBodyBytes + 1)), RangeError);
});

test("a largest body trickled in one byte per read decodes whole and fast (once 2.5-4.5 s of CPU)", () => {
  const body = Uint8Array.from({ length: maxFrameBodyBytes }, (_, i) => i % 251);
  const frame = encodeFrame(body);
  const d = new JsonFrameDecoder();
  const started = performance.now();
  const frames = [...frame].flatMap((b) => d.push(Uint8Array.of(b)));
  const ms = performance.now() - started;
  assert.equal(frames.length, 1);
  assert.deepEqual(frames[0], { kind: "frame", body });
  assert.equal(d.buffered, 0);
  assert.ok(ms < 1_000, `${Math.round(ms)} ms`);
});
