// Directory and presence commands (teamtalk.md §5.2, §6, §8.11, §8.12, §8.14): departments and users changed since a
// watermark, users by id, online status, sign info and avatar changes told to every online user.
import { Buffer } from "node:buffer";
import type { Pdu } from "../../../shared/codecs/tt-pdu.ts";
import { type Department, departmentsChangedSince } from "../../../shared/domain/departments.ts";
import { changeProfileText, profilesOf, usersChangedSince } from "../../../shared/domain/directory.ts";
import { pcOnlineUsers } from "../../../shared/domain/pc-presence.ts";
import { IM } from "../../../proto/generated/im.js";
import type { Caller, Commands } from "../command.ts";
import { fittingCount, pageOfChanges } from "../list-budget.ts";
import { userInfo } from "../session.ts";
import { type MessageType, parse } from "../wire.ts";

const { ServiceID, BuddyListCmdID: Cmd, DepartmentStatusType, UserStatType } = IM.BaseDefine;
const { UserInfo, DepartInfo, UserStat } = IM.BaseDefine;

/** Users read for one IMAllUserReq: more than a reply can hold even with every text empty (~28 bytes a user). */
const usersPerRead = 15_000;
/** Ids answered per IMUsersInfoReq / IMUsersStatReq: a stat entry is at most 10 bytes, so this many always fit. */
const maxIdsPerRequest = 15_000;
/** teamtalk.md §5.2: a sign info of more bytes is refused. */
const maxSignInfoBytes = 128;
/** The original's column (IMUser.avatar varchar 255); a longer URL is refused. */
const maxAvatarBytes = 255;

function answer<T>(caller: Caller, request: Pdu, commandId: number, type: MessageType<T>, message: T): void {
  caller.reply(request, ServiceID.SID_BUDDY_LIST, commandId, type, message);
}

const uint32 = (n: number) => Math.min(Math.max(Math.trunc(n), 0), 0xffffffff);

function departInfo(d: Department): IM.BaseDefine.DepartInfo {
  return DepartInfo.create({
    dept_id: d.id,
    priority: uint32(d.priority),
    dept_name: d.name,
    parent_dept_id: uint32(d.parentId),
    dept_status: d.status === 0 ? DepartmentStatusType.DEPT_STATUS_OK : DepartmentStatusType.DEPT_STATUS_DELETE,
  });
}

/** A directory entry: like the login's UserInfo, but with the user's real status (clients hide 3, left). */
const directoryEntry = (p: Parameters<typeof userInfo>[0]) => UserInfo.create({ ...userInfo(p), status: uint32(p.status) });

/** The ids asked about, each once, at most maxIdsPerRequest. */
const idsOf = (list: number[]) => [...new Set(list)].slice(0, maxIdsPerRequest);

async function departments(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Buddy.IMDepartmentReq, request.body);
  if (req === null) return;
  const changed = await departmentsChangedSince(caller.node.domain.db, req.latest_update_time);
  const changes = changed.map((d) => ({ entry: departInfo(d), updatedAt: d.updatedAt }));
  const { entries, watermark } = pageOfChanges(DepartInfo, changes, req.latest_update_time, false);
  const rsp = IM.Buddy.IMDepartmentRsp.create({ user_id: caller.userId, latest_update_time: watermark, dept_list: entries });
  answer(caller, request, Cmd.CID_BUDDY_LIST_DEPARTMENT_RESPONSE, IM.Buddy.IMDepartmentRsp, rsp);
}

/**
 * Users changed since the client's watermark. A list too long for one PDU is cut (list-budget.ts): the reply's
 * watermark is that of the last user listed, and the client's next IMAllUserReq (the stock clients send one at each
 * login) gets the rest.
 */
async function allUsers(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Buddy.IMAllUserReq, request.body);
  if (req === null) return;
  const changed = await usersChangedSince(caller.node.domain, req.latest_update_time, usersPerRead);
  const changes = changed.map((c) => ({ entry: directoryEntry(c.profile), updatedAt: c.updatedAt }));
  const { entries, watermark } = pageOfChanges(UserInfo, changes, req.latest_update_time, changed.length === usersPerRead);
  const rsp = IM.Buddy.IMAllUserRsp.create({ user_id: caller.userId, latest_update_time: watermark, user_list: entries });
  answer(caller, request, Cmd.CID_BUDDY_LIST_ALL_USER_RESPONSE, IM.Buddy.IMAllUserRsp, rsp);
}

/** Users by id, whatever their status; unknown ids are left out, and so are those past what one reply holds. */
async function usersInfo(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Buddy.IMUsersInfoReq, request.body);
  if (req === null) return;
  const infos = (await profilesOf(caller.node.domain, idsOf(req.user_id_list ?? []))).map(directoryEntry);
  const rsp = IM.Buddy.IMUsersInfoRsp.create({ user_id: caller.userId, user_info_list: infos.slice(0, fittingCount(UserInfo, infos)) });
  answer(caller, request, Cmd.CID_BUDDY_LIST_USER_INFO_RESPONSE, IM.Buddy.IMUsersInfoRsp, rsp);
}

/** One status per id asked, in order (repeats included): ONLINE iff a PC connection of the user is logged in. */
async function usersStat(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Buddy.IMUsersStatReq, request.body);
  if (req === null) return;
  const ids = (req.user_id_list ?? []).slice(0, maxIdsPerRequest);
  const online = await pcOnlineUsers(caller.node.domain, [...new Set(ids)]);
  const stats = ids.map((id) =>
    UserStat.create({ user_id: id, status: online.has(id) ? UserStatType.USER_STATUS_ONLINE : UserStatType.USER_STATUS_OFFLINE }),
  );
  const rsp = IM.Buddy.IMUsersStatRsp.create({ user_id: caller.userId, user_stat_list: stats });
  answer(caller, request, Cmd.CID_BUDDY_LIST_USERS_STATUS_RESPONSE, IM.Buddy.IMUsersStatRsp, rsp);
}

async function changeSignInfo(caller: Caller, request: Pdu): Promise<void> {
  if (!caller.allowMessage()) return; // told to everyone online: one connection gets the messages' budget
  const req = parse(IM.Buddy.IMChangeSignInfoReq, request.body);
  if (req === null) return;
  const fits = Buffer.byteLength(req.sign_info, "utf8") <= maxSignInfoBytes;
  if (fits) await changeProfileText(caller.node.domain, caller.userId, "signInfo", req.sign_info);
  const rsp = IM.Buddy.IMChangeSignInfoRsp.create(
    fits ? { user_id: caller.userId, result_code: 0, sign_info: req.sign_info } : { user_id: caller.userId, result_code: 1 },
  );
  answer(caller, request, Cmd.CID_BUDDY_LIST_CHANGE_SIGN_INFO_RESPONSE, IM.Buddy.IMChangeSignInfoRsp, rsp);
  if (fits) caller.node.poke(); // the notify, to the requester too, comes after the reply
}

/** Not answered by the original; done as teamtalk.md §6 recommends: stored, result 0, IMAvatarChangedNotify to all. */
async function changeAvatar(caller: Caller, request: Pdu): Promise<void> {
  if (!caller.allowMessage()) return; // told to everyone online: one connection gets the messages' budget
  const req = parse(IM.Buddy.IMChangeAvatarReq, request.body);
  if (req === null) return;
  const fits = Buffer.byteLength(req.avatar_url, "utf8") <= maxAvatarBytes;
  if (fits) await changeProfileText(caller.node.domain, caller.userId, "avatar", req.avatar_url);
  const rsp = IM.Buddy.IMChangeAvatarRsp.create({ user_id: caller.userId, result_code: fits ? 0 : 1 });
  answer(caller, request, Cmd.CID_BUDDY_LIST_CHANGE_AVATAR_RESPONSE, IM.Buddy.IMChangeAvatarRsp, rsp);
  if (fits) caller.node.poke();
}

export const buddyCommands: Commands = [
  [Cmd.CID_BUDDY_LIST_DEPARTMENT_REQUEST, departments],
  [Cmd.CID_BUDDY_LIST_ALL_USER_REQUEST, allUsers],
  [Cmd.CID_BUDDY_LIST_USER_INFO_REQUEST, usersInfo],
  [Cmd.CID_BUDDY_LIST_USERS_STATUS_REQUEST, usersStat],
  [Cmd.CID_BUDDY_LIST_CHANGE_SIGN_INFO_REQUEST, changeSignInfo],
  [Cmd.CID_BUDDY_LIST_CHANGE_AVATAR_REQUEST, changeAvatar],
];
