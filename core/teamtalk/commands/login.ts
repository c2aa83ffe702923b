// Login-service commands of a logged-in connection: logout (teamtalk.md §6).
import { IM } from "../../../proto/generated/im.js";
import type { Commands } from "../command.ts";
import { pduOf } from "../wire.ts";

const { ServiceID, LoginCmdID } = IM.BaseDefine;

export const loginCommands: Commands = [
  [
    LoginCmdID.CID_LOGIN_REQ_LOGINOUT,
    (caller, request) => {
      const rsp = IM.Login.IMLogoutRsp.create({ result_code: 0 });
      caller.end(pduOf(ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_RES_LOGINOUT, request.header.seq, IM.Login.IMLogoutRsp, rsp));
    },
  ],
];
