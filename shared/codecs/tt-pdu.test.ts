// TeamTalk PDU framing against the vectors of teamtalk.md §2.1: whole, split at every byte, coalesced, trickled, and the
// length rules of §2.2 (fatal below 16 or above the cap, decided on the header alone), plus the Android outbound limit.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  checkOutboundLength,
  defaultMaxPduBytes,
  encodePdu,
  maxOutboundPduBytes,
  pduHeaderBytes,
  PduDecoder,
  type DecodedPdu,
} from "./tt-pdu.ts";

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));
/** PDUs as the hex of their raw bytes, fatals as they are: comparable whatever chunk the bytes came from. */
const raws = (items: DecodedPdu[]) => items.map((p) => (p.kind === "pdu" ? toHex(p.raw) : p));

const heartbeat = hex("00000010 0001 0000 0007 0701 0005 0000");
const loginBody = hex("0a0474657374 1220 6363303365373437613661666262636266386265373636386163666562656535 1801 2012 2a05312e302e30");
const login = hex("00000043 0001 0000 0001 0103 0001 0000");
const loginPdu = concat(login, loginBody);

/** A header announcing `length` bytes (version 1, heartbeat ids, seq 0). */
const headerOf = (length: number) => {
  const header = new Uint8Array(pduHeaderBytes);
  new DataView(header.buffer).setUint32(0, length);
  return header;
};

test("the heartbeat vector (seq 5) decodes to its fields with an empty body", () => {
  const out = new PduDecoder().push(heartbeat);
  assert.equal(out.length, 1);
  const pdu = out[0];
  assert.equal(pdu.kind, "pdu");
  if (pdu.kind !== "pdu") return;
  assert.deepEqual(pdu.header, { length: 16, version: 1, flag: 0, serviceId: 7, commandId: 0x0701, seq: 5, reserved: 0 });
  assert.equal(pdu.body.length, 0);
  assert.deepEqual(pdu.raw, heartbeat);
});

test("encodePdu reproduces the heartbeat vector exactly", () => {
  assert.deepEqual(encodePdu(7, 0x0701, 5, new Uint8Array(0)), heartbeat);
});

test("the IMLoginReq vector (seq 1) decodes to its header and protobuf body; encodePdu rebuilds it byte for byte", () => {
  const [pdu] = new PduDecoder().push(loginPdu);
  assert.ok(pdu.kind === "pdu");
  assert.deepEqual(pdu.header, { length: 0x43, version: 1, flag: 0, serviceId: 1, commandId: 0x0103, seq: 1, reserved: 0 });
  assert.deepEqual(pdu.body, loginBody);
  assert.match(Buffer.from(pdu.body).toString("latin1"), /test.*cc03e747a6afbbcbf8be7668acfebee5.*1\.0\.0/s);
  assert.deepEqual(encodePdu(1, 0x0103, 1, loginBody), loginPdu);
});

test("an Android heartbeat (version 6, reserved '0') keeps its header fields, and raw is its byte-identical echo", () => {
  const android = hex("00000010 0006 0000 0007 0701 7ffe 0030");
  const [pdu] = new PduDecoder().push(android);
  assert.ok(pdu.kind === "pdu");
  assert.equal(pdu.header.version, 6);
  assert.equal(pdu.header.seq, 0x7ffe);
  assert.equal(pdu.header.reserved, 0x30);
  assert.deepEqual(pdu.raw, android);
  assert.deepEqual(encodePdu(7, 0x0701, 0x7ffe, new Uint8Array(0), { version: 6, reserved: 0x30 }), android);
});

test("a stream cut at every byte, and at every pair of points, decodes the same", () => {
  const stream = concat(heartbeat, loginPdu, heartbeat);
  const expected = [toHex(heartbeat), toHex(loginPdu), toHex(heartbeat)];
  for (let a = 0; a <= stream.length; a++) {
    for (let b = a; b <= stream.length; b++) {
      const d = new PduDecoder();
      const out = [...d.push(stream.subarray(0, a)), ...d.push(stream.subarray(a, b)), ...d.push(stream.subarray(b))];
      assert.deepEqual(raws(out), expected, `cuts at ${a} and ${b}`);
      assert.equal(d.buffered, 0);
    }
  }
  const d = new PduDecoder();
  const oneByOne = [...stream].flatMap((byte) => d.push(Uint8Array.of(byte)));
  assert.deepEqual(raws(oneByOne), expected);
});

test("5000 coalesced PDUs in one chunk come out in order, as views of the chunk", () => {
  const pdus = Array.from({ length: 5000 }, (_, i) => encodePdu(3, 0x0301, i, new TextEncoder().encode(String(i))));
  const chunk = concat(...pdus);
  const d = new PduDecoder();
  const out = d.push(chunk);
  assert.equal(out.length, 5000);
  for (const [i, pdu] of out.entries()) {
    assert.ok(pdu.kind === "pdu");
    assert.equal(pdu.header.seq, i);
    assert.equal(new TextDecoder().decode(pdu.body), String(i));
    assert.equal(pdu.raw.buffer, chunk.buffer);
  }
  assert.equal(d.buffered, 0);
});

/** Runs `f` counting the bytes copied by Uint8Array.prototype.set (the decoder's only way of copying). */
function countingCopies<T>(f: () => T): { result: T; copied: number } {
  const original = Uint8Array.prototype.set;
  let copied = 0;
  Uint8Array.prototype.set = function (this: Uint8Array, source: ArrayLike<number>, offset?: number) {
    copied += source.length;
    return original.call(this, source, offset);
  } as typeof original;
  try {
    return { result: f(), copied };
  } finally {
    Uint8Array.prototype.set = original;
  }
}

test("a 64 KiB PDU trickled in one byte per push is copied a linear number of times", () => {
  const size = 64 * 1024;
  const body = Uint8Array.from({ length: size - pduHeaderBytes }, (_, i) => i % 251);
  const pdu = encodePdu(5, 0x0501, 9, body);
  const bytes = Array.from(pdu, (b) => Uint8Array.of(b));
  const d = new PduDecoder();
  const { result, copied } = countingCopies(() => bytes.flatMap((b) => d.push(b)));
  assert.equal(result.length, 1);
  assert.ok(result[0].kind === "pdu");
  assert.equal(result[0].header.length, size);
  assert.deepEqual(result[0].body, body);
  assert.equal(result[0].raw.byteLength, size);
  assert.equal(d.buffered, 0);
  // One copy per byte arriving, plus the doublings of the held buffer (each at most the bytes held so far).
  // (Merging every held chunk each 64 pushes, as a plain chunk list would, copies ~size²/128: 32 MiB here.)
  assert.ok(copied <= 3 * size, `${copied} bytes copied for a ${size}-byte PDU`);
});

test("a PDU split in two is held with the next PDU's start and completes exactly", () => {
  const stream = concat(loginPdu, heartbeat);
  const d = new PduDecoder();
  assert.deepEqual(d.push(stream.subarray(0, 40)), []);
  assert.equal(d.buffered, 40);
  assert.deepEqual(raws(d.push(stream.subarray(40, 75))), [toHex(loginPdu)]);
  assert.equal(d.buffered, 75 - 67);
  assert.deepEqual(raws(d.push(stream.subarray(75))), [toHex(heartbeat)]);
  assert.equal(d.buffered, 0);
});

test("length 16 is a PDU with an empty body", () => {
  const [pdu] = new PduDecoder().push(headerOf(16));
  assert.ok(pdu.kind === "pdu");
  assert.equal(pdu.header.length, 16);
  assert.equal(pdu.body.length, 0);
});

test("length 0 and 15 are fatal, after the PDUs before them, whether the header arrives whole or byte by byte", () => {
  for (const length of [0, 1, 15]) {
    const fatal = { kind: "fatal", reason: `PDU length ${length} is below the 16-byte header` };
    const stream = concat(heartbeat, headerOf(length), heartbeat);
    const whole = new PduDecoder();
    assert.deepEqual(raws(whole.push(stream)), [toHex(heartbeat), fatal]);
    assert.equal(whole.buffered, 0);
    const trickled = new PduDecoder();
    assert.deepEqual(raws([...stream].flatMap((b) => trickled.push(Uint8Array.of(b)))), [toHex(heartbeat), fatal]);
  }
});

test("an oversize length is fatal as soon as its header is read; the body is never buffered", () => {
  const over = defaultMaxPduBytes + 1;
  const fatal = { kind: "fatal", reason: `PDU length ${over} exceeds the ${defaultMaxPduBytes}-byte limit` };
  const d = new PduDecoder();
  assert.deepEqual(d.push(headerOf(over).subarray(0, 10)), []);
  assert.deepEqual(d.push(headerOf(over).subarray(10)), [fatal]);
  assert.equal(d.buffered, 0);
  assert.deepEqual(new PduDecoder().push(concat(headerOf(over), new Uint8Array(100))), [fatal]);
  assert.deepEqual(raws(new PduDecoder().push(headerOf(0xffffffff))), [
    { kind: "fatal", reason: `PDU length 4294967295 exceeds the ${defaultMaxPduBytes}-byte limit` },
  ]);
});

test("maxPduBytes is inclusive and configurable; a nonsense cap is refused", () => {
  const exact = encodePdu(1, 2, 3, new Uint8Array(84));
  assert.equal(raws(new PduDecoder({ maxPduBytes: 100 }).push(exact)).length, 1);
  assert.deepEqual(new PduDecoder({ maxPduBytes: 99 }).push(exact), [
    { kind: "fatal", reason: "PDU length 100 exceeds the 99-byte limit" },
  ]);
  assert.equal(new PduDecoder().maxPduBytes, defaultMaxPduBytes);
  for (const maxPduBytes of [15, 1.5, Number.NaN, 2 ** 32]) assert.throws(() => new PduDecoder({ maxPduBytes }), RangeError);
});

test("after a fatal the decoder accepts nothing", () => {
  const d = new PduDecoder();
  assert.equal(d.push(headerOf(3)).length, 1);
  assert.deepEqual(d.push(heartbeat), []);
  assert.deepEqual(d.push(loginPdu), []);
  assert.equal(d.buffered, 0);
});

test("the encoder refuses a PDU that Android would drop (over 409 600 bytes) with a RangeError", () => {
  assert.equal(maxOutboundPduBytes, 409_600);
  const largest = encodePdu(2, 0x0208, 0, new Uint8Array(maxOutboundPduBytes - pduHeaderBytes));
  assert.equal(largest.length, 409_600);
  assert.throws(() => encodePdu(2, 0x0208, 0, new Uint8Array(maxOutboundPduBytes - pduHeaderBytes + 1)), {
    name: "RangeError",
    message: "PDU of 409601 bytes exceeds the 409600-byte outbound limit",
  });
  assert.equal(encodePdu(2, 0x0208, 0, new Uint8Array(500_000), { maxBytes: 1_000_000 }).length, 500_016);
  assert.doesNotThrow(() => checkOutboundLength(409_600));
  assert.throws(() => checkOutboundLength(409_601), RangeError);
});

test("header fields out of uint16 range are refused, not wrapped", () => {
  const empty = new Uint8Array(0);
  assert.throws(() => encodePdu(0x10000, 1, 1, empty), /serviceId 65536 is not a uint16/);
  assert.throws(() => encodePdu(1, -1, 1, empty), /commandId -1 is not a uint16/);
  assert.throws(() => encodePdu(1, 1, 1.5, empty), /seq 1.5 is not a uint16/);
  assert.throws(() => encodePdu(1, 1, 1, empty, { version: 0x10000 }), RangeError);
});
