// TeamTalk messages on the wire: a protobuf message of the generated code as one PDU, and a PDU body back into its
// message (null when it does not parse, which the msg_server ignores as the original does, teamtalk.md §2.2).
import { encodePdu } from "../../shared/codecs/tt-pdu.ts";

/** What the generated message classes offer that we use. */
export interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(body: Uint8Array): T;
}

/** A whole PDU carrying one message; seq 0 for what the server sends unasked (teamtalk.md §2.3). */
export function pduOf<T>(serviceId: number, commandId: number, seq: number, type: MessageType<T>, message: T): Uint8Array {
  return encodePdu(serviceId, commandId, seq, type.encode(message).finish());
}

/** The message in a body, or null when the body is not one (bad bytes, a required field missing). */
export function parse<T>(type: MessageType<T>, body: Uint8Array): T | null {
  try {
    return type.decode(body);
  } catch {
    return null;
  }
}
