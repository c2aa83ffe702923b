// Read state commands (teamtalk.md §6, §8.7, §8.10): a read ack clears the caller's unread count of the session and
// is told to the caller's other connections (no reply); the unread counts, each with the session's latest message.
import { conversationOf, sessionTypeOf } from "../../../shared/domain/conversations.ts";
import { markRead, unreadConversations } from "../../../shared/domain/reads.ts";
import { IM } from "../../../proto/generated/im.js";
import type { Caller, Commands } from "../command.ts";
import type { Pdu } from "../../../shared/codecs/tt-pdu.ts";
import { fitting, latestFields } from "../message-lists.ts";
import { parse } from "../wire.ts";

const { ServiceID, MessageCmdID, UnreadInfo } = IM.BaseDefine;

async function readAck(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Message.IMMsgDataReadAck, request.body);
  const sessionType = req && sessionTypeOf(req.session_type);
  if (!req || !sessionType) return;
  const d = caller.node.domain;
  const conversation = await conversationOf(d.db, caller.userId, sessionType, req.session_id);
  if (conversation === null) return;
  await markRead(d, caller.userId, conversation, req.msg_id, caller.connId);
  caller.node.poke();
}

async function unreadCounts(caller: Caller, request: Pdu): Promise<void> {
  if (parse(IM.Message.IMUnreadMsgCntReq, request.body) === null) return;
  const style = caller.node.domain.config;
  const unread = await unreadConversations(caller.node.domain.db, caller.userId);
  const list = fitting(
    unread.map((u) =>
      UnreadInfo.create({
        session_id: u.peerOrGroupId,
        session_type: u.sessionType,
        unread_cnt: u.unread,
        ...latestFields(u.peerOrGroupId, u.latest, style),
      }),
    ),
    UnreadInfo,
  );
  const rsp = IM.Message.IMUnreadMsgCntRsp.create({
    user_id: caller.userId,
    total_cnt: list.reduce((sum, u) => sum + u.unread_cnt, 0),
    unreadinfo_list: list,
  });
  caller.reply(request, ServiceID.SID_MSG, MessageCmdID.CID_MSG_UNREAD_CNT_RESPONSE, IM.Message.IMUnreadMsgCntRsp, rsp);
}

export const readCommands: Commands = [
  [MessageCmdID.CID_MSG_READ_ACK, readAck],
  [MessageCmdID.CID_MSG_UNREAD_CNT_REQUEST, unreadCounts],
];
