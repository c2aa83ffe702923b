// The rest of the presence commands (teamtalk.md §6, §8.15, §8.16): P2P commands relayed between clients, the phone's
// device token and push shield, and a phone kicking the user's PC client.
import { Buffer } from "node:buffer";
import type { Pdu } from "../../../shared/codecs/tt-pdu.ts";
import { nowS } from "../../../shared/domain/context.ts";
import { appendEvent } from "../../../shared/domain/events.ts";
import { relayP2pCommand } from "../../../shared/domain/p2p-commands.ts";
import { oldestConnectionOfFamily } from "../../../shared/domain/presence.ts";
import { pushShieldOf, setDeviceToken, setPushShield } from "../../../shared/domain/push-settings.ts";
import { IM } from "../../../proto/generated/im.js";
import type { Caller, Commands } from "../command.ts";
import { parse } from "../wire.ts";

const { ServiceID, LoginCmdID, SwitchServiceCmdID } = IM.BaseDefine;

/** P2P commands are a few dozen bytes of JSON; bigger ones are dropped (their relay must fit one PDU). */
const maxP2pBytes = 16 * 1024;
/** APNs and FCM tokens are well under this; a longer one is ignored. */
const maxDeviceTokenBytes = 1024;

const isMobile = (caller: Caller) => (caller.clientType & 0x10) !== 0;

/** Relayed unchanged but for from_user_id, the caller, to every connection of to_user_id and the caller's others. */
async function p2pCommand(caller: Caller, request: Pdu): Promise<void> {
  const cmd = parse(IM.SwitchService.IMP2PCmdMsg, request.body);
  if (cmd === null || cmd.to_user_id === 0 || Buffer.byteLength(cmd.cmd_msg_data, "utf8") > maxP2pBytes || !caller.allowMessage()) return;
  const relayed = { fromUserId: caller.userId, toUserId: cmd.to_user_id, data: cmd.cmd_msg_data, originConnId: caller.connId };
  await relayP2pCommand(caller.node.domain, relayed);
  caller.node.poke();
}

/** Mobile connections only; a PC's request is ignored without a reply, as in the original. */
async function deviceToken(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Login.IMDeviceTokenReq, request.body);
  if (req === null || !isMobile(caller) || Buffer.byteLength(req.device_token, "utf8") > maxDeviceTokenBytes) return;
  await setDeviceToken(caller.node.domain, caller.userId, req.device_token, caller.clientType);
  const rsp = IM.Login.IMDeviceTokenRsp.create({ user_id: caller.userId });
  caller.reply(request, ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_RES_DEVICETOKEN, IM.Login.IMDeviceTokenRsp, rsp);
}

/** shield_status 1 on, 0 off; anything else is refused with result 1. */
async function pushShield(caller: Caller, request: Pdu): Promise<void> {
  const req = parse(IM.Login.IMPushShieldReq, request.body);
  if (req === null) return;
  const valid = req.shield_status === 0 || req.shield_status === 1;
  if (valid) await setPushShield(caller.node.domain, caller.userId, req.shield_status === 1);
  const rsp = IM.Login.IMPushShieldRsp.create(
    valid ? { user_id: caller.userId, result_code: 0, shield_status: req.shield_status } : { user_id: caller.userId, result_code: 1 },
  );
  caller.reply(request, ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_RES_PUSH_SHIELD, IM.Login.IMPushShieldRsp, rsp);
}

async function queryPushShield(caller: Caller, request: Pdu): Promise<void> {
  if (parse(IM.Login.IMQueryPushShieldReq, request.body) === null) return;
  const on = await pushShieldOf(caller.node.domain, caller.userId);
  const rsp = IM.Login.IMQueryPushShieldRsp.create({ user_id: caller.userId, result_code: 0, shield_status: on ? 1 : 0 });
  caller.reply(request, ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_RES_QUERY_PUSH_SHIELD, IM.Login.IMQueryPushShieldRsp, rsp);
}

/** Mobile connections only: the user's oldest PC connection, on any node, gets IMKickUser (reason 2) and is closed. */
async function kickPcClient(caller: Caller, request: Pdu): Promise<void> {
  if (parse(IM.Login.IMKickPCClientReq, request.body) === null || !isMobile(caller)) return;
  const d = caller.node.domain;
  const user = { userId: caller.userId, protocol: "teamtalk" as const, mobile: false, exceptConnId: caller.connId };
  const pc = await oldestConnectionOfFamily(d.db, user, nowS(d));
  if (pc !== null) await d.db.transaction((tx) => appendEvent(d, tx, { connId: pc }, { kind: "kick", reason: "mobile" }));
  const rsp = IM.Login.IMKickPCClientRsp.create({ user_id: caller.userId, result_code: 0 });
  caller.reply(request, ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_RES_KICKPCCLIENT, IM.Login.IMKickPCClientRsp, rsp);
  if (pc !== null) caller.node.poke();
}

export const otherCommands: Commands = [
  [SwitchServiceCmdID.CID_SWITCH_P2P_CMD, p2pCommand],
  [LoginCmdID.CID_LOGIN_REQ_DEVICETOKEN, deviceToken],
  [LoginCmdID.CID_LOGIN_REQ_PUSH_SHIELD, pushShield],
  [LoginCmdID.CID_LOGIN_REQ_QUERY_PUSH_SHIELD, queryPushShield],
  [LoginCmdID.CID_LOGIN_REQ_KICKPCCLIENT, kickPcClient],
];
