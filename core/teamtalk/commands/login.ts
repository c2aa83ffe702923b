// Login-service commands of a logged-in connection: logout, which also clears a phone's device token (teamtalk.md §6).
import { clearDeviceToken } from "../../../shared/domain/push-settings.ts";
import { IM } from "../../../proto/generated/im.js";
import type { Commands } from "../command.ts";
import { pduOf } from "../wire.ts";

const { ServiceID, LoginCmdID } = IM.BaseDefine;

export const loginCommands: Commands = [
  [
    LoginCmdID.CID_LOGIN_REQ_LOGINOUT,
    async (caller, request) => {
      if (caller.clientType & 0x10) await clearDeviceToken(caller.node.domain, caller.userId); // a phone logging out wants no pushes
      const rsp = IM.Login.IMLogoutRsp.create({ result_code: 0 });
      caller.end(pduOf(ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_RES_LOGINOUT, request.header.seq, IM.Login.IMLogoutRsp, rsp));
    },
  ],
];
