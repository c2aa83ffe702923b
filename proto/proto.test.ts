// The TeamTalk protobuf descriptors against the tables of teamtalk.md §3.1–§3.3, §4 and §5.1–§5.6. The expectations
// below are transcribed from the spec, never read from the .proto files, so a .proto that drifts from the spec fails
// here. The committed generated code is checked against the committed reflection JSON (and that against the .proto
// sources), and the §2.1 test vectors are rebuilt byte for byte.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import { IM } from "./generated/im.js";

type Label = "req" | "opt" | "rep";
/** [field number, name, type as the spec writes it, label] */
type FieldRow = readonly [id: number, name: string, type: string, label: Label];
/** [name, value] */
type EnumRow = readonly [name: string, value: number];
/** [name, hex column, dec column, message the command carries] */
type CommandRow = readonly [name: string, hex: number, dec: number, message: string];

const VALUE_ENUMS: Readonly<Record<string, readonly EnumRow[]>> = {
  // §3.1
  ServiceID: [
    ["SID_LOGIN", 0x0001],
    ["SID_BUDDY_LIST", 0x0002],
    ["SID_MSG", 0x0003],
    ["SID_GROUP", 0x0004],
    ["SID_FILE", 0x0005],
    ["SID_SWITCH_SERVICE", 0x0006],
    ["SID_OTHER", 0x0007],
    ["SID_INTERNAL", 0x0008],
  ],
  // §3.3
  ResultType: [
    ["REFUSE_REASON_NONE", 0],
    ["REFUSE_REASON_NO_MSG_SERVER", 1],
    ["REFUSE_REASON_MSG_SERVER_FULL", 2],
    ["REFUSE_REASON_NO_DB_SERVER", 3],
    ["REFUSE_REASON_NO_LOGIN_SERVER", 4],
    ["REFUSE_REASON_NO_ROUTE_SERVER", 5],
    ["REFUSE_REASON_DB_VALIDATE_FAILED", 6],
    ["REFUSE_REASON_VERSION_TOO_OLD", 7],
  ],
  KickReasonType: [
    ["KICK_REASON_DUPLICATE_USER", 1],
    ["KICK_REASON_MOBILE_KICK", 2],
  ],
  OnlineListType: [["ONLINE_LIST_TYPE_FRIEND_LIST", 1]],
  UserStatType: [
    ["USER_STATUS_ONLINE", 1],
    ["USER_STATUS_OFFLINE", 2],
    ["USER_STATUS_LEAVE", 3],
  ],
  SessionType: [
    ["SESSION_TYPE_SINGLE", 1],
    ["SESSION_TYPE_GROUP", 2],
  ],
  MsgType: [
    ["MSG_TYPE_SINGLE_TEXT", 0x01],
    ["MSG_TYPE_SINGLE_AUDIO", 0x02],
    ["MSG_TYPE_GROUP_TEXT", 0x11],
    ["MSG_TYPE_GROUP_AUDIO", 0x12],
  ],
  ClientType: [
    ["CLIENT_TYPE_WINDOWS", 0x01],
    ["CLIENT_TYPE_MAC", 0x02],
    ["CLIENT_TYPE_IOS", 0x11],
    ["CLIENT_TYPE_ANDROID", 0x12],
  ],
  GroupType: [
    ["GROUP_TYPE_NORMAL", 0x01],
    ["GROUP_TYPE_TMP", 0x02],
  ],
  GroupModifyType: [
    ["GROUP_MODIFY_TYPE_ADD", 0x01],
    ["GROUP_MODIFY_TYPE_DEL", 0x02],
  ],
  TransferFileType: [
    ["FILE_TYPE_ONLINE", 0x01],
    ["FILE_TYPE_OFFLINE", 0x02],
  ],
  ClientFileState: [
    ["CLIENT_FILE_PEER_READY", 0x00],
    ["CLIENT_FILE_CANCEL", 0x01],
    ["CLIENT_FILE_REFUSE", 0x02],
    ["CLIENT_FILE_DONE", 0x03],
  ],
  ClientFileRole: [
    ["CLIENT_REALTIME_SENDER", 0x01],
    ["CLIENT_REALTIME_RECVER", 0x02],
    ["CLIENT_OFFLINE_UPLOAD", 0x03],
    ["CLIENT_OFFLINE_DOWNLOAD", 0x04],
  ],
  FileServerError: [
    ["FILE_SERVER_ERRNO_OK", 0x00],
    ["FILE_SERVER_ERRNO_CREATE_TASK_ID_ERROR", 0x01],
    ["FILE_SERVER_ERRNO_CREATE_TASK_ERROR", 0x02],
    ["FILE_SERVER_ERRNO_LOGIN_INVALID_TOKEN", 0x03],
    ["FILE_SERVER_ERRNO_INVALID_USER_FOR_TASK", 0x04],
    ["FILE_SERVER_ERRNO_PULL_DATA_WITH_INVALID_TASK_ID", 0x05],
    ["FILE_SERVER_ERRNO_PULL_DATA_ILLIEAGE_USER", 0x06],
    ["FILE_SERVER_ERRNO_PULL_DATA_MKDIR_ERROR", 0x07],
    ["FILE_SERVER_ERRNO_PULL_DATA_OPEN_FILE_ERROR", 0x08],
    ["FILE_SERVER_ERRNO_PULL_DATA_READ_FILE_HEADER_ERROR", 0x09],
    ["FILE_SERVER_ERRNO_PULL_DATA_ALLOC_MEM_ERROR", 0x0a],
    ["FILE_SERVER_ERRNO_PULL_DATA_SEEK_OFFSET_ERROR", 0x0b],
    ["FILE_SERVER_ERRNO_PULL_DATA_FINISHED", 0x0c],
  ],
  SessionStatusType: [
    ["SESSION_STATUS_OK", 0x00],
    ["SESSION_STATUS_DELETE", 0x01],
  ],
  DepartmentStatusType: [
    ["DEPT_STATUS_OK", 0x00],
    ["DEPT_STATUS_DELETE", 0x01],
  ],
};

const COMMAND_ENUMS: Readonly<Record<string, readonly CommandRow[]>> = {
  LoginCmdID: [
    ["CID_LOGIN_REQ_MSGSERVER", 0x0101, 257, "IM.Login.IMMsgServReq"],
    ["CID_LOGIN_RES_MSGSERVER", 0x0102, 258, "IM.Login.IMMsgServRsp"],
    ["CID_LOGIN_REQ_USERLOGIN", 0x0103, 259, "IM.Login.IMLoginReq"],
    ["CID_LOGIN_RES_USERLOGIN", 0x0104, 260, "IM.Login.IMLoginRes"],
    ["CID_LOGIN_REQ_LOGINOUT", 0x0105, 261, "IM.Login.IMLogoutReq"],
    ["CID_LOGIN_RES_LOGINOUT", 0x0106, 262, "IM.Login.IMLogoutRsp"],
    ["CID_LOGIN_KICK_USER", 0x0107, 263, "IM.Login.IMKickUser"],
    ["CID_LOGIN_REQ_DEVICETOKEN", 0x0108, 264, "IM.Login.IMDeviceTokenReq"],
    ["CID_LOGIN_RES_DEVICETOKEN", 0x0109, 265, "IM.Login.IMDeviceTokenRsp"],
    ["CID_LOGIN_REQ_KICKPCCLIENT", 0x010a, 266, "IM.Login.IMKickPCClientReq"],
    ["CID_LOGIN_RES_KICKPCCLIENT", 0x010b, 267, "IM.Login.IMKickPCClientRsp"],
    ["CID_LOGIN_REQ_PUSH_SHIELD", 0x010c, 268, "IM.Login.IMPushShieldReq"],
    ["CID_LOGIN_RES_PUSH_SHIELD", 0x010d, 269, "IM.Login.IMPushShieldRsp"],
    ["CID_LOGIN_REQ_QUERY_PUSH_SHIELD", 0x010e, 270, "IM.Login.IMQueryPushShieldReq"],
    ["CID_LOGIN_RES_QUERY_PUSH_SHIELD", 0x010f, 271, "IM.Login.IMQueryPushShieldRsp"],
  ],
  BuddyListCmdID: [
    ["CID_BUDDY_LIST_RECENT_CONTACT_SESSION_REQUEST", 0x0201, 513, "IM.Buddy.IMRecentContactSessionReq"],
    ["CID_BUDDY_LIST_RECENT_CONTACT_SESSION_RESPONSE", 0x0202, 514, "IM.Buddy.IMRecentContactSessionRsp"],
    ["CID_BUDDY_LIST_STATUS_NOTIFY", 0x0203, 515, "IM.Buddy.IMUserStatNotify"],
    ["CID_BUDDY_LIST_USER_INFO_REQUEST", 0x0204, 516, "IM.Buddy.IMUsersInfoReq"],
    ["CID_BUDDY_LIST_USER_INFO_RESPONSE", 0x0205, 517, "IM.Buddy.IMUsersInfoRsp"],
    ["CID_BUDDY_LIST_REMOVE_SESSION_REQ", 0x0206, 518, "IM.Buddy.IMRemoveSessionReq"],
    ["CID_BUDDY_LIST_REMOVE_SESSION_RES", 0x0207, 519, "IM.Buddy.IMRemoveSessionRsp"],
    ["CID_BUDDY_LIST_ALL_USER_REQUEST", 0x0208, 520, "IM.Buddy.IMAllUserReq"],
    ["CID_BUDDY_LIST_ALL_USER_RESPONSE", 0x0209, 521, "IM.Buddy.IMAllUserRsp"],
    ["CID_BUDDY_LIST_USERS_STATUS_REQUEST", 0x020a, 522, "IM.Buddy.IMUsersStatReq"],
    ["CID_BUDDY_LIST_USERS_STATUS_RESPONSE", 0x020b, 523, "IM.Buddy.IMUsersStatRsp"],
    ["CID_BUDDY_LIST_CHANGE_AVATAR_REQUEST", 0x020c, 524, "IM.Buddy.IMChangeAvatarReq"],
    ["CID_BUDDY_LIST_CHANGE_AVATAR_RESPONSE", 0x020d, 525, "IM.Buddy.IMChangeAvatarRsp"],
    ["CID_BUDDY_LIST_PC_LOGIN_STATUS_NOTIFY", 0x020e, 526, "IM.Buddy.IMPCLoginStatusNotify"],
    ["CID_BUDDY_LIST_REMOVE_SESSION_NOTIFY", 0x020f, 527, "IM.Buddy.IMRemoveSessionNotify"],
    ["CID_BUDDY_LIST_DEPARTMENT_REQUEST", 0x0210, 528, "IM.Buddy.IMDepartmentReq"],
    ["CID_BUDDY_LIST_DEPARTMENT_RESPONSE", 0x0211, 529, "IM.Buddy.IMDepartmentRsp"],
    ["CID_BUDDY_LIST_AVATAR_CHANGED_NOTIFY", 0x0212, 530, "IM.Buddy.IMAvatarChangedNotify"],
    ["CID_BUDDY_LIST_CHANGE_SIGN_INFO_REQUEST", 0x0213, 531, "IM.Buddy.IMChangeSignInfoReq"],
    ["CID_BUDDY_LIST_CHANGE_SIGN_INFO_RESPONSE", 0x0214, 532, "IM.Buddy.IMChangeSignInfoRsp"],
    ["CID_BUDDY_LIST_SIGN_INFO_CHANGED_NOTIFY", 0x0215, 533, "IM.Buddy.IMSignInfoChangedNotify"],
  ],
  MessageCmdID: [
    ["CID_MSG_DATA", 0x0301, 769, "IM.Message.IMMsgData"],
    ["CID_MSG_DATA_ACK", 0x0302, 770, "IM.Message.IMMsgDataAck"],
    ["CID_MSG_READ_ACK", 0x0303, 771, "IM.Message.IMMsgDataReadAck"],
    ["CID_MSG_READ_NOTIFY", 0x0304, 772, "IM.Message.IMMsgDataReadNotify"],
    ["CID_MSG_TIME_REQUEST", 0x0305, 773, "IM.Message.IMClientTimeReq"],
    ["CID_MSG_TIME_RESPONSE", 0x0306, 774, "IM.Message.IMClientTimeRsp"],
    ["CID_MSG_UNREAD_CNT_REQUEST", 0x0307, 775, "IM.Message.IMUnreadMsgCntReq"],
    ["CID_MSG_UNREAD_CNT_RESPONSE", 0x0308, 776, "IM.Message.IMUnreadMsgCntRsp"],
    ["CID_MSG_LIST_REQUEST", 0x0309, 777, "IM.Message.IMGetMsgListReq"],
    ["CID_MSG_LIST_RESPONSE", 0x030a, 778, "IM.Message.IMGetMsgListRsp"],
    ["CID_MSG_GET_LATEST_MSG_ID_REQ", 0x030b, 779, "IM.Message.IMGetLatestMsgIdReq"],
    ["CID_MSG_GET_LATEST_MSG_ID_RSP", 0x030c, 780, "IM.Message.IMGetLatestMsgIdRsp"],
    ["CID_MSG_GET_BY_MSG_ID_REQ", 0x030d, 781, "IM.Message.IMGetMsgByIdReq"],
    ["CID_MSG_GET_BY_MSG_ID_RES", 0x030e, 782, "IM.Message.IMGetMsgByIdRsp"],
  ],
  GroupCmdID: [
    ["CID_GROUP_NORMAL_LIST_REQUEST", 0x0401, 1025, "IM.Group.IMNormalGroupListReq"],
    ["CID_GROUP_NORMAL_LIST_RESPONSE", 0x0402, 1026, "IM.Group.IMNormalGroupListRsp"],
    ["CID_GROUP_INFO_REQUEST", 0x0403, 1027, "IM.Group.IMGroupInfoListReq"],
    ["CID_GROUP_INFO_RESPONSE", 0x0404, 1028, "IM.Group.IMGroupInfoListRsp"],
    ["CID_GROUP_CREATE_REQUEST", 0x0405, 1029, "IM.Group.IMGroupCreateReq"],
    ["CID_GROUP_CREATE_RESPONSE", 0x0406, 1030, "IM.Group.IMGroupCreateRsp"],
    ["CID_GROUP_CHANGE_MEMBER_REQUEST", 0x0407, 1031, "IM.Group.IMGroupChangeMemberReq"],
    ["CID_GROUP_CHANGE_MEMBER_RESPONSE", 0x0408, 1032, "IM.Group.IMGroupChangeMemberRsp"],
    ["CID_GROUP_SHIELD_GROUP_REQUEST", 0x0409, 1033, "IM.Group.IMGroupShieldReq"],
    ["CID_GROUP_SHIELD_GROUP_RESPONSE", 0x040a, 1034, "IM.Group.IMGroupShieldRsp"],
    ["CID_GROUP_CHANGE_MEMBER_NOTIFY", 0x040b, 1035, "IM.Group.IMGroupChangeMemberNotify"],
  ],
  FileCmdID: [
    ["CID_FILE_LOGIN_REQ", 0x0501, 1281, "IM.File.IMFileLoginReq"],
    ["CID_FILE_LOGIN_RES", 0x0502, 1282, "IM.File.IMFileLoginRsp"],
    ["CID_FILE_STATE", 0x0503, 1283, "IM.File.IMFileState"],
    ["CID_FILE_PULL_DATA_REQ", 0x0504, 1284, "IM.File.IMFilePullDataReq"],
    ["CID_FILE_PULL_DATA_RSP", 0x0505, 1285, "IM.File.IMFilePullDataRsp"],
    ["CID_FILE_REQUEST", 0x0506, 1286, "IM.File.IMFileReq"],
    ["CID_FILE_RESPONSE", 0x0507, 1287, "IM.File.IMFileRsp"],
    ["CID_FILE_NOTIFY", 0x0508, 1288, "IM.File.IMFileNotify"],
    ["CID_FILE_HAS_OFFLINE_REQ", 0x0509, 1289, "IM.File.IMFileHasOfflineReq"],
    ["CID_FILE_HAS_OFFLINE_RES", 0x050a, 1290, "IM.File.IMFileHasOfflineRsp"],
    ["CID_FILE_ADD_OFFLINE_REQ", 0x050b, 1291, "IM.File.IMFileAddOfflineReq"],
    ["CID_FILE_DEL_OFFLINE_REQ", 0x050c, 1292, "IM.File.IMFileDelOfflineReq"],
  ],
  SwitchServiceCmdID: [["CID_SWITCH_P2P_CMD", 0x0601, 1537, "IM.SwitchService.IMP2PCmdMsg"]],
  OtherCmdID: [
    ["CID_OTHER_HEARTBEAT", 0x0701, 1793, "IM.Other.IMHeartBeat"],
    ["CID_OTHER_STOP_RECV_PACKET", 0x0702, 1794, "IM.Server.IMStopReceivePacket"],
    ["CID_OTHER_VALIDATE_REQ", 0x0703, 1795, "IM.Server.IMValidateReq"],
    ["CID_OTHER_VALIDATE_RSP", 0x0704, 1796, "IM.Server.IMValidateRsp"],
    ["CID_OTHER_GET_DEVICE_TOKEN_REQ", 0x0705, 1797, "IM.Server.IMGetDeviceTokenReq"],
    ["CID_OTHER_GET_DEVICE_TOKEN_RSP", 0x0706, 1798, "IM.Server.IMGetDeviceTokenRsp"],
    ["CID_OTHER_ROLE_SET", 0x0707, 1799, "IM.Server.IMRoleSet"],
    ["CID_OTHER_ONLINE_USER_INFO", 0x0708, 1800, "IM.Server.IMOnlineUserInfo"],
    ["CID_OTHER_MSG_SERV_INFO", 0x0709, 1801, "IM.Server.IMMsgServInfo"],
    ["CID_OTHER_USER_STATUS_UPDATE", 0x070a, 1802, "IM.Server.IMUserStatusUpdate"],
    ["CID_OTHER_USER_CNT_UPDATE", 0x070b, 1803, "IM.Server.IMUserCntUpdate"],
    ["CID_OTHER_SERVER_KICK_USER", 0x070d, 1805, "IM.Server.IMServerKickUser"],
    ["CID_OTHER_LOGIN_STATUS_NOTIFY", 0x070e, 1806, "IM.Server.IMServerPCLoginStatusNotify"],
    ["CID_OTHER_PUSH_TO_USER_REQ", 0x070f, 1807, "IM.Server.IMPushToUserReq"],
    ["CID_OTHER_PUSH_TO_USER_RSP", 0x0710, 1808, "IM.Server.IMPushToUserRsp"],
    ["CID_OTHER_GET_SHIELD_REQ", 0x0711, 1809, "IM.Server.IMGroupGetShieldReq"],
    ["CID_OTHER_GET_SHIELD_RSP", 0x0712, 1810, "IM.Server.IMGroupGetShieldRsp"],
    ["CID_OTHER_FILE_TRANSFER_REQ", 0x0731, 1841, "IM.Server.IMFileTransferReq"],
    ["CID_OTHER_FILE_TRANSFER_RSP", 0x0732, 1842, "IM.Server.IMFileTransferRsp"],
    ["CID_OTHER_FILE_SERVER_IP_REQ", 0x0733, 1843, "IM.Server.IMFileServerIPReq"],
    ["CID_OTHER_FILE_SERVER_IP_RSP", 0x0734, 1844, "IM.Server.IMFileServerIPRsp"],
  ],
};

const STRUCTURES: Readonly<Record<string, readonly FieldRow[]>> = {
  IpAddr: [
    [1, "ip", "string", "req"],
    [2, "port", "uint32", "req"],
  ],
  UserInfo: [
    [1, "user_id", "uint32", "req"],
    [2, "user_gender", "uint32", "req"],
    [3, "user_nick_name", "string", "req"],
    [4, "avatar_url", "string", "req"],
    [5, "department_id", "uint32", "req"],
    [6, "email", "string", "req"],
    [7, "user_real_name", "string", "req"],
    [8, "user_tel", "string", "req"],
    [9, "user_domain", "string", "req"],
    [10, "status", "uint32", "req"],
    [11, "sign_info", "string", "opt"],
  ],
  ContactSessionInfo: [
    [1, "session_id", "uint32", "req"],
    [2, "session_type", "SessionType", "req"],
    [3, "session_status", "SessionStatusType", "req"],
    [4, "updated_time", "uint32", "req"],
    [5, "latest_msg_id", "uint32", "req"],
    [6, "latest_msg_data", "bytes", "req"],
    [7, "latest_msg_type", "MsgType", "req"],
    [8, "latest_msg_from_user_id", "uint32", "req"],
  ],
  UserStat: [
    [1, "user_id", "uint32", "req"],
    [2, "status", "UserStatType", "req"],
  ],
  ServerUserStat: [
    [1, "user_id", "uint32", "req"],
    [2, "status", "UserStatType", "req"],
    [3, "client_type", "ClientType", "req"],
  ],
  UnreadInfo: [
    [1, "session_id", "uint32", "req"],
    [2, "session_type", "SessionType", "req"],
    [3, "unread_cnt", "uint32", "req"],
    [4, "latest_msg_id", "uint32", "req"],
    [5, "latest_msg_data", "bytes", "req"],
    [6, "latest_msg_type", "MsgType", "req"],
    [7, "latest_msg_from_user_id", "uint32", "req"],
  ],
  MsgInfo: [
    [1, "msg_id", "uint32", "req"],
    [2, "from_session_id", "uint32", "req"],
    [3, "create_time", "uint32", "req"],
    [4, "msg_type", "MsgType", "req"],
    [5, "msg_data", "bytes", "req"],
  ],
  GroupVersionInfo: [
    [1, "group_id", "uint32", "req"],
    [2, "version", "uint32", "req"],
  ],
  GroupInfo: [
    [1, "group_id", "uint32", "req"],
    [2, "version", "uint32", "req"],
    [3, "group_name", "string", "req"],
    [4, "group_avatar", "string", "req"],
    [5, "group_creator_id", "uint32", "req"],
    [6, "group_type", "GroupType", "req"],
    [7, "shield_status", "uint32", "req"],
    [8, "group_member_list", "uint32", "rep"],
  ],
  UserTokenInfo: [
    [1, "user_id", "uint32", "req"],
    [2, "user_type", "ClientType", "req"],
    [3, "token", "string", "req"],
    [4, "push_count", "uint32", "req"],
    [5, "push_type", "uint32", "req"],
  ],
  PushResult: [
    [1, "user_token", "string", "req"],
    [2, "result_code", "uint32", "req"],
  ],
  ShieldStatus: [
    [1, "user_id", "uint32", "req"],
    [2, "group_id", "uint32", "req"],
    [3, "shield_status", "uint32", "req"],
  ],
  OfflineFileInfo: [
    [1, "from_user_id", "uint32", "req"],
    [2, "task_id", "string", "req"],
    [3, "file_name", "string", "req"],
    [4, "file_size", "uint32", "req"],
  ],
  DepartInfo: [
    [1, "dept_id", "uint32", "req"],
    [2, "priority", "uint32", "req"],
    [3, "dept_name", "string", "req"],
    [4, "parent_dept_id", "uint32", "req"],
    [5, "dept_status", "DepartmentStatusType", "req"],
  ],
  PushShieldStatus: [
    [1, "user_id", "uint32", "req"],
    [2, "shield_status", "uint32", "req"],
  ],
};

const MESSAGES: Readonly<Record<string, { readonly cid: number; readonly fields: readonly FieldRow[] }>> = {
  // §5.1
  "IM.Login.IMMsgServReq": { cid: 0x0101, fields: [] },
  "IM.Login.IMMsgServRsp": {
    cid: 0x0102,
    fields: [
      [1, "result_code", "IM.BaseDefine.ResultType", "req"],
      [2, "prior_ip", "string", "opt"],
      [3, "backip_ip", "string", "opt"],
      [4, "port", "uint32", "opt"],
    ],
  },
  "IM.Login.IMLoginReq": {
    cid: 0x0103,
    fields: [
      [1, "user_name", "string", "req"],
      [2, "password", "string", "req"],
      [3, "online_status", "IM.BaseDefine.UserStatType", "req"],
      [4, "client_type", "IM.BaseDefine.ClientType", "req"],
      [5, "client_version", "string", "opt"],
    ],
  },
  "IM.Login.IMLoginRes": {
    cid: 0x0104,
    fields: [
      [1, "server_time", "uint32", "req"],
      [2, "result_code", "IM.BaseDefine.ResultType", "req"],
      [3, "result_string", "string", "opt"],
      [4, "online_status", "IM.BaseDefine.UserStatType", "opt"],
      [5, "user_info", "IM.BaseDefine.UserInfo", "opt"],
    ],
  },
  "IM.Login.IMLogoutReq": { cid: 0x0105, fields: [] },
  "IM.Login.IMLogoutRsp": { cid: 0x0106, fields: [[1, "result_code", "uint32", "req"]] },
  "IM.Login.IMKickUser": {
    cid: 0x0107,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "kick_reason", "IM.BaseDefine.KickReasonType", "req"],
    ],
  },
  "IM.Login.IMDeviceTokenReq": {
    cid: 0x0108,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "device_token", "string", "req"],
      [3, "client_type", "IM.BaseDefine.ClientType", "opt"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Login.IMDeviceTokenRsp": {
    cid: 0x0109,
    fields: [
      [1, "user_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Login.IMKickPCClientReq": { cid: 0x010a, fields: [[1, "user_id", "uint32", "req"]] },
  "IM.Login.IMKickPCClientRsp": {
    cid: 0x010b,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "result_code", "uint32", "req"],
    ],
  },
  "IM.Login.IMPushShieldReq": {
    cid: 0x010c,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "shield_status", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Login.IMPushShieldRsp": {
    cid: 0x010d,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "result_code", "uint32", "req"],
      [3, "shield_status", "uint32", "opt"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Login.IMQueryPushShieldReq": {
    cid: 0x010e,
    fields: [
      [1, "user_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Login.IMQueryPushShieldRsp": {
    cid: 0x010f,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "result_code", "uint32", "req"],
      [3, "shield_status", "uint32", "opt"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  // §5.2
  "IM.Buddy.IMRecentContactSessionReq": {
    cid: 0x0201,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "latest_update_time", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMRecentContactSessionRsp": {
    cid: 0x0202,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "contact_session_list", "IM.BaseDefine.ContactSessionInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMUserStatNotify": { cid: 0x0203, fields: [[1, "user_stat", "IM.BaseDefine.UserStat", "req"]] },
  "IM.Buddy.IMUsersInfoReq": {
    cid: 0x0204,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "user_id_list", "uint32", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMUsersInfoRsp": {
    cid: 0x0205,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "user_info_list", "IM.BaseDefine.UserInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMRemoveSessionReq": {
    cid: 0x0206,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_type", "IM.BaseDefine.SessionType", "req"],
      [3, "session_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMRemoveSessionRsp": {
    cid: 0x0207,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "result_code", "uint32", "req"],
      [3, "session_type", "IM.BaseDefine.SessionType", "req"],
      [4, "session_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMAllUserReq": {
    cid: 0x0208,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "latest_update_time", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMAllUserRsp": {
    cid: 0x0209,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "latest_update_time", "uint32", "req"],
      [3, "user_list", "IM.BaseDefine.UserInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMUsersStatReq": {
    cid: 0x020a,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "user_id_list", "uint32", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMUsersStatRsp": {
    cid: 0x020b,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "user_stat_list", "IM.BaseDefine.UserStat", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMChangeAvatarReq": {
    cid: 0x020c,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "avatar_url", "string", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMChangeAvatarRsp": {
    cid: 0x020d,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "result_code", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMPCLoginStatusNotify": {
    cid: 0x020e,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "login_stat", "IM.BaseDefine.UserStatType", "req"],
    ],
  },
  "IM.Buddy.IMRemoveSessionNotify": {
    cid: 0x020f,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_type", "IM.BaseDefine.SessionType", "req"],
      [3, "session_id", "uint32", "req"],
    ],
  },
  "IM.Buddy.IMDepartmentReq": {
    cid: 0x0210,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "latest_update_time", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMDepartmentRsp": {
    cid: 0x0211,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "latest_update_time", "uint32", "req"],
      [3, "dept_list", "IM.BaseDefine.DepartInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMAvatarChangedNotify": {
    cid: 0x0212,
    fields: [
      [1, "changed_user_id", "uint32", "req"],
      [2, "avatar_url", "string", "req"],
    ],
  },
  "IM.Buddy.IMChangeSignInfoReq": {
    cid: 0x0213,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "sign_info", "string", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMChangeSignInfoRsp": {
    cid: 0x0214,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "result_code", "uint32", "req"],
      [3, "sign_info", "string", "opt"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Buddy.IMSignInfoChangedNotify": {
    cid: 0x0215,
    fields: [
      [1, "changed_user_id", "uint32", "req"],
      [2, "sign_info", "string", "req"],
    ],
  },
  // §5.3
  "IM.Message.IMMsgData": {
    cid: 0x0301,
    fields: [
      [1, "from_user_id", "uint32", "req"],
      [2, "to_session_id", "uint32", "req"],
      [3, "msg_id", "uint32", "req"],
      [4, "create_time", "uint32", "req"],
      [5, "msg_type", "IM.BaseDefine.MsgType", "req"],
      [6, "msg_data", "bytes", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Message.IMMsgDataAck": {
    cid: 0x0302,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_id", "uint32", "req"],
      [3, "msg_id", "uint32", "req"],
      [4, "session_type", "IM.BaseDefine.SessionType", "req"],
    ],
  },
  "IM.Message.IMMsgDataReadAck": {
    cid: 0x0303,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_id", "uint32", "req"],
      [3, "msg_id", "uint32", "req"],
      [4, "session_type", "IM.BaseDefine.SessionType", "req"],
    ],
  },
  "IM.Message.IMMsgDataReadNotify": {
    cid: 0x0304,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_id", "uint32", "req"],
      [3, "msg_id", "uint32", "req"],
      [4, "session_type", "IM.BaseDefine.SessionType", "req"],
    ],
  },
  "IM.Message.IMClientTimeReq": { cid: 0x0305, fields: [] },
  "IM.Message.IMClientTimeRsp": { cid: 0x0306, fields: [[1, "server_time", "uint32", "req"]] },
  "IM.Message.IMUnreadMsgCntReq": {
    cid: 0x0307,
    fields: [
      [1, "user_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Message.IMUnreadMsgCntRsp": {
    cid: 0x0308,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "total_cnt", "uint32", "req"],
      [3, "unreadinfo_list", "IM.BaseDefine.UnreadInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Message.IMGetMsgListReq": {
    cid: 0x0309,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_type", "IM.BaseDefine.SessionType", "req"],
      [3, "session_id", "uint32", "req"],
      [4, "msg_id_begin", "uint32", "req"],
      [5, "msg_cnt", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Message.IMGetMsgListRsp": {
    cid: 0x030a,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_type", "IM.BaseDefine.SessionType", "req"],
      [3, "session_id", "uint32", "req"],
      [4, "msg_id_begin", "uint32", "req"],
      [5, "msg_list", "IM.BaseDefine.MsgInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Message.IMGetLatestMsgIdReq": {
    cid: 0x030b,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_type", "IM.BaseDefine.SessionType", "req"],
      [3, "session_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Message.IMGetLatestMsgIdRsp": {
    cid: 0x030c,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_type", "IM.BaseDefine.SessionType", "req"],
      [3, "session_id", "uint32", "req"],
      [4, "latest_msg_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Message.IMGetMsgByIdReq": {
    cid: 0x030d,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_type", "IM.BaseDefine.SessionType", "req"],
      [3, "session_id", "uint32", "req"],
      [4, "msg_id_list", "uint32", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Message.IMGetMsgByIdRsp": {
    cid: 0x030e,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "session_type", "IM.BaseDefine.SessionType", "req"],
      [3, "session_id", "uint32", "req"],
      [4, "msg_list", "IM.BaseDefine.MsgInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  // §5.4
  "IM.Group.IMNormalGroupListReq": {
    cid: 0x0401,
    fields: [
      [1, "user_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMNormalGroupListRsp": {
    cid: 0x0402,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "group_version_list", "IM.BaseDefine.GroupVersionInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupInfoListReq": {
    cid: 0x0403,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "group_version_list", "IM.BaseDefine.GroupVersionInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupInfoListRsp": {
    cid: 0x0404,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "group_info_list", "IM.BaseDefine.GroupInfo", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupCreateReq": {
    cid: 0x0405,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "group_type", "IM.BaseDefine.GroupType", "req"],
      [3, "group_name", "string", "req"],
      [4, "group_avatar", "string", "req"],
      [5, "member_id_list", "uint32", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupCreateRsp": {
    cid: 0x0406,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "result_code", "uint32", "req"],
      [3, "group_id", "uint32", "opt"],
      [4, "group_name", "string", "req"],
      [5, "user_id_list", "uint32", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupChangeMemberReq": {
    cid: 0x0407,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "change_type", "IM.BaseDefine.GroupModifyType", "req"],
      [3, "group_id", "uint32", "req"],
      [4, "member_id_list", "uint32", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupChangeMemberRsp": {
    cid: 0x0408,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "change_type", "IM.BaseDefine.GroupModifyType", "req"],
      [3, "result_code", "uint32", "req"],
      [4, "group_id", "uint32", "req"],
      [5, "cur_user_id_list", "uint32", "rep"],
      [6, "chg_user_id_list", "uint32", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupShieldReq": {
    cid: 0x0409,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "group_id", "uint32", "req"],
      [3, "shield_status", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupShieldRsp": {
    cid: 0x040a,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "group_id", "uint32", "req"],
      [3, "result_code", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.Group.IMGroupChangeMemberNotify": {
    cid: 0x040b,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "change_type", "IM.BaseDefine.GroupModifyType", "req"],
      [3, "group_id", "uint32", "req"],
      [4, "cur_user_id_list", "uint32", "rep"],
      [5, "chg_user_id_list", "uint32", "rep"],
    ],
  },
  // §5.5
  "IM.File.IMFileLoginReq": {
    cid: 0x0501,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "task_id", "string", "req"],
      [3, "file_role", "IM.BaseDefine.ClientFileRole", "req"],
    ],
  },
  "IM.File.IMFileLoginRsp": {
    cid: 0x0502,
    fields: [
      [1, "result_code", "uint32", "req"],
      [2, "task_id", "string", "req"],
    ],
  },
  "IM.File.IMFileState": {
    cid: 0x0503,
    fields: [
      [1, "state", "IM.BaseDefine.ClientFileState", "req"],
      [2, "task_id", "string", "req"],
      [3, "user_id", "uint32", "req"],
    ],
  },
  "IM.File.IMFilePullDataReq": {
    cid: 0x0504,
    fields: [
      [1, "task_id", "string", "req"],
      [2, "user_id", "uint32", "req"],
      [3, "trans_mode", "IM.BaseDefine.TransferFileType", "req"],
      [4, "offset", "uint32", "req"],
      [5, "data_size", "uint32", "req"],
    ],
  },
  "IM.File.IMFilePullDataRsp": {
    cid: 0x0505,
    fields: [
      [1, "result_code", "uint32", "req"],
      [2, "task_id", "string", "req"],
      [3, "user_id", "uint32", "req"],
      [4, "offset", "uint32", "req"],
      [5, "file_data", "bytes", "req"],
    ],
  },
  "IM.File.IMFileReq": {
    cid: 0x0506,
    fields: [
      [1, "from_user_id", "uint32", "req"],
      [2, "to_user_id", "uint32", "req"],
      [3, "file_name", "string", "req"],
      [4, "file_size", "uint32", "req"],
      [5, "trans_mode", "IM.BaseDefine.TransferFileType", "req"],
    ],
  },
  "IM.File.IMFileRsp": {
    cid: 0x0507,
    fields: [
      [1, "result_code", "uint32", "req"],
      [2, "from_user_id", "uint32", "req"],
      [3, "to_user_id", "uint32", "req"],
      [4, "file_name", "string", "req"],
      [5, "task_id", "string", "req"],
      [6, "ip_addr_list", "IM.BaseDefine.IpAddr", "rep"],
      [7, "trans_mode", "IM.BaseDefine.TransferFileType", "req"],
    ],
  },
  "IM.File.IMFileNotify": {
    cid: 0x0508,
    fields: [
      [1, "from_user_id", "uint32", "req"],
      [2, "to_user_id", "uint32", "req"],
      [3, "file_name", "string", "req"],
      [4, "file_size", "uint32", "req"],
      [5, "task_id", "string", "req"],
      [6, "ip_addr_list", "IM.BaseDefine.IpAddr", "rep"],
      [7, "trans_mode", "IM.BaseDefine.TransferFileType", "req"],
      [8, "offline_ready", "uint32", "req"],
    ],
  },
  "IM.File.IMFileHasOfflineReq": {
    cid: 0x0509,
    fields: [
      [1, "user_id", "uint32", "req"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.File.IMFileHasOfflineRsp": {
    cid: 0x050a,
    fields: [
      [1, "user_id", "uint32", "req"],
      [2, "offline_file_list", "IM.BaseDefine.OfflineFileInfo", "rep"],
      [3, "ip_addr_list", "IM.BaseDefine.IpAddr", "rep"],
      [20, "attach_data", "bytes", "opt"],
    ],
  },
  "IM.File.IMFileAddOfflineReq": {
    cid: 0x050b,
    fields: [
      [1, "from_user_id", "uint32", "req"],
      [2, "to_user_id", "uint32", "req"],
      [3, "task_id", "string", "req"],
      [4, "file_name", "string", "req"],
      [5, "file_size", "uint32", "req"],
    ],
  },
  "IM.File.IMFileDelOfflineReq": {
    cid: 0x050c,
    fields: [
      [1, "from_user_id", "uint32", "req"],
      [2, "to_user_id", "uint32", "req"],
      [3, "task_id", "string", "req"],
    ],
  },
  // §5.6
  "IM.Other.IMHeartBeat": { cid: 0x0701, fields: [] },
  "IM.SwitchService.IMP2PCmdMsg": {
    cid: 0x0601,
    fields: [
      [1, "from_user_id", "uint32", "req"],
      [2, "to_user_id", "uint32", "req"],
      [3, "cmd_msg_data", "string", "req"],
    ],
  },
};

const PACKAGES = ["BaseDefine", "Login", "Buddy", "Message", "Group", "File", "Other", "SwitchService"];
const SCALARS = new Set(["uint32", "string", "bytes"]);

const IM_JSON: protobuf.INamespace = JSON.parse(readFileSync(new URL("./generated/im.json", import.meta.url), "utf8"));
const root = protobuf.Root.fromJSON(IM_JSON).resolveAll();

/** A §4 table names IM.BaseDefine types without their package. */
function qualified(type: string): string {
  return SCALARS.has(type) || type.includes(".") ? type : `IM.BaseDefine.${type}`;
}

function describe(type: protobuf.Type): FieldRow[] {
  return [...type.fieldsArray]
    .sort((a, b) => a.id - b.id)
    .map((f) => [
      f.id,
      f.name,
      f.resolvedType ? f.resolvedType.fullName.slice(1) : f.type,
      f.repeated ? "rep" : f.required ? "req" : "opt",
    ]);
}

/** The names of what a package (or IM itself) holds directly, of one kind: packages, enums or messages. */
function nestedNames(path: string, kind: new (...args: never[]) => protobuf.ReflectionObject): string[] {
  const namespace = root.lookup(path);
  assert.ok(namespace instanceof protobuf.Namespace, `${path} exists`);
  return namespace.nestedArray.filter((n) => n instanceof kind).map((n) => n.name);
}

interface StaticMessage {
  new (properties?: object): Record<string, unknown>;
  encode(message: object): protobuf.Writer;
  decode(bytes: Uint8Array): object;
  verify(message: object): string | null;
  toObject(message: object, options?: protobuf.IConversionOptions): Record<string, unknown>;
}

/** The generated static class of a message, by its full name ("IM.Login.IMLoginReq"). */
function staticMessage(fullName: string): StaticMessage {
  let node: unknown = { IM };
  for (const part of fullName.split(".")) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, "function", `${fullName} is generated`);
  return node as StaticMessage;
}

function allMessageTypes(): protobuf.Type[] {
  return PACKAGES.flatMap((p) => nestedNames(`IM.${p}`, protobuf.Type).map((n) => root.lookupType(`IM.${p}.${n}`)));
}

/** A value for every field (two elements for repeated ones); uint32 values above 2^31 so that sign errors show. */
function sample(type: protobuf.Type, seed: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of type.fieldsArray) {
    const one = (k: number): unknown => {
      const n = seed * 31 + f.id * 7 + k;
      if (f.resolvedType instanceof protobuf.Enum) {
        const values = Object.values(f.resolvedType.values);
        return values[n % values.length];
      }
      if (f.resolvedType instanceof protobuf.Type) return sample(f.resolvedType, n);
      if (f.type === "uint32") return 0x80000000 + n;
      if (f.type === "string") return `${f.name} ${n} ü`;
      if (f.type === "bytes") return Uint8Array.of(n & 0xff, 0, 0xff);
      throw new Error(`no sample for ${f.type}`);
    };
    out[f.name] = f.repeated ? [one(1), one(2)] : one(0);
  }
  return out;
}

/** Bytes as plain arrays, as toObject({ bytes: Array }) gives them. */
function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return [...value];
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

/** A 16-byte header (teamtalk.md §2.1) in front of a body: version 1, flag 0, reserved 0. */
function pdu(serviceId: number, commandId: number, seq: number, body: Uint8Array): Buffer {
  const header = Buffer.alloc(16);
  header.writeUInt32BE(16 + body.length, 0);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(serviceId, 8);
  header.writeUInt16BE(commandId, 10);
  header.writeUInt16BE(seq, 12);
  return Buffer.concat([header, body]);
}

test("§3.1, §3.3: every enum value, in the spec's order (proto2 defaults to the first one)", () => {
  for (const [name, rows] of Object.entries(VALUE_ENUMS)) {
    assert.deepEqual(Object.entries(root.lookupEnum(`IM.BaseDefine.${name}`).values), rows, name);
    const generated = (IM.BaseDefine as unknown as Record<string, Record<string, number>>)[name];
    assert.deepEqual(Object.entries(generated), rows, `${name} in the generated code`);
  }
});

test("§3.2: every command id, hex and dec agreeing, and the message it carries exists (IM.Server aside)", () => {
  for (const [name, rows] of Object.entries(COMMAND_ENUMS)) {
    for (const [cid, hexValue, dec] of rows) assert.equal(hexValue, dec, cid);
    const expected = rows.map(([cid, value]) => [cid, value]);
    assert.deepEqual(Object.entries(root.lookupEnum(`IM.BaseDefine.${name}`).values), expected, name);
    const generated = (IM.BaseDefine as unknown as Record<string, Record<string, number>>)[name];
    assert.deepEqual(Object.entries(generated), expected, `${name} in the generated code`);
    for (const [cid, , , message] of rows) {
      if (message.startsWith("IM.Server.")) continue;
      assert.ok(root.lookup(message) instanceof protobuf.Type, `${cid} carries ${message}`);
    }
  }
});

test("the packages hold exactly the spec's enums and messages (IM.Server is not written)", () => {
  assert.deepEqual(nestedNames("IM", protobuf.Namespace).sort(), [...PACKAGES].sort());
  assert.deepEqual(nestedNames("IM.BaseDefine", protobuf.Enum).sort(), [...Object.keys(VALUE_ENUMS), ...Object.keys(COMMAND_ENUMS)].sort());
  assert.deepEqual(nestedNames("IM.BaseDefine", protobuf.Type).sort(), Object.keys(STRUCTURES).sort());
  for (const p of PACKAGES.slice(1)) {
    const expected = Object.keys(MESSAGES).filter((m) => m.startsWith(`IM.${p}.`));
    assert.deepEqual(nestedNames(`IM.${p}`, protobuf.Type).sort(), expected.map((m) => m.split(".")[2]).sort(), p);
    assert.deepEqual(nestedNames(`IM.${p}`, protobuf.Enum), [], p);
  }
});

test("§4: every IM.BaseDefine structure field's number, name, type and label", () => {
  for (const [name, rows] of Object.entries(STRUCTURES)) {
    const expected = rows.map(([id, field, type, label]) => [id, field, qualified(type), label]);
    assert.deepEqual(describe(root.lookupType(`IM.BaseDefine.${name}`)), expected, name);
  }
});

test("§5.1–§5.6: every message field's number, name, type and label; each message's command id as in §3.2", () => {
  const cidOf = new Map(Object.values(COMMAND_ENUMS).flatMap((rows) => rows.map(([, value, , message]) => [message, value] as const)));
  for (const [name, { cid, fields }] of Object.entries(MESSAGES)) {
    assert.deepEqual(describe(root.lookupType(name)), fields, name);
    assert.equal(cidOf.get(name), cid, `${name} command id`);
  }
});

test("defaults: an enum field defaults to its first value; the only explicit default is IMGroupCreateReq.group_type", () => {
  const explicit: string[] = [];
  for (const type of allMessageTypes()) {
    for (const f of type.fieldsArray) {
      if (f.options?.default !== undefined) explicit.push(`${type.fullName}.${f.name}=${f.options.default}`);
      if (f.repeated || !(f.resolvedType instanceof protobuf.Enum)) continue;
      const enumName = f.resolvedType.name;
      const first = (VALUE_ENUMS[enumName] ?? [])[0]?.[1];
      const expected = type.fullName === ".IM.Group.IMGroupCreateReq" && f.name === "group_type" ? 2 : first;
      assert.equal(new (staticMessage(type.fullName.slice(1)))()[f.name], expected, `${type.fullName}.${f.name}`);
    }
  }
  assert.deepEqual(explicit, [".IM.Group.IMGroupCreateReq.group_type=GROUP_TYPE_TMP"]);
  assert.equal(IM.BaseDefine.GroupType.GROUP_TYPE_TMP, 2);
});

test("wire types: no 64-bit field anywhere (numbers stay plain numbers); repeated scalars unpacked as proto2 writes them", () => {
  for (const type of allMessageTypes()) {
    for (const f of type.fieldsArray) {
      assert.ok(f.resolvedType || SCALARS.has(f.type), `${type.fullName}.${f.name}: ${f.type}`);
      if (f.repeated) assert.equal(f.packed, false, `${type.fullName}.${f.name}`);
    }
  }
  const members = IM.BaseDefine.GroupInfo.encode({
    group_id: 1,
    version: 1,
    group_name: "",
    group_avatar: "",
    group_creator_id: 0,
    group_type: IM.BaseDefine.GroupType.GROUP_TYPE_NORMAL,
    shield_status: 0,
    group_member_list: [7, 0xffffffff],
  }).finish();
  assert.equal(hex(members).slice(-16), "4007" + "40ffffffff0f");
  const decoded = IM.BaseDefine.GroupInfo.decode(members);
  assert.deepEqual(decoded.group_member_list, [7, 0xffffffff]);
});

test("the generated static code agrees with the descriptors: encoding, decoding and required fields of every message", () => {
  const types = allMessageTypes();
  assert.equal(types.length, Object.keys(STRUCTURES).length + Object.keys(MESSAGES).length);
  for (const [i, type] of types.entries()) {
    const name = type.fullName.slice(1);
    const generated = staticMessage(name);
    const message = sample(type, i);
    const bytes = generated.encode(message).finish();
    assert.equal(hex(bytes), hex(type.encode(message).finish()), `${name} encodes as its descriptor says`);
    assert.deepEqual(generated.toObject(generated.decode(bytes), { bytes: Array }), plain(message), `${name} decodes`);
    assert.equal(generated.verify(message), null, name);
    for (const f of type.fieldsArray) {
      const { [f.name]: _dropped, ...without } = message;
      assert.equal(generated.verify(without) !== null, f.required, `${name}.${f.name} required: ${f.required}`);
    }
  }
});

test("§2.1 test vectors: IMLoginReq and the heartbeat, header and body byte for byte", () => {
  const loginVector =
    "000000430001000000010103000100000a047465737412206363303365373437613661666262636266386265373636386163666562656535180120122a05312e302e30";
  const login: IM.Login.IMLoginReq.$Properties = {
    user_name: "test",
    password: "cc03e747a6afbbcbf8be7668acfebee5",
    online_status: IM.BaseDefine.UserStatType.USER_STATUS_ONLINE,
    client_type: IM.BaseDefine.ClientType.CLIENT_TYPE_ANDROID,
    client_version: "1.0.0",
  };
  const body = IM.Login.IMLoginReq.encode(login).finish();
  assert.equal(hex(body), loginVector.slice(32));
  const frame = pdu(IM.BaseDefine.ServiceID.SID_LOGIN, IM.BaseDefine.LoginCmdID.CID_LOGIN_REQ_USERLOGIN, 1, body);
  assert.equal(frame.toString("hex"), loginVector);
  const decoded = IM.Login.IMLoginReq.decode(Buffer.from(loginVector, "hex").subarray(16));
  assert.deepEqual(IM.Login.IMLoginReq.toObject(decoded), login);

  const heartbeat = IM.Other.IMHeartBeat.encode({}).finish();
  assert.equal(heartbeat.length, 0);
  const beat = pdu(IM.BaseDefine.ServiceID.SID_OTHER, IM.BaseDefine.OtherCmdID.CID_OTHER_HEARTBEAT, 5, heartbeat);
  assert.equal(beat.toString("hex"), "00000010" + "0001" + "0000" + "0007" + "0701" + "0005" + "0000");
});

test("decoding is as strict as protobuf-lite: a missing required field, or a required enum out of range, fails", () => {
  // user_name "test", online_status 1, client_type 18, no password (field 2)
  const bytes = Buffer.from("0a0474657374" + "1801" + "2012", "hex");
  assert.throws(() => IM.Login.IMLoginReq.decode(bytes), protobuf.util.ProtocolError);
  // password "", online_status 5 (not a UserStatType): kept as an unknown field, so the required field is missing
  const badStatus = Buffer.from("0a0474657374" + "1200" + "1805" + "2012", "hex");
  assert.throws(() => IM.Login.IMLoginReq.decode(badStatus), protobuf.util.ProtocolError);
  assert.match(String(IM.Message.IMMsgData.verify({ ...sample(root.lookupType("IM.Message.IMMsgData"), 0), msg_type: 3 })), /msg_type/);
});

test("im.json is what the .proto sources say; each source is proto2, with its package and the spec's imports", () => {
  const files = PACKAGES.map((p) => fileURLToPath(new URL(`./IM.${p}.proto`, import.meta.url)));
  // through JSON text, as pbjs -t json writes it (toJSON leaves undefined members that the text drops)
  const fromSources = JSON.parse(JSON.stringify(new protobuf.Root().loadSync(files, { keepCase: true }).toJSON()));
  assert.deepEqual(fromSources, IM_JSON, "proto/generated is stale: npm run proto");
  for (const [i, p] of PACKAGES.entries()) {
    const parsed = protobuf.parse(readFileSync(files[i]!, "utf8"), { keepCase: true });
    assert.equal(parsed.package, `IM.${p}`);
    const expectedImports = p === "BaseDefine" || p === "Other" || p === "SwitchService" ? undefined : ["IM.BaseDefine.proto"];
    assert.deepEqual(parsed.imports, expectedImports, p);
  }
  const editions = PACKAGES.flatMap((p) =>
    Object.values((root.lookup(`IM.${p}`) as protobuf.Namespace).toJSON().nested ?? {}).map((n) => (n as { edition?: string }).edition),
  );
  assert.deepEqual(new Set(editions), new Set(["proto2"]));
});
