// JSON-socket encoding of log events (signed-api.md §5 server pushes): each event becomes push objects in the signed
// API's words (one, or one per member a membership change moved), sealed and framed once, and those bytes are shared
// by every recipient connection.
import { Buffer } from "node:buffer";
import { sealJson } from "../../shared/crypto/aes-envelope.ts";
import { encodeFrame } from "../../shared/codecs/json-frame.ts";
import type { LoggedEvent, MessageRecord } from "../../shared/delivery/log.ts";
import type { FriendOpt, GroupEvent, GroupOpt, ImEvent } from "../../shared/domain/events.ts";
import { audioDurationS, isAudio, MsgType, SessionType } from "../../shared/domain/messages.ts";
import { openTokenEvent } from "../../shared/domain/sealed-tokens.ts";

export const protocolName = "json-socket";

/** The signed API's word for each friend and group event. */
const friendOpts: Record<FriendOpt, string> = { requested: "addMsg", agreed: "agreeMsg", refused: "repulseMsg" };
const groupOpts: Record<GroupOpt, string> = { invited: "addMsg", refused: "repulseMsg", joined: "joined", removed: "removed" };

/** Friend requests and group invitations: sent from their tables on every bind while unseen, not from the log. */
export function isReplayedFromTables(event: ImEvent): boolean {
  return (event.kind === "friend" && event.opt === "requested") || (event.kind === "group" && event.opt === "invited");
}

function messagePush(m: MessageRecord): Record<string, unknown> {
  const push: Record<string, unknown> = { type: "msg" };
  if (m.sessionType === SessionType.Group)
    Object.assign(push, { sendto: "group", msg_id: m.msgId, from_user_id: m.fromUserId, group_id: m.toId });
  else Object.assign(push, { sendto: "user", msg_id: m.msgId, from_user_id: m.fromUserId, to_user_id: m.toId });
  push.content = m.content;
  push.time = m.createdAt;
  if (m.msgType === MsgType.notice) push.msg_type = MsgType.notice;
  if (isAudio(m.msgType)) Object.assign(push, { msg_type: m.msgType, audio_duration: audioDurationS(m.content) }); // content: base64
  return push;
}

/** A group event's pushes: one per member a membership change moved (its `friend_id`), else one. */
function groupPushes(event: GroupEvent): Record<string, unknown>[] {
  const push = (friendId?: number) => ({
    type: "addGroup",
    opt: groupOpts[event.opt],
    group_id: event.groupId,
    sender: event.sender,
    ...(friendId !== undefined && { friend_id: friendId }),
    time: event.time,
  });
  return event.changed ? event.changed.map(push) : [push()];
}

/** The push objects for an event, none for events this protocol does not show; `secret` opens renewed tokens. */
export function pushesOf(event: ImEvent, message?: MessageRecord, secret?: Uint8Array): Record<string, unknown>[] {
  switch (event.kind) {
    case "message":
      return message ? [messagePush(message)] : [];
    case "friend":
      return [{ type: "addfriend", opt: friendOpts[event.opt], sender: event.sender, sender_name: event.senderName, time: event.time }];
    case "group":
      return groupPushes(event);
    case "token": {
      const token = secret === undefined ? null : openTokenEvent(secret, event);
      return token === null ? [] : [{ type: "token", token, expire: event.expire }];
    }
    case "kick":
      return [{ type: "kick", reason: event.reason }];
    case "status":
    case "pcLogin":
    case "profile":
    case "p2p":
    case "read":
    case "sessionRemoved":
      return []; // TeamTalk's directory, presence and reads: this door has no push for them
  }
}

/** One JSON object as a frame: AES envelope, base64, length prefix. */
export function frameOf(value: unknown, key: string): Uint8Array {
  return encodeFrame(Buffer.from(sealJson(value, key), "latin1"));
}

/** The frames of a log event (none, one, or one per push), made on first use and cached for every other recipient. */
export function eventFrame(e: LoggedEvent, key: string, secret: Uint8Array): Uint8Array {
  e.encoded ??= new Map();
  let frame = e.encoded.get(protocolName);
  if (frame === undefined) {
    frame = Buffer.concat(pushesOf(e.event, e.message, secret).map((push) => frameOf(push, key)));
    e.encoded.set(protocolName, frame);
  }
  return frame;
}
