// History commands (teamtalk.md §8.9): a page of messages going backwards, the latest msg_id, messages by id. Only
// the caller's conversations: a 1:1 with the peer named, a group the caller is in, from the caller's join on; for
// anything else the reply is empty. An invalid session_type gets no reply.
import { conversationOf, sessionTypeOf } from "../../../shared/domain/conversations.ts";
import { type ConversationMessage, latestMsgId, messagesBefore, messagesById } from "../../../shared/domain/history.ts";
import { IM } from "../../../proto/generated/im.js";
import type { Caller, Commands } from "../command.ts";
import type { Pdu } from "../../../shared/codecs/tt-pdu.ts";
import { fitting, msgInfo } from "../message-lists.ts";
import { parse } from "../wire.ts";

const { ServiceID, MessageCmdID, MsgInfo } = IM.BaseDefine;

/** The caller's conversation named by a request, null when it is none of theirs; undefined for an invalid type. */
async function requested(caller: Caller, req: { session_type: number; session_id: number }) {
  const sessionType = sessionTypeOf(req.session_type);
  if (sessionType === null) return undefined;
  return { sessionType, conversation: await conversationOf(caller.node.domain.db, caller.userId, sessionType, req.session_id) };
}

function listed(caller: Caller, messages: ConversationMessage[]) {
  const style = caller.node.domain.config;
  return fitting(
    messages.map((m) => MsgInfo.create(msgInfo(m, style))),
    MsgInfo,
  );
}

async function messageList(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Message.IMGetMsgListReq, request.body);
  const found = req && (await requested(caller, req));
  if (!req || !found) return;
  const { db } = caller.node.domain;
  const messages = found.conversation ? await messagesBefore(db, found.conversation, req.msg_id_begin, req.msg_cnt) : [];
  const rsp = IM.Message.IMGetMsgListRsp.create({
    user_id: caller.userId,
    session_type: found.sessionType,
    session_id: req.session_id,
    msg_id_begin: req.msg_id_begin,
    msg_list: listed(caller, messages),
  });
  caller.reply(request, ServiceID.SID_MSG, MessageCmdID.CID_MSG_LIST_RESPONSE, IM.Message.IMGetMsgListRsp, rsp);
}

async function latestId(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Message.IMGetLatestMsgIdReq, request.body);
  const found = req && (await requested(caller, req));
  if (!req || !found) return;
  const rsp = IM.Message.IMGetLatestMsgIdRsp.create({
    user_id: caller.userId,
    session_type: found.sessionType,
    session_id: req.session_id,
    latest_msg_id: found.conversation ? await latestMsgId(caller.node.domain.db, found.conversation) : 0,
  });
  caller.reply(request, ServiceID.SID_MSG, MessageCmdID.CID_MSG_GET_LATEST_MSG_ID_RSP, IM.Message.IMGetLatestMsgIdRsp, rsp);
}

async function byId(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Message.IMGetMsgByIdReq, request.body);
  const found = req && (await requested(caller, req));
  if (!req || !found) return;
  const messages = found.conversation ? await messagesById(caller.node.domain.db, found.conversation, req.msg_id_list ?? []) : [];
  const rsp = IM.Message.IMGetMsgByIdRsp.create({
    user_id: caller.userId,
    session_type: found.sessionType,
    session_id: req.session_id,
    msg_list: listed(caller, messages),
  });
  caller.reply(request, ServiceID.SID_MSG, MessageCmdID.CID_MSG_GET_BY_MSG_ID_RES, IM.Message.IMGetMsgByIdRsp, rsp);
}

export const historyCommands: Commands = [
  [MessageCmdID.CID_MSG_LIST_REQUEST, messageList],
  [MessageCmdID.CID_MSG_GET_LATEST_MSG_ID_REQ, latestId],
  [MessageCmdID.CID_MSG_GET_BY_MSG_ID_REQ, byId],
];
