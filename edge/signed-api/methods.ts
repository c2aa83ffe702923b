// The signed API's methods (signed-api.md §3): decode `data` → call the domain → shape the reply exactly as the
// source documents it. Authenticated methods get the token's user and must name it as `user_id`; the others get the
// client's network address.
import {
  acceptInvitation,
  browseInvitation,
  createGroup,
  inviteToGroup,
  listGroupsWithMembers,
  repulseInvitation,
} from "../../shared/domain/groups.ts";
import { agreeFriendRequest, browseFriendRequest, listFriends, repulseFriendRequest, requestFriend } from "../../shared/domain/friends.ts";
import { login, register } from "../../shared/domain/accounts.ts";
import { sendSmsCode } from "../../shared/domain/sms-codes.ts";
import type { Domain } from "../../shared/domain/context.ts";
import { badRequest, clip } from "../../shared/domain/errors.ts";
import { choice, id, idList, optionalText, text, type Fields } from "../../shared/signed-api/fields.ts";

type Open = (d: Domain, data: Fields, address: string) => Promise<unknown>;
type Authed = (d: Domain, data: Fields, userId: number) => Promise<unknown>;

export type Method = { auth: false; run: Open } | { auth: true; run: Authed };

const success = "success";

/** Longest telephone accepted as written (spaces, dashes, "00" prefix); the domain makes it canonical. */
const telephoneLength = 32;

function credentials(data: Fields) {
  // The password's 6-64 characters are counted by the domain (in code points, not UTF-16 units).
  const telephone = text(data, "telephone", telephoneLength);
  return { telephone, password: text(data, "password", 256), smsCode: text(data, "sms_code", 6) };
}

/** Runs the handler for data.opt, or BAD_REQUEST for an opt the method does not have. */
function byOpt(handlers: Record<string, Authed>): Authed {
  return (d, data, userId) => {
    const opt = choice(data, "opt", Object.keys(handlers));
    return handlers[opt](d, data, userId);
  };
}

const addFriend = byOpt({
  addMsg: (d, data, me) => requestFriend(d, me, text(data, "mobile", telephoneLength)).then(() => success),
  browseMsg: (d, data, me) => browseFriendRequest(d, me, id(data, "sender")).then(() => success),
  agreeMsg: (d, data, me) => agreeFriendRequest(d, me, id(data, "sender")).then(() => success),
  repulseMsg: (d, data, me) => repulseFriendRequest(d, me, id(data, "sender")).then(() => success),
});

const addGroup = byOpt({
  addMsg: (d, data, me) => inviteToGroup(d, me, id(data, "group_id"), idList(data, "friends")).then(() => success),
  repulseMsg: (d, data, me) => repulseInvitation(d, me, id(data, "group_id"), id(data, "friend_id")).then(() => success),
  browseMsg: (d, data, me) => browseInvitation(d, me, id(data, "group_id"), id(data, "friend_id")).then(() => success),
  agreeMsg: (d, data, me) => acceptInvitation(d, me, id(data, "group_id"), id(data, "friend_id")).then(() => success),
});

async function getFriends(d: Domain, _data: Fields, me: number) {
  const friends = await listFriends(d, me);
  return friends.map((f) => ({ friend_id: f.friendId, friend_name: f.nickname }));
}

async function getGroups(d: Domain, _data: Fields, me: number) {
  const reply: Record<string, unknown[]> = {};
  for (const [groupId, members] of await listGroupsWithMembers(d, me)) {
    reply[String(groupId)] = members.map((m) => ({
      gid: m.gid,
      user_id: m.userId,
      groupId: m.groupId,
      host: null,
      founder: String(m.founder),
    }));
  }
  return reply;
}

export const methods: Record<string, Method> = {
  "com.sms.send": {
    auth: false,
    run: (d, data, address) =>
      sendSmsCode(d, text(data, "telephone", telephoneLength), choice(data, "scene", ["register", "login"] as const), address).then(
        () => success,
      ),
  },
  "com.user.register": {
    auth: false,
    run: async (d, data) => ({ user_id: (await register(d, credentials(data))).userId }),
  },
  "com.user.login": {
    auth: false,
    run: async (d, data) => {
      const session = await login(d, credentials(data));
      return { user_id: session.userId, token: session.token, expire: session.expire, nickname: session.nickname };
    },
  },
  "com.user.addfriend": { auth: true, run: addFriend },
  "com.user.createGroup": {
    auth: true,
    run: async (d, data, me) => ({ group_id: (await createGroup(d, me, optionalText(data, "group_name", 256))).groupId }),
  },
  "com.user.addGroup": { auth: true, run: addGroup },
  "com.user.getFriends": { auth: true, run: getFriends },
  "com.user.getGroups": { auth: true, run: getGroups },
};

/** The method of that name, or BAD_REQUEST. */
export function findMethod(name: string): Method {
  const method = Object.hasOwn(methods, name) ? methods[name] : undefined;
  if (!method) throw badRequest(`unknown method ${clip(name)}`);
  return method;
}
