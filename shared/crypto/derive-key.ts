// Keys derived from the server secret, one per purpose (HKDF-SHA256 with the purpose as info): one secret serves
// every use without two uses ever sharing a key.
import { hkdfSync } from "node:crypto";

const derived = new WeakMap<Uint8Array, Map<string, Uint8Array>>();

/** The 32-byte key for `purpose` (e.g. "sms-code", "token-event"), computed once per secret. */
export function deriveKey(secret: Uint8Array, purpose: string): Uint8Array {
  let keys = derived.get(secret);
  if (!keys) {
    keys = new Map();
    derived.set(secret, keys);
  }
  let key = keys.get(purpose);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, new Uint8Array(0), purpose, 32));
    keys.set(purpose, key);
  }
  return key;
}
