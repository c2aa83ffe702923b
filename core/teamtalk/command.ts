// What a TeamTalk command handler works with: the logged-in caller (user, connection, client type, the node) and a
// way to answer with the request's seq. Handlers live in commands/, one file per area, listed in commands/index.ts.
import type { Pdu } from "../../shared/codecs/tt-pdu.ts";
import type { CoreNode } from "../node.ts";
import type { MessageType } from "./wire.ts";

export interface Caller {
  readonly userId: number;
  readonly connId: string;
  readonly clientType: number;
  readonly node: CoreNode;
  /** Answers the request with a message (the request's seq, the given service and command ids). */
  reply<T>(request: Pdu, serviceId: number, commandId: number, type: MessageType<T>, message: T): void;
  /** Ends the connection after the bytes already queued (and `last`). */
  end(last?: Uint8Array): void;
  /** Counts a message sent on this connection; false past the per-second budget (teamtalk.md §6). */
  allowMessage(): boolean;
}

/** Handles one request of a logged-in connection; unknown commands have no handler and are ignored. */
export type CommandHandler = (caller: Caller, request: Pdu) => void | Promise<void>;

/** Command id → handler, as each commands/ file exports them. */
export type Commands = [commandId: number, handler: CommandHandler][];
