// Group commands (teamtalk.md §5.4, §6, §8.13): the NORMAL group list, group infos by version, TMP groups made by
// clients, member changes (their notify goes through the log to every member but the asking connection), shield.
import { maxOutboundPduBytes, type Pdu } from "../../../shared/codecs/tt-pdu.ts";
import { ImError } from "../../../shared/domain/errors.ts";
import {
  addGroupMembers,
  changedGroups,
  createTmpGroup,
  type GroupInfo,
  mayChangeMembers,
  maxIdsPerRequest,
  normalGroupsOf,
  removeGroupMembers,
  requireGroup,
  setGroupShield,
} from "../../../shared/domain/groups.ts";
import { IM } from "../../../proto/generated/im.js";
import type { Caller, Commands } from "../command.ts";
import { parse } from "../wire.ts";

const { ServiceID, GroupCmdID, GroupType, GroupModifyType } = IM.BaseDefine;
const { Group } = IM;

/** Room kept in a reply for its header and its other fields. */
const replyRoom = 1024;

/** Runs a domain call; a refusal becomes `refused` (or null when the caller must not answer), other faults throw. */
async function attempt<T>(work: () => Promise<T>, refused: (err: ImError) => "refused" | null): Promise<T | "refused" | null> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ImError) return refused(err);
    throw err;
  }
}

/** An unknown group gets no reply at all (teamtalk.md §6); other refusals are answered with result 1. */
const unlessUnknownGroup = (err: ImError) => (err.code === "NOT_FOUND" ? null : "refused");

async function normalGroupList(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(Group.IMNormalGroupListReq, request.body);
  if (req === null) return;
  const list = await normalGroupsOf(caller.node.domain.db, caller.userId);
  const rsp = Group.IMNormalGroupListRsp.create({
    user_id: caller.userId,
    group_version_list: list.map((g) => ({ group_id: g.groupId, version: g.version })),
    attach_data: req.attach_data,
  });
  caller.reply(request, ServiceID.SID_GROUP, GroupCmdID.CID_GROUP_NORMAL_LIST_RESPONSE, Group.IMNormalGroupListRsp, rsp);
}

function groupInfo(g: GroupInfo): IM.BaseDefine.GroupInfo.$Properties {
  return {
    group_id: g.id,
    version: g.version,
    group_name: g.name,
    group_avatar: g.avatar,
    group_creator_id: g.creatorId,
    group_type: g.type === GroupType.GROUP_TYPE_TMP ? GroupType.GROUP_TYPE_TMP : GroupType.GROUP_TYPE_NORMAL,
    shield_status: g.shield,
    group_member_list: g.members,
  };
}

/** The infos that fit one PDU, in order; the rest are left out (the client still holds the old versions and asks again). */
function fitting(infos: IM.BaseDefine.GroupInfo.$Properties[]): IM.BaseDefine.GroupInfo.$Properties[] {
  let bytes = replyRoom;
  const fit = infos.findIndex((info) => {
    bytes += IM.BaseDefine.GroupInfo.encode(info).finish().length + 6; // tag and length of the entry
    return bytes > maxOutboundPduBytes;
  });
  return fit < 0 ? infos : infos.slice(0, fit);
}

async function groupInfoList(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(Group.IMGroupInfoListReq, request.body);
  if (req === null) return;
  const known = (req.group_version_list ?? []).map((g) => ({ groupId: g.group_id, version: g.version }));
  const infos = await changedGroups(caller.node.domain.db, caller.userId, known);
  const rsp = Group.IMGroupInfoListRsp.create({
    user_id: caller.userId,
    group_info_list: fitting(infos.map(groupInfo)),
    attach_data: req.attach_data,
  });
  caller.reply(request, ServiceID.SID_GROUP, GroupCmdID.CID_GROUP_INFO_RESPONSE, Group.IMGroupInfoListRsp, rsp);
}

async function createGroup(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(Group.IMGroupCreateReq, request.body);
  if (req === null || req.group_type !== GroupType.GROUP_TYPE_TMP) return; // clients may only make TMP groups (§8.13)
  const { group_name, group_avatar } = req;
  const members = req.member_id_list ?? [];
  const made = await attempt(
    () => createTmpGroup(caller.node.domain, caller.userId, group_name, group_avatar, members),
    () => "refused",
  );
  const ok = made !== null && made !== "refused";
  const rsp = Group.IMGroupCreateRsp.create({
    user_id: caller.userId,
    result_code: ok ? 0 : 1,
    group_name,
    user_id_list: ok ? made.members : [],
    attach_data: req.attach_data,
  });
  if (ok) rsp.group_id = made.groupId;
  caller.reply(request, ServiceID.SID_GROUP, GroupCmdID.CID_GROUP_CREATE_RESPONSE, Group.IMGroupCreateRsp, rsp);
}

const changeOpts = new Map([
  [GroupModifyType.GROUP_MODIFY_TYPE_ADD, "joined"],
  [GroupModifyType.GROUP_MODIFY_TYPE_DEL, "removed"],
] as const);

async function changeMembers(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(Group.IMGroupChangeMemberReq, request.body);
  const opt = req && changeOpts.get(req.change_type);
  if (!req || !opt) return;
  const { group_id } = req;
  const members = req.member_id_list ?? [];
  const d = caller.node.domain;
  const change = await attempt(async () => {
    const group = await requireGroup(d.db, group_id);
    if (!mayChangeMembers(group, caller.userId, opt)) return "refused";
    if (members.length === 0 || members.length > maxIdsPerRequest) return "refused";
    const apply = opt === "joined" ? addGroupMembers : removeGroupMembers;
    return apply(d, caller.userId, group_id, members, caller.connId);
  }, unlessUnknownGroup);
  if (change === null) return;
  const rsp = Group.IMGroupChangeMemberRsp.create({
    user_id: caller.userId,
    change_type: req.change_type,
    result_code: change === "refused" ? 1 : 0,
    group_id,
    attach_data: req.attach_data,
  });
  if (change !== "refused") {
    rsp.cur_user_id_list = change.current;
    rsp.chg_user_id_list = change.changed;
    if (change.changed.length > 0) caller.node.poke();
  }
  caller.reply(request, ServiceID.SID_GROUP, GroupCmdID.CID_GROUP_CHANGE_MEMBER_RESPONSE, Group.IMGroupChangeMemberRsp, rsp);
}

async function shieldGroup(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(Group.IMGroupShieldReq, request.body);
  if (req === null) return;
  const done = await attempt(
    () => setGroupShield(caller.node.domain, caller.userId, req.group_id, req.shield_status !== 0),
    unlessUnknownGroup,
  );
  if (done === null) return;
  const rsp = Group.IMGroupShieldRsp.create({
    user_id: caller.userId,
    group_id: req.group_id,
    result_code: done === "refused" ? 1 : 0,
    attach_data: req.attach_data,
  });
  caller.reply(request, ServiceID.SID_GROUP, GroupCmdID.CID_GROUP_SHIELD_GROUP_RESPONSE, Group.IMGroupShieldRsp, rsp);
}

export const groupCommands: Commands = [
  [GroupCmdID.CID_GROUP_NORMAL_LIST_REQUEST, normalGroupList],
  [GroupCmdID.CID_GROUP_INFO_REQUEST, groupInfoList],
  [GroupCmdID.CID_GROUP_CREATE_REQUEST, createGroup],
  [GroupCmdID.CID_GROUP_CHANGE_MEMBER_REQUEST, changeMembers],
  [GroupCmdID.CID_GROUP_SHIELD_GROUP_REQUEST, shieldGroup],
];
