// TeamTalk msg_data formats (teamtalk.md §7): text is AES-256-ECB under the clients' key with a custom length padding,
// in base64 (§7.1); audio is a 4-byte duration before the audio file, not encrypted (§7.2). Runs on Node and Deno.
import { Buffer } from "node:buffer";
import { ecbDecrypt, ecbEncrypt } from "./ecb.ts";

const blockBytes = 16;
/** The last 4 bytes of the padded plaintext hold its length (uint32 big-endian). */
const lengthFieldBytes = 4;

/** The key hard-coded in every official client (and the original server's `aesKey` default). */
export const defaultTextKey = "12345678901234567890123456789012";

/** What an audio message shows where a preview of the last message is needed (§7.2)... */
export const audioPreviewText = "[语音]";
/** ...as msg_data: `audioPreviewText` encrypted with `defaultTextKey`. */
export const audioPreviewMsgData = "QhGXlpFjvMFUNrtl1aaPzA==";

/** The padded size for n plaintext bytes: the fewest whole blocks holding the text and the 4-byte length. This is the
 * spec's "ceil(n/16) blocks, plus one when r = 0 or r > 12" (for n = 0 too: one block). */
export function paddedTextBytes(n: number): number {
  return Math.ceil((n + lengthFieldBytes) / blockBytes) * blockBytes;
}

/** With the u flag a surrogate pair is one code point, so this matches only a surrogate that stands alone. */
const loneSurrogate = /\p{Surrogate}/u;

/** Text → msg_data as every official client writes it (the base64 string; msg_data holds its ASCII bytes).
 * Throws a RangeError for a key that is not 32 bytes, or a text with a lone surrogate (it has no UTF-8 form). */
export function encryptText(text: string, key: string = defaultTextKey): string {
  if (loneSurrogate.test(text)) throw new RangeError("text with a lone surrogate cannot be encoded as UTF-8");
  const plain = Buffer.from(text, "utf8");
  const padded = new Uint8Array(paddedTextBytes(plain.length));
  padded.set(plain);
  new DataView(padded.buffer).setUint32(padded.length - lengthFieldBytes, plain.length);
  return ecbEncrypt("aes-256-ecb", key, padded).toString("base64");
}

export type DecryptedText = { ok: true; text: string } | { ok: false; reason: string };

const base64Alphabet = /^[A-Za-z0-9+/]*$/;

/** Standard base64 with whitespace and `=` ignored wherever they are (teamtalk.md §7.1); null for any
 * other character or an impossible length. */
function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/[\s=]+/g, "");
  if (!base64Alphabet.test(compact) || compact.length % 4 === 1) return null;
  return Buffer.from(compact, "base64");
}

// fatal: bytes that are not UTF-8 are refused rather than replaced; ignoreBOM: a leading U+FEFF is text, kept.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * msg_data (the base64 string, or its bytes) → the text, or why it is not one. Never throws for bad input; throws a
 * RangeError only for a key that is not 32 bytes.
 *
 * The original fails only when n > the decrypted length; this also refuses n > length - 4, since the first n bytes
 * would then include the length field itself, which no encoder produces. Padding bytes are not checked (the original
 * does not; ECB authenticates nothing anyway).
 */
export function decryptText(msgData: string | Uint8Array, key: string = defaultTextKey): DecryptedText {
  const cipherText = decodeBase64(typeof msgData === "string" ? msgData : Buffer.from(msgData).toString("latin1"));
  if (cipherText === null) return { ok: false, reason: "not base64" };
  if (cipherText.length === 0 || cipherText.length % blockBytes !== 0) {
    return { ok: false, reason: `${cipherText.length} bytes is not a whole number of 16-byte blocks` };
  }
  const plain = ecbDecrypt("aes-256-ecb", key, cipherText);
  const room = plain.length - lengthFieldBytes;
  const n = plain.readUInt32BE(room);
  if (n > room) return { ok: false, reason: `text length ${n} exceeds the ${room} bytes before the length field` };
  try {
    return { ok: true, text: utf8.decode(plain.subarray(0, n)) };
  } catch {
    return { ok: false, reason: "not UTF-8" };
  }
}

export type ParsedAudio = { ok: true; durationS: number; audio: Uint8Array } | { ok: false; reason: string };

/** Audio msg_data → its duration (seconds) and the audio file bytes (a view). It must hold at least one audio byte. */
export function parseAudio(msgData: Uint8Array): ParsedAudio {
  if (msgData.length <= 4) return { ok: false, reason: `audio msg_data of ${msgData.length} bytes holds no audio after the duration` };
  const durationS = new DataView(msgData.buffer, msgData.byteOffset, 4).getUint32(0);
  return { ok: true, durationS, audio: msgData.subarray(4) };
}

/** Duration (seconds) and audio file bytes → audio msg_data. Throws a RangeError for a duration that is not a uint32
 * or for empty audio (msg_data must be longer than the 4-byte duration). */
export function buildAudio(durationS: number, audio: Uint8Array): Uint8Array {
  const isUint32 = Number.isInteger(durationS) && durationS >= 0 && durationS <= 0xffffffff;
  if (!isUint32) throw new RangeError(`audio duration ${durationS} is not a uint32`);
  if (audio.length === 0) throw new RangeError("audio msg_data needs at least one byte of audio");
  const msgData = new Uint8Array(4 + audio.length);
  new DataView(msgData.buffer).setUint32(0, durationS);
  msgData.set(audio, 4);
  return msgData;
}
