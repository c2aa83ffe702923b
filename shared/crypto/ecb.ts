// AES in ECB mode with one key schedule per key: ECB carries nothing from one block to the next, so one long-lived
// cipher and decipher per key (padding off, never finalised) serve every call, instead of a new one per message.
// Callers pad; only whole 16-byte blocks go in, since a partial block would stay inside and spoil the next call.
import { Buffer } from "node:buffer";
import { type Cipher, createCipheriv, createDecipheriv, type Decipher } from "node:crypto";

export type EcbAlgorithm = "aes-128-ecb" | "aes-256-ecb";

const keyBytesOf: Record<EcbAlgorithm, number> = { "aes-128-ecb": 16, "aes-256-ecb": 32 };
const blockBytes = 16;

type Ciphers = { encrypt: Cipher; decrypt: Decipher };

// Keys come from configuration, so a handful at most; the bound only guards against a caller passing many.
const ciphers = new Map<string, Ciphers>();
const maxCachedKeys = 16;

/** The cipher pair of a key given as text (its UTF-8 bytes are the key). Throws a RangeError for a wrong key length. */
function ciphersOf(algorithm: EcbAlgorithm, key: string): Ciphers {
  const id = `${algorithm}\n${key}`;
  let pair = ciphers.get(id);
  if (pair === undefined) {
    const bytes = Buffer.from(key, "utf8");
    if (bytes.length !== keyBytesOf[algorithm])
      throw new RangeError(`an ${algorithm} key is ${keyBytesOf[algorithm]} bytes, not ${bytes.length}`);
    pair = { encrypt: createCipheriv(algorithm, bytes, null), decrypt: createDecipheriv(algorithm, bytes, null) };
    pair.encrypt.setAutoPadding(false);
    pair.decrypt.setAutoPadding(false);
    if (ciphers.size >= maxCachedKeys) ciphers.clear();
    ciphers.set(id, pair);
  }
  return pair;
}

function wholeBlocks(data: Uint8Array): void {
  if (data.length % blockBytes !== 0) throw new RangeError(`ECB input of ${data.length} bytes is not whole 16-byte blocks`);
}

/** Encrypts whole blocks. */
export function ecbEncrypt(algorithm: EcbAlgorithm, key: string, data: Uint8Array): Buffer {
  const { encrypt } = ciphersOf(algorithm, key);
  wholeBlocks(data);
  return encrypt.update(data);
}

/** Decrypts whole blocks. */
export function ecbDecrypt(algorithm: EcbAlgorithm, key: string, data: Uint8Array): Buffer {
  const { decrypt } = ciphersOf(algorithm, key);
  wholeBlocks(data);
  return decrypt.update(data);
}
