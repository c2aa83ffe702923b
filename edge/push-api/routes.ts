// The push API's four routes (teamtalk.md §10.1), each run as the acting user through the domain: messages are
// stored with their log events in one write transaction, so core nodes deliver them like any other; group changes
// follow §8.13's rules for that user.
import { Buffer } from "node:buffer";
import type { Domain } from "../../shared/domain/context.ts";
import { ImError } from "../../shared/domain/errors.ts";
import {
  addGroupMembers,
  createAnnouncedGroup,
  groupTypeNormal,
  groupTypeTmp,
  mayChangeMembers,
  removeGroupMembers,
  requireGroup,
} from "../../shared/domain/groups.ts";
import { isAudio, MsgType, SessionType } from "../../shared/domain/messages.ts";
import { sendMessage, sendMessageBatch } from "../../shared/domain/send-messages.ts";
import { requireUsers } from "../../shared/domain/users.ts";
import { type Fields, id, idList, oneOf, text } from "./fields.ts";
import { badInput, ErrorCode, PushRefusal, refusalOf } from "./replies.ts";

/** A route: the acting user and the request's fields → the reply's keys beside error_code and error_msg. */
export type Route = (d: Domain, actor: number, fields: Fields) => Promise<Record<string, unknown>>;

const singleTypes = [MsgType.singleText, MsgType.singleAudio, MsgType.notice] as const;
const groupTypes = [MsgType.groupText, MsgType.groupAudio] as const;

/** `msg`, whose audio (msg_type 2 / 18) is TeamTalk msg_data in base64, as the domain stores audio. */
function content(fields: Fields, msgType: number): string {
  const msg = text(fields, "msg");
  if (isAudio(msgType) && Buffer.from(msg, "base64").toString("base64") !== msg) throw badInput("msg of an audio message must be base64");
  return msg;
}

const sendP2P: Route = async (d, actor, fields) => {
  const msgType = oneOf(fields, "msg_type", [...singleTypes, ...groupTypes]);
  const sessionType = (groupTypes as readonly number[]).includes(msgType) ? SessionType.Group : SessionType.Single;
  const toId = id(fields, "session_id");
  const stored = await sendMessage(d, { fromUserId: actor, sessionType, toId, content: content(fields, msgType), msgType });
  return { msg_id: stored.msgId };
};

const sendBroadcast: Route = async (d, actor, fields) => {
  const msgType = oneOf(fields, "msg_type", singleTypes);
  const recipients = idList(fields, "session_ids");
  const msg = content(fields, msgType);
  const batch = recipients.map((toId) => ({ fromUserId: actor, sessionType: SessionType.Single, toId, content: msg, msgType }));
  const stored = await sendMessageBatch(d, batch);
  return { msg_ids: Object.fromEntries(recipients.map((userId, i) => [userId, stored[i].msgId])) };
};

const createGroup: Route = async (d, actor, fields) => {
  const type = oneOf(fields, "group_type", [groupTypeNormal, groupTypeTmp]);
  const group = { name: text(fields, "group_name"), avatar: text(fields, "group_avatar", ""), type };
  const { groupId } = await createAnnouncedGroup(d, actor, group, idList(fields, "user_id_list"));
  return { group_id: groupId };
};

const modifyTypes = new Map([
  [1, "joined"],
  [2, "removed"],
] as const);

const changeMembers: Route = async (d, actor, fields) => {
  const groupId = id(fields, "group_id");
  const opt = modifyTypes.get(oneOf(fields, "modify_type", [1, 2]))!;
  const userIds = idList(fields, "user_id_list");
  const group = await requireGroup(d.db, groupId).catch((err) => {
    throw err instanceof ImError ? new PushRefusal(404, ErrorCode.changeFailed, err.message) : err;
  });
  if (!mayChangeMembers(group, actor, opt))
    throw new PushRefusal(403, ErrorCode.changeFailed, `user ${actor} may not change these members`);
  if (opt === "joined") await requireUsers(d.db, userIds);
  const apply = opt === "joined" ? addGroupMembers : removeGroupMembers;
  const change = await apply(d, actor, groupId, userIds).catch((err) => {
    throw err instanceof ImError ? refusalOf(err, ErrorCode.changeFailed) : err;
  });
  return { changed: change.changed };
};

export const pushRoutes: Record<string, Route> = {
  "/query/SendP2PMessage": sendP2P,
  "/query/SendBroadCastMessage": sendBroadcast,
  "/query/CreateGroup": createGroup,
  "/query/ChangeMembers": changeMembers,
};
