// TeamTalk encoding of log events: a message becomes one IMMsgData PDU with seq 0 (text encrypted with the clients'
// key, teamtalk.md §7.1; audio as it came, §7.2), a group membership change one IMGroupChangeMemberNotify (§8.13), a read
// IMMsgDataReadNotify, a removed 1:1 session IMRemoveSessionNotify, each made once and shared by every TeamTalk
// recipient; a kick becomes IMKickUser; directory and presence events are in directory-pushes.ts.
import type { Config } from "../../shared/config.ts";
import type { LoggedEvent, MessageRecord } from "../../shared/delivery/log.ts";
import { encryptText } from "../../shared/crypto/teamtalk-text.ts";
import type { GroupEvent, KickEvent, ReadEvent, SessionRemovedEvent } from "../../shared/domain/events.ts";
import { audioMsgData, isAudio, SessionType } from "../../shared/domain/messages.ts";
import { IM } from "../../proto/generated/im.js";
import { directoryPdu } from "./directory-pushes.ts";
import { pduOf } from "./wire.ts";

export const protocolName = "teamtalk";

const { ServiceID, MessageCmdID, LoginCmdID, BuddyListCmdID, GroupCmdID, GroupModifyType, MsgType, KickReasonType } = IM.BaseDefine;
const nothing = new Uint8Array(0);
const ascii = new TextEncoder();

/** How this server writes message text for TeamTalk clients: the text key (§7.1) and how notices are typed. */
export type TextStyle = Pick<Config, "teamtalkTextKey" | "teamtalkNoticeAs">;

/**
 * The TeamTalk type of a stored message: its own for text and audio; a notice (type 3, which stock clients cannot
 * parse) is text of its session unless IM_TEAMTALK_NOTICE_AS=raw keeps it type 3.
 */
export function wireMsgType(m: Pick<MessageRecord, "msgType" | "sessionType">, style: TextStyle): number {
  if (m.msgType === MsgType.MSG_TYPE_SINGLE_TEXT || m.msgType === MsgType.MSG_TYPE_GROUP_TEXT || isAudio(m.msgType)) return m.msgType;
  if (style.teamtalkNoticeAs === "raw") return m.msgType;
  return m.sessionType === SessionType.Group ? MsgType.MSG_TYPE_GROUP_TEXT : MsgType.MSG_TYPE_SINGLE_TEXT;
}

/** A stored message as TeamTalk msg_data: audio bytes as the sender sent them (§7.2), anything else as text (§7.1). */
export function wireData(m: Pick<MessageRecord, "msgType" | "content">, style: TextStyle): Uint8Array {
  return isAudio(m.msgType) ? audioMsgData(m.content) : wireText(m.content, style);
}

/** The IMMsgData push of a stored message, as every recipient connection gets it. */
export function messagePdu(m: MessageRecord, style: TextStyle): Uint8Array {
  const data = IM.Message.IMMsgData.create({
    from_user_id: m.fromUserId,
    to_session_id: m.toId,
    msg_id: m.msgId,
    create_time: m.createdAt,
    msg_type: wireMsgType(m, style),
    msg_data: wireData(m, style),
  });
  return pduOf(ServiceID.SID_MSG, MessageCmdID.CID_MSG_DATA, 0, IM.Message.IMMsgData, data);
}

/** IMGroupChangeMemberNotify of a membership change; null for other group events (invitations are not TeamTalk's). */
export function memberChangePdu(g: GroupEvent): Uint8Array | null {
  if ((g.opt !== "joined" && g.opt !== "removed") || g.changed === undefined || g.current === undefined) return null;
  const notify = IM.Group.IMGroupChangeMemberNotify.create({
    user_id: g.sender,
    change_type: g.opt === "joined" ? GroupModifyType.GROUP_MODIFY_TYPE_ADD : GroupModifyType.GROUP_MODIFY_TYPE_DEL,
    group_id: g.groupId,
    cur_user_id_list: g.current,
    chg_user_id_list: g.changed,
  });
  return pduOf(ServiceID.SID_GROUP, GroupCmdID.CID_GROUP_CHANGE_MEMBER_NOTIFY, 0, IM.Group.IMGroupChangeMemberNotify, notify);
}

/** Plain text as TeamTalk msg_data: encrypted with the clients' key, as base64 bytes. */
export function wireText(content: string, style: TextStyle): Uint8Array {
  return ascii.encode(encryptText(content, style.teamtalkTextKey));
}

/** The push of a read or a removed session for the reader's other connections; empty for a removed group session (§6). */
function sessionPdu(userId: number, event: ReadEvent | SessionRemovedEvent): Uint8Array {
  const session = { user_id: userId, session_id: event.peerOrGroupId, session_type: event.sessionType };
  if (event.kind === "read") {
    const notify = IM.Message.IMMsgDataReadNotify.create({ ...session, msg_id: event.msgId });
    return pduOf(ServiceID.SID_MSG, MessageCmdID.CID_MSG_READ_NOTIFY, 0, IM.Message.IMMsgDataReadNotify, notify);
  }
  if (event.sessionType !== SessionType.Single) return nothing;
  const notify = IM.Buddy.IMRemoveSessionNotify.create(session);
  return pduOf(ServiceID.SID_BUDDY_LIST, BuddyListCmdID.CID_BUDDY_LIST_REMOVE_SESSION_NOTIFY, 0, IM.Buddy.IMRemoveSessionNotify, notify);
}

function framed(e: LoggedEvent, style: TextStyle): Uint8Array {
  const { event, target } = e;
  if (event.kind === "message") return e.message ? messagePdu(e.message, style) : nothing;
  if (event.kind === "group") return memberChangePdu(event) ?? nothing;
  if ((event.kind === "read" || event.kind === "sessionRemoved") && target.kind === "user") return sessionPdu(target.userId, event);
  return directoryPdu(event) ?? nothing;
}

/** The frame of a log event for TeamTalk connections, made on first use; empty for events this door does not show. */
export function eventPdu(e: LoggedEvent, style: TextStyle): Uint8Array {
  e.encoded ??= new Map();
  let frame = e.encoded.get(protocolName);
  if (frame === undefined) {
    frame = framed(e, style);
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
