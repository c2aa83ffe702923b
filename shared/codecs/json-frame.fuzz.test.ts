// Fuzzing the JSON-socket frame decoder (fast-check; budget in shared/fuzz-test-kit.ts): encoded frames cut into
// arbitrary chunks come back exactly; arbitrary bytes in arbitrary chunks never throw and decode as one reference
// reading of the whole stream does, whatever the cuts; the encoder refuses exactly the bodies too long for L.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { test } from "node:test";
import fc from "fast-check";
import { cut, fuzz, timed } from "../fuzz-test-kit.ts";
import { encodeFrame, JsonFrameDecoder, maxFrameBodyBytes, type DecodedFrame } from "./json-frame.ts";

/** Pushes every chunk; copies each body as it comes (a body may be a view of a chunk). */
function decodeAll(chunks: Uint8Array[]): { frames: DecodedFrame[]; decoder: JsonFrameDecoder } {
  const decoder = new JsonFrameDecoder();
  const frames: DecodedFrame[] = [];
  for (const chunk of chunks) {
    for (const f of decoder.push(chunk)) frames.push(f.kind === "frame" ? { kind: "frame", body: Uint8Array.from(f.body) } : f);
  }
  return { frames, decoder };
}

/** The specification read once over the whole stream: frames while whole, a fatal at L < 2, then what stays buffered
 * (a read header is not counted). */
function reference(bytes: Uint8Array): { frames: DecodedFrame[]; rest: number; fatal: boolean } {
  const frames: DecodedFrame[] = [];
  let at = 0;
  while (bytes.length - at >= 2) {
    const length = (bytes[at] << 8) | bytes[at + 1];
    if (length < 2) return { frames: [...frames, { kind: "fatal", reason: `frame length ${length} is below 2` }], rest: 0, fatal: true };
    if (bytes.length - at < length) return { frames, rest: bytes.length - at - 2, fatal: false };
    frames.push({ kind: "frame", body: Uint8Array.from(bytes.subarray(at + 2, at + length)) });
    at += length;
  }
  return { frames, rest: bytes.length - at, fatal: false };
}

const cutPoints = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.nat(), { maxLength: 40 }) },
  { weight: 2, arbitrary: fc.array(fc.nat(), { minLength: 64, maxLength: 300 }) }, // more than the decoder holds unmerged
  { weight: 1, arbitrary: fc.constant("every byte" as const) },
);
/** Bodies of up to 300 bytes, and now and then one of any length up to the largest. */
const bodies = (maxLength: number) =>
  fc
    .tuple(
      fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength }),
      fc.oneof({ weight: 19, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: maxFrameBodyBytes }) }),
      fc.nat(),
    )
    .map(([small, large, at]) =>
      large === null ? small : small.toSpliced(at % (small.length + 1), 0, new Uint8Array(large).fill(large & 0xff)),
    );

test("encoded frames cut into arbitrary chunks decode to exactly the bodies, nothing left over", (t) =>
  fuzz(
    t,
    fc.property(
      bodies(12),
      cutPoints,
      timed((bodies, points) => {
        const stream = Uint8Array.from(Buffer.concat(bodies.map(encodeFrame)));
        const { frames, decoder } = decodeAll(cut(stream, points));
        assert.deepEqual(
          frames,
          bodies.map((b) => ({ kind: "frame", body: b })),
        );
        assert.equal(decoder.buffered, 0);
      }),
    ),
  ));

test("arbitrary bytes in arbitrary chunks never throw and decode as the whole stream read at once", (t) =>
  fuzz(
    t,
    fc.property(
      // Mostly short, sometimes a valid frame prefix so that whole frames and long bodies are reached too.
      fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc
          .tuple(bodies(4), fc.uint8Array({ maxLength: 40 }))
          .map(([bs, tail]) => Uint8Array.from(Buffer.concat([...bs.map(encodeFrame), tail]))),
      ),
      cutPoints,
      timed((bytes, points) => {
        const { frames, decoder } = decodeAll(cut(bytes, points));
        const expected = reference(bytes);
        assert.deepEqual(frames, expected.frames);
        if (expected.fatal) assert.deepEqual(decoder.push(Uint8Array.of(0, 2)), [], "nothing after a fatal");
        else assert.equal(decoder.buffered, expected.rest);
      }),
    ),
  ));

test("encodeFrame refuses exactly the bodies longer than L allows, with a RangeError", (t) =>
  fuzz(
    t,
    fc.property(
      fc.integer({ min: 0, max: maxFrameBodyBytes + 1000 }),
      timed((n) => {
        if (n <= maxFrameBodyBytes) assert.equal(encodeFrame(new Uint8Array(n)).length, n + 2);
        else assert.throws(() => encodeFrame(new Uint8Array(n)), RangeError);
      }),
    ),
    0.2,
  ));
