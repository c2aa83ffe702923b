// TeamTalk encoding of log events: a message becomes one IMMsgData PDU with seq 0 (text encrypted with the clients'
// key, teamtalk.md §7.1), made once and shared by every TeamTalk recipient; a kick becomes IMKickUser; directory and
// presence events are in directory-pushes.ts.
import type { LoggedEvent, MessageRecord } from "../../shared/delivery/log.ts";
import { encryptText } from "../../shared/crypto/teamtalk-text.ts";
import type { KickEvent } from "../../shared/domain/events.ts";
import { SessionType } from "../../shared/domain/messages.ts";
import { IM } from "../../proto/generated/im.js";
import { directoryPdu } from "./directory-pushes.ts";
import { pduOf } from "./wire.ts";

export const protocolName = "teamtalk";

const { ServiceID, MessageCmdID, LoginCmdID, MsgType, KickReasonType } = IM.BaseDefine;
const nothing = new Uint8Array(0);
const ascii = new TextEncoder();

/** The TeamTalk type of a stored message: its own for text, and text of its session for notices. */
function wireMsgType(m: MessageRecord): number {
  if (m.msgType === MsgType.MSG_TYPE_SINGLE_TEXT || m.msgType === MsgType.MSG_TYPE_GROUP_TEXT) return m.msgType;
  return m.sessionType === SessionType.Group ? MsgType.MSG_TYPE_GROUP_TEXT : MsgType.MSG_TYPE_SINGLE_TEXT;
}

/** The IMMsgData push of a stored message, as every recipient connection gets it. */
export function messagePdu(m: MessageRecord, textKey: string): Uint8Array {
  const data = IM.Message.IMMsgData.create({
    from_user_id: m.fromUserId,
    to_session_id: m.toId,
    msg_id: m.msgId,
    create_time: m.createdAt,
    msg_type: wireMsgType(m),
    msg_data: ascii.encode(encryptText(m.content, textKey)),
  });
  return pduOf(ServiceID.SID_MSG, MessageCmdID.CID_MSG_DATA, 0, IM.Message.IMMsgData, data);
}

/** The frame of a log event for TeamTalk connections, made on first use; empty for events this door does not show. */
export function eventPdu(e: LoggedEvent, textKey: string): Uint8Array {
  e.encoded ??= new Map();
  let frame = e.encoded.get(protocolName);
  if (frame === undefined) {
    frame = e.event.kind === "message" && e.message ? messagePdu(e.message, textKey) : (directoryPdu(e.event) ?? nothing);
    e.encoded.set(protocolName, frame);
  }
  return frame;
}

const kickReasons: Partial<Record<KickEvent["reason"], number>> = {
  duplicate: KickReasonType.KICK_REASON_DUPLICATE_USER,
  mobile: KickReasonType.KICK_REASON_MOBILE_KICK,
};

/** IMKickUser for the user, or null for reasons TeamTalk has no word for (the connection is just closed). */
export function kickPdu(userId: number, reason: KickEvent["reason"]): Uint8Array | null {
  const kickReason = kickReasons[reason];
  if (kickReason === undefined) return null;
  const kick = IM.Login.IMKickUser.create({ user_id: userId, kick_reason: kickReason });
  return pduOf(ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_KICK_USER, 0, IM.Login.IMKickUser, kick);
}
