// A renewed token crosses the delivery log sealed (AES-256-GCM under the server secret's "token-event" key): neither
// the events table nor its WAL ever holds it in the clear. The JSON socket opens it to push it to the user.
import { deriveKey } from "../crypto/derive-key.ts";
import { openText, sealText } from "../crypto/seal.ts";
import type { TokenEvent } from "./events.ts";

const purpose = "token-event";

export function sealTokenEvent(secret: Uint8Array, token: string, expire: number): TokenEvent {
  return { kind: "token", sealed: sealText(deriveKey(secret, purpose), token), expire };
}

/** The token of a token event; null once the event was blanked. Throws when it was sealed under another secret. */
export function openTokenEvent(secret: Uint8Array, event: TokenEvent): string | null {
  if (typeof event.sealed !== "string" || event.sealed === "") return null;
  try {
    return openText(deriveKey(secret, purpose), event.sealed);
  } catch {
    throw new Error("a renewed token does not open with this server secret: do all processes share IM_SERVER_SECRET?");
  }
}
