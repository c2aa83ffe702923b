// Recent sessions (teamtalk.md §8.8): the caller's sessions with a message newer than the client's watermark, each
// with its latest message; removing one (until a newer message) clears its unread count and tells the caller's
// other connections.
import { conversationOf, sessionTypeOf } from "../../../shared/domain/conversations.ts";
import { recentConversations, removeConversation } from "../../../shared/domain/recent-sessions.ts";
import { IM } from "../../../proto/generated/im.js";
import type { Caller, Commands } from "../command.ts";
import type { Pdu } from "../../../shared/codecs/tt-pdu.ts";
import { fitting, latestFields } from "../message-lists.ts";
import { parse } from "../wire.ts";

const { ServiceID, BuddyListCmdID, ContactSessionInfo, SessionStatusType } = IM.BaseDefine;

async function recentSessions(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Buddy.IMRecentContactSessionReq, request.body);
  if (req === null) return;
  const style = caller.node.domain.config;
  const recent = await recentConversations(caller.node.domain.db, caller.userId, req.latest_update_time);
  const list = recent.map((r) =>
    ContactSessionInfo.create({
      session_id: r.peerOrGroupId,
      session_type: r.latest.sessionType,
      session_status: SessionStatusType.SESSION_STATUS_OK,
      updated_time: r.updatedAt,
      ...latestFields(r.peerOrGroupId, r.latest, style),
    }),
  );
  const rsp = IM.Buddy.IMRecentContactSessionRsp.create({
    user_id: caller.userId,
    contact_session_list: fitting(list, ContactSessionInfo),
  });
  caller.reply(
    request,
    ServiceID.SID_BUDDY_LIST,
    BuddyListCmdID.CID_BUDDY_LIST_RECENT_CONTACT_SESSION_RESPONSE,
    IM.Buddy.IMRecentContactSessionRsp,
    rsp,
  );
}

async function removeSession(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Buddy.IMRemoveSessionReq, request.body);
  const sessionType = req && sessionTypeOf(req.session_type);
  if (!req || !sessionType) return;
  const d = caller.node.domain;
  const conversation = await conversationOf(d.db, caller.userId, sessionType, req.session_id);
  const removed = conversation !== null && (await removeConversation(d, caller.userId, conversation, caller.connId));
  if (removed) caller.node.poke();
  const rsp = IM.Buddy.IMRemoveSessionRsp.create({
    user_id: caller.userId,
    result_code: removed ? 0 : 1,
    session_type: sessionType,
    session_id: req.session_id,
  });
  caller.reply(request, ServiceID.SID_BUDDY_LIST, BuddyListCmdID.CID_BUDDY_LIST_REMOVE_SESSION_RES, IM.Buddy.IMRemoveSessionRsp, rsp);
}

export const sessionCommands: Commands = [
  [BuddyListCmdID.CID_BUDDY_LIST_RECENT_CONTACT_SESSION_REQUEST, recentSessions],
  [BuddyListCmdID.CID_BUDDY_LIST_REMOVE_SESSION_REQ, removeSession],
];
