// Stored messages in TeamTalk's lists: MsgInfo for history, the latest-message fields of UnreadInfo and
// ContactSessionInfo (a preview; audio shows as the text [语音], teamtalk.md §7.2), and lists cut to what fits in one
// PDU a client accepts (teamtalk.md §4, §15).
import { audioPreviewText } from "../../shared/crypto/teamtalk-text.ts";
import type { ConversationMessage } from "../../shared/domain/history.ts";
import { isAudio, SessionType } from "../../shared/domain/messages.ts";
import type { IM } from "../../proto/generated/im.js";
import { type TextStyle, wireData, wireMsgType, wireText } from "./pushes.ts";
import type { MessageType } from "./wire.ts";

/** Room for a reply's list: Android drops frames over 400 KiB; the rest of the reply is far below the margin. */
const maxListBytes = 400 * 1024 - 4096;
/** Previews carry at most this many characters of the latest message (a message may be 32 KiB, a list 100 of them). */
const previewChars = 256;
/** A list element's tag and length prefix, at most. */
const elementOverhead = 6;

/** A message as history lists it. */
export function msgInfo(m: ConversationMessage, style: TextStyle): IM.BaseDefine.MsgInfo.$Properties {
  return {
    msg_id: m.msgId,
    from_session_id: m.fromUserId,
    create_time: m.createdAt,
    msg_type: wireMsgType(m, style),
    msg_data: wireData(m, style),
  };
}

/** The preview of a message: its first characters, or for audio the text [语音] (its type stays audio, as in the original). */
function preview(m: ConversationMessage): string {
  return isAudio(m.msgType) ? audioPreviewText : Array.from(m.content).slice(0, previewChars).join("");
}

/**
 * The latest-message fields of a session entry. For a 1:1 session `latest_msg_from_user_id` is the peer, whoever
 * sent it, as the original server does and the stock clients were built against (teamtalk.md §4, §8.7).
 */
export function latestFields(peerOrGroupId: number, m: ConversationMessage, style: TextStyle) {
  return {
    latest_msg_id: m.msgId,
    latest_msg_data: wireText(preview(m), style),
    latest_msg_type: wireMsgType(m, style),
    latest_msg_from_user_id: m.sessionType === SessionType.Single ? peerOrGroupId : m.fromUserId,
  };
}

/** The longest prefix of the list whose encoding fits in one reply. */
export function fitting<T>(items: T[], type: MessageType<T>): T[] {
  let bytes = 0;
  for (const [i, item] of items.entries()) {
    bytes += type.encode(item).finish().length + elementOverhead;
    if (bytes > maxListBytes) return items.slice(0, i);
  }
  return items;
}
