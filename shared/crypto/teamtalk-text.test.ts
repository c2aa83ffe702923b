// TeamTalk text msg_data against the vectors of teamtalk.md §7.1 (both ways), round trips, the padding layout, inputs
// that must fail without throwing, and the audio body of §7.2.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { createCipheriv, createDecipheriv } from "node:crypto";
import { test } from "node:test";
import {
  audioPreviewMsgData,
  audioPreviewText,
  buildAudio,
  decryptText,
  defaultTextKey,
  encryptText,
  paddedTextBytes,
  parseAudio,
} from "./teamtalk-text.ts";

const vectors: [text: string, bytes: number, msgData: string][] = [
  ["hello", 5, "nnZSBwfPCz60q69ddmfIJA=="],
  ["你好", 6, "UKheN9KmjZEOcj7ZdGedvw=="],
  ["[语音]", 8, "QhGXlpFjvMFUNrtl1aaPzA=="],
  ["0123456789ab", 12, "pjioVtcJuh77LuSiew7aJw=="],
  ["0123456789abc", 13, "TAzR6N1CfvlADH+XckBekQr+GZ43+2mMfQMFqTsGBjY="],
  ["0123456789abcdef", 16, "BY1wZOT9JPljcE5qNjw9cQfU6OB7fpsvZh6GP3dYB9g="],
];

/** The spec's padding rule, written as the spec states it. */
function specPaddedBytes(n: number): number {
  const r = n % 16;
  return (Math.ceil(n / 16) + (r === 0 || r > 12 ? 1 : 0)) * 16;
}

/** Raw AES-256-ECB under the default key, for building and inspecting padded plaintexts by hand. */
function ecb(direction: "encrypt" | "decrypt", data: Uint8Array): Buffer {
  const make = direction === "encrypt" ? createCipheriv : createDecipheriv;
  const cipher = make("aes-256-ecb", Buffer.from(defaultTextKey), null);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** msg_data for a hand-made padded plaintext (any bytes, any length field). */
function sealRaw(plain: Uint8Array): string {
  return ecb("encrypt", plain).toString("base64");
}

function block(bytes: number[], n: number): Uint8Array {
  const out = new Uint8Array(16);
  out.set(bytes);
  new DataView(out.buffer).setUint32(12, n);
  return out;
}

for (const [text, bytes, msgData] of vectors) {
  test(`vector ${JSON.stringify(text)} (${bytes} bytes) both ways`, () => {
    assert.equal(Buffer.byteLength(text), bytes);
    assert.equal(encryptText(text), msgData);
    assert.equal(encryptText(text, defaultTextKey), msgData);
    assert.deepEqual(decryptText(msgData), { ok: true, text });
    assert.deepEqual(decryptText(new TextEncoder().encode(msgData)), { ok: true, text }, "msg_data as bytes");
  });
}

test("the default key is the clients' 32 ASCII bytes, and [语音] is the audio preview constant", () => {
  assert.equal(defaultTextKey, "12345678901234567890123456789012");
  assert.equal(audioPreviewText, "[语音]");
  assert.equal(audioPreviewMsgData, "QhGXlpFjvMFUNrtl1aaPzA==");
  assert.equal(encryptText(audioPreviewText), audioPreviewMsgData);
  assert.deepEqual(decryptText(audioPreviewMsgData), { ok: true, text: audioPreviewText });
});

test("lengths 0..40 round trip, with the spec's block count, zero fill and n in the last 4 bytes", () => {
  for (let n = 0; n <= 40; n++) {
    const text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG".slice(0, n);
    const msgData = encryptText(text);
    const cipherText = Buffer.from(msgData, "base64");
    assert.equal(cipherText.length, specPaddedBytes(n), `n = ${n}`);
    assert.equal(paddedTextBytes(n), specPaddedBytes(n));
    const plain = ecb("decrypt", cipherText);
    assert.equal(plain.subarray(0, n).toString("latin1"), text);
    assert.ok(
      plain.subarray(n, -4).every((b) => b === 0),
      `zero fill at n = ${n}`,
    );
    assert.equal(plain.readUInt32BE(plain.length - 4), n);
    assert.deepEqual(decryptText(msgData), { ok: true, text });
  }
});

test("empty, NUL-containing, astral, BOM-led and long texts come back byte for byte", () => {
  const long = "长文本 with mixed content 😀 ".repeat(200);
  for (const text of ["", "\0", "a\0b\0\0", "😀𝄞🀄", "\uFEFFstarts with a BOM", "ends with NULs\0\0\0\0", long]) {
    const msgData = encryptText(text);
    assert.deepEqual(decryptText(msgData), { ok: true, text }, JSON.stringify(text.slice(0, 20)));
  }
  assert.equal(Buffer.from(encryptText(""), "base64").length, 16);
});

test("another 32-byte key gives other msg_data that round trips under that key only", () => {
  const key = "abcdefghijklmnopqrstuvwxyzABCDEF";
  const msgData = encryptText("hello", key);
  assert.notEqual(msgData, encryptText("hello"));
  assert.deepEqual(decryptText(msgData, key), { ok: true, text: "hello" });
  const underDefault = decryptText(msgData);
  assert.ok(!underDefault.ok || underDefault.text !== "hello");
});

test("a key that is not 32 bytes, and a text with a lone surrogate, are programming errors (RangeError)", () => {
  assert.throws(() => encryptText("x", "short"), RangeError);
  assert.throws(() => decryptText(vectors[0][2], "1234567890123456789012345678901é"), RangeError); // 33 UTF-8 bytes
  assert.throws(() => encryptText("a\uD800b"), RangeError);
  assert.throws(() => encryptText("\uDC00"), RangeError);
});

test("whitespace and = are ignored in the base64", () => {
  const ok = { ok: true, text: "hello" };
  assert.deepEqual(decryptText(" nnZS Bwf\nPCz60q69d\r\n\tdmfIJA==\n"), ok);
  assert.deepEqual(decryptText("nnZSBwfPCz60q69ddmfIJA"), ok);
  assert.deepEqual(decryptText("nnZSBwfP=Cz60q69ddmfIJA"), ok);
});

test("inputs that are not text msg_data fail with a reason and never throw", () => {
  const cases: [input: string | Uint8Array, reason: string][] = [
    ["", "0 bytes is not a whole number of 16-byte blocks"],
    ["  \n==", "0 bytes is not a whole number of 16-byte blocks"],
    ["nnZS", "3 bytes is not a whole number of 16-byte blocks"],
    [Buffer.alloc(17).toString("base64"), "17 bytes is not a whole number of 16-byte blocks"],
    [Buffer.alloc(31).toString("base64"), "31 bytes is not a whole number of 16-byte blocks"],
    ["nnZSBwfPCz60q69ddmfIJ", "not base64"], // 21 characters: a length base64 cannot have
    ["nnZSBwfPCz60q69d-mfIJA==", "not base64"], // URL-safe alphabet
    ["nnZSBwfPCz60q69d*mfIJA==", "not base64"],
    [Uint8Array.of(0x6e, 0x6e, 0xe9, 0x53), "not base64"],
    [sealRaw(block([], 13)), "text length 13 exceeds the 12 bytes before the length field"],
    // The original's bound (n <= length) would accept these and return the length field as text.
    [sealRaw(block([], 16)), "text length 16 exceeds the 12 bytes before the length field"],
    [sealRaw(block([], 0xffffffff)), "text length 4294967295 exceeds the 12 bytes before the length field"],
    [sealRaw(block([0xff, 0xfe], 2)), "not UTF-8"],
    [sealRaw(block([0xe4, 0xbd], 2)), "not UTF-8"], // the first two bytes of 你
    [sealRaw(block([0xed, 0xa0, 0x80], 3)), "not UTF-8"], // an encoded surrogate
  ];
  for (const [input, reason] of cases) assert.deepEqual(decryptText(input), { ok: false, reason }, String(input));
});

test("the length field may use all 12 bytes before it; non-zero padding is tolerated, as the original does", () => {
  assert.deepEqual(decryptText(sealRaw(block([...Buffer.from("0123456789ab")], 12))), { ok: true, text: "0123456789ab" });
  assert.deepEqual(decryptText(sealRaw(block([...Buffer.from("hi junk")], 2))), { ok: true, text: "hi" });
});

test("tampered ciphertexts never throw and never yield the original text", () => {
  for (const [text, , msgData] of vectors) {
    const cipherText = Buffer.from(msgData, "base64");
    for (let i = 0; i < cipherText.length; i++) {
      const tampered = Buffer.from(cipherText);
      tampered[i] ^= 0x01;
      const result = decryptText(tampered.toString("base64"));
      assert.ok(!result.ok || result.text !== text, `${msgData} with byte ${i} flipped`);
    }
  }
});

test("audio msg_data: 4-byte big-endian duration, then the audio bytes", () => {
  const spx = Buffer.from("OggS fake speex");
  const msgData = buildAudio(7, spx);
  assert.deepEqual(msgData.subarray(0, 4), Uint8Array.of(0, 0, 0, 7));
  const parsed = parseAudio(msgData);
  assert.ok(parsed.ok);
  assert.equal(parsed.durationS, 7);
  assert.deepEqual(Buffer.from(parsed.audio), spx);
  assert.deepEqual(parseAudio(Uint8Array.of(0x00, 0x00, 0x01, 0x02, 0xaa)), { ok: true, durationS: 258, audio: Uint8Array.of(0xaa) });
  assert.deepEqual(parseAudio(buildAudio(0xffffffff, Uint8Array.of(1))), { ok: true, durationS: 0xffffffff, audio: Uint8Array.of(1) });
});

test("audio msg_data inside a larger buffer is read at its own offset", () => {
  const wire = Uint8Array.of(9, 9, 9, 0, 0, 0, 60, 1, 2, 3);
  assert.deepEqual(parseAudio(wire.subarray(3)), { ok: true, durationS: 60, audio: Uint8Array.of(1, 2, 3) });
});

test("audio msg_data of 4 bytes or fewer fails; the builder refuses empty audio and a duration out of uint32", () => {
  for (const length of [0, 1, 4]) {
    assert.deepEqual(parseAudio(new Uint8Array(length)), {
      ok: false,
      reason: `audio msg_data of ${length} bytes holds no audio after the duration`,
    });
  }
  assert.throws(() => buildAudio(1, new Uint8Array(0)), RangeError);
  for (const duration of [-1, 1.5, 2 ** 32, Number.NaN]) assert.throws(() => buildAudio(duration, Uint8Array.of(1)), RangeError);
});
