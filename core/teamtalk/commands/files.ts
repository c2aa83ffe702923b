// File commands of the msg_server (teamtalk.md §12): file transfer is not built yet, so no offline file is waiting.
import { IM } from "../../../proto/generated/im.js";
import type { Commands } from "../command.ts";
import { parse } from "../wire.ts";

const { ServiceID, FileCmdID } = IM.BaseDefine;

export const fileCommands: Commands = [
  [
    FileCmdID.CID_FILE_HAS_OFFLINE_REQ,
    (caller, request) => {
      if (parse(IM.File.IMFileHasOfflineReq, request.body) === null) return;
      const rsp = IM.File.IMFileHasOfflineRsp.create({ user_id: caller.userId, offline_file_list: [], ip_addr_list: [] });
      caller.reply(request, ServiceID.SID_FILE, FileCmdID.CID_FILE_HAS_OFFLINE_RES, IM.File.IMFileHasOfflineRsp, rsp);
    },
  ],
];
