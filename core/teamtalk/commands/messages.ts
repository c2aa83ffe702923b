// Message commands (teamtalk.md §6, §8.5): IMMsgData stored (text as plain text, audio as its msg_data in base64,
// §7.2), acked with IMMsgDataAck and delivered through the log; anything refused is dropped without a reply, as the
// stock clients expect. A client's
// IMMsgDataAck (a receipt) gets nothing; IMClientTimeReq gets the server time. With them here: read state, history
// and recent sessions, each in its own file.
import { decryptText, parseAudio } from "../../../shared/crypto/teamtalk-text.ts";
import { nowS } from "../../../shared/domain/context.ts";
import { ImError } from "../../../shared/domain/errors.ts";
import { audioContent, isAudio, maxContentBytes, SessionType } from "../../../shared/domain/messages.ts";
import { IM } from "../../../proto/generated/im.js";
import type { Caller, Commands } from "../command.ts";
import { parse } from "../wire.ts";
import type { Pdu } from "../../../shared/codecs/tt-pdu.ts";
import { historyCommands } from "./history.ts";
import { readCommands } from "./reads.ts";
import { sessionCommands } from "./sessions.ts";

const { ServiceID, MessageCmdID, MsgType } = IM.BaseDefine;

function dropped(caller: Caller, what: string, why: string): void {
  caller.node.domain.log.debug(`teamtalk ${what}; dropped without a reply`, { why, connId: caller.connId, userId: caller.userId });
}

/** The message types a client may send: text and audio, 1:1 and group (teamtalk.md §7). */
const sendable: ReadonlySet<number> = new Set([
  MsgType.MSG_TYPE_SINGLE_TEXT,
  MsgType.MSG_TYPE_SINGLE_AUDIO,
  MsgType.MSG_TYPE_GROUP_TEXT,
  MsgType.MSG_TYPE_GROUP_AUDIO,
]);

/** The content stored for msg_data: the decrypted text (§7.1), or for audio the msg_data itself in base64 (§7.2). */
function contentOf(msgType: number, msgData: Uint8Array, textKey: string): { ok: true; content: string } | { ok: false; reason: string } {
  if (!isAudio(msgType)) {
    const text = decryptText(msgData, textKey);
    return text.ok ? { ok: true, content: text.text } : { ok: false, reason: `text does not decrypt: ${text.reason}` };
  }
  const audio = parseAudio(msgData);
  if (!audio.ok) return audio;
  // Checked before encoding: the domain would refuse it too, after the work. A later msfs-backed store can lift this.
  if (Math.ceil(msgData.length / 3) * 4 > maxContentBytes) {
    return { ok: false, reason: `audio msg_data of ${msgData.length} bytes is over ${maxContentBytes} bytes as base64` };
  }
  return { ok: true, content: audioContent(msgData) };
}

async function sendMessage(caller: Caller, request: Pdu): Promise<void> {
  const msg = parse(IM.Message.IMMsgData, request.body);
  if (msg === null || msg.msg_data.length === 0 || !caller.allowMessage()) return;
  if (!sendable.has(msg.msg_type)) return;
  const stored = contentOf(msg.msg_type, msg.msg_data, caller.node.domain.config.teamtalkTextKey);
  if (!stored.ok) return dropped(caller, "message not stored", stored.reason);
  const group = msg.msg_type === MsgType.MSG_TYPE_GROUP_TEXT || msg.msg_type === MsgType.MSG_TYPE_GROUP_AUDIO;
  const sessionType = group ? SessionType.Group : SessionType.Single;
  let msgId: number;
  try {
    ({ msgId } = await caller.node.sendMessage({
      fromUserId: caller.userId,
      sessionType,
      toId: msg.to_session_id,
      content: stored.content,
      msgType: msg.msg_type,
      originConnId: caller.connId,
    }));
  } catch (err) {
    if (err instanceof ImError) return dropped(caller, "message refused", err.message);
    throw err;
  }
  const ack = IM.Message.IMMsgDataAck.create({
    user_id: caller.userId,
    session_id: msg.to_session_id,
    msg_id: msgId,
    session_type: sessionType,
  });
  caller.reply(request, ServiceID.SID_MSG, MessageCmdID.CID_MSG_DATA_ACK, IM.Message.IMMsgDataAck, ack);
}

function serverTime(caller: Caller, request: Pdu): void {
  const rsp = IM.Message.IMClientTimeRsp.create({ server_time: nowS(caller.node.domain) });
  caller.reply(request, ServiceID.SID_MSG, MessageCmdID.CID_MSG_TIME_RESPONSE, IM.Message.IMClientTimeRsp, rsp);
}

export const messageCommands: Commands = [
  [MessageCmdID.CID_MSG_DATA, sendMessage],
  [MessageCmdID.CID_MSG_DATA_ACK, () => {}], // loss statistics only in the original
  [MessageCmdID.CID_MSG_TIME_REQUEST, serverTime],
  ...readCommands,
  ...historyCommands,
  ...sessionCommands,
];
