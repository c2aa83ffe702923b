// TeamTalk encoding of the directory and presence events (teamtalk.md §6, §8.12, §8.14, §8.16): status to PC
// connections, PC login status to mobile ones, sign info and avatar changes, P2P commands; all with seq 0.
import type { ImEvent } from "../../shared/domain/events.ts";
import { IM } from "../../proto/generated/im.js";
import { pduOf } from "./wire.ts";

const { ServiceID, BuddyListCmdID, SwitchServiceCmdID, UserStatType } = IM.BaseDefine;

const statusOf = (online: boolean) => (online ? UserStatType.USER_STATUS_ONLINE : UserStatType.USER_STATUS_OFFLINE);

function profilePdu(userId: number, field: "signInfo" | "avatar", value: string): Uint8Array {
  if (field === "signInfo") {
    const notify = IM.Buddy.IMSignInfoChangedNotify.create({ changed_user_id: userId, sign_info: value });
    return pduOf(
      ServiceID.SID_BUDDY_LIST,
      BuddyListCmdID.CID_BUDDY_LIST_SIGN_INFO_CHANGED_NOTIFY,
      0,
      IM.Buddy.IMSignInfoChangedNotify,
      notify,
    );
  }
  const notify = IM.Buddy.IMAvatarChangedNotify.create({ changed_user_id: userId, avatar_url: value });
  return pduOf(ServiceID.SID_BUDDY_LIST, BuddyListCmdID.CID_BUDDY_LIST_AVATAR_CHANGED_NOTIFY, 0, IM.Buddy.IMAvatarChangedNotify, notify);
}

/** The PDU of a directory or presence event; null for other kinds. */
export function directoryPdu(event: ImEvent): Uint8Array | null {
  switch (event.kind) {
    case "status": {
      const notify = IM.Buddy.IMUserStatNotify.create({ user_stat: { user_id: event.userId, status: statusOf(event.online) } });
      return pduOf(ServiceID.SID_BUDDY_LIST, BuddyListCmdID.CID_BUDDY_LIST_STATUS_NOTIFY, 0, IM.Buddy.IMUserStatNotify, notify);
    }
    case "pcLogin": {
      const notify = IM.Buddy.IMPCLoginStatusNotify.create({ user_id: event.userId, login_stat: statusOf(event.online) });
      return pduOf(
        ServiceID.SID_BUDDY_LIST,
        BuddyListCmdID.CID_BUDDY_LIST_PC_LOGIN_STATUS_NOTIFY,
        0,
        IM.Buddy.IMPCLoginStatusNotify,
        notify,
      );
    }
    case "profile":
      return profilePdu(event.userId, event.field, event.value);
    case "p2p": {
      const cmd = IM.SwitchService.IMP2PCmdMsg.create({
        from_user_id: event.fromUserId,
        to_user_id: event.toUserId,
        cmd_msg_data: event.data,
      });
      return pduOf(ServiceID.SID_SWITCH_SERVICE, SwitchServiceCmdID.CID_SWITCH_P2P_CMD, 0, IM.SwitchService.IMP2PCmdMsg, cmd);
    }
    default:
      return null;
  }
}
