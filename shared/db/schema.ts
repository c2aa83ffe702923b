// The database schema for the whole product (drizzle-orm, SQLite dialect over libSQL).
// One set of users, friends, groups and messages serves the signed API and TeamTalk alike.
// Times are unix seconds unless a column name says otherwise. User text (content, names, sign info) is TEXT, stored
// byte for byte; read it with wholeText() (whole-text.ts), or the libSQL client cuts it at its first NUL.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const now = sql`(unixepoch())`;

/** Users of both protocols. TeamTalk's login name is `login_name`; the signed API's is `telephone` (E.164). */
export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    loginName: text("login_name"),
    telephone: text("telephone"),
    nickname: text("nickname").notNull().default(""),
    avatar: text("avatar").notNull().default(""),
    gender: integer("gender").notNull().default(0), // 0 unknown, 1 male, 2 female (TeamTalk UserInfo.user_gender)
    email: text("email").notNull().default(""),
    domain: text("domain").notNull().default(""), // TeamTalk: pinyin of the name
    departmentId: integer("department_id").notNull().default(0),
    signInfo: text("sign_info").notNull().default(""),
    passwordVerifier: text("password_verifier").notNull(), // see shared/crypto/password.ts
    status: integer("status").notNull().default(0), // 0 active; 3 left the company (TeamTalk hides, login refused)
    pushShield: integer("push_shield").notNull().default(0),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("users_login_name").on(t.loginName),
    uniqueIndex("users_telephone").on(t.telephone),
    index("users_updated_at").on(t.updatedAt),
  ],
);

/** TeamTalk departments (the company directory). */
export const departments = sqliteTable(
  "departments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    priority: integer("priority").notNull().default(0),
    parentId: integer("parent_id").notNull().default(0),
    status: integer("status").notNull().default(0), // 0 ok, 1 deleted
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [index("departments_updated_at").on(t.updatedAt)],
);

/** Signed-API tokens, stored as SHA-256 hashes only. */
export const tokens = sqliteTable(
  "tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id").notNull(),
    expiresAt: integer("expires_at").notNull(),
    /** When an expired token was first renewed; it may renew again only briefly after (parallel requests). */
    renewedAt: integer("renewed_at"),
    renewals: integer("renewals").notNull().default(0),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [index("tokens_user_id").on(t.userId), index("tokens_expires_at").on(t.expiresAt)],
);

/** The current SMS code of a telephone (E.164) for one scene (`register` / `login`), keyed-hashed; single use. */
export const smsCodes = sqliteTable(
  "sms_codes",
  {
    telephone: text("telephone").notNull(),
    scene: text("scene").notNull(),
    codeHash: text("code_hash").notNull(),
    expiresAt: integer("expires_at").notNull(),
    failedTries: integer("failed_tries").notNull().default(0),
    sentAt: integer("sent_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.telephone, t.scene] })],
);

/**
 * One row per SMS code sent, by client address (an IPv6 address by its /64), for the abuse limits shared by every
 * process on the database: per address per hour, and for the whole server per minute. Rows older than an hour go.
 */
export const smsSends = sqliteTable(
  "sms_sends",
  {
    id: integer("id").primaryKey(),
    address: text("address").notNull(),
    sentAt: integer("sent_at").notNull(),
  },
  (t) => [index("sms_sends_address").on(t.address, t.sentAt), index("sms_sends_sent_at").on(t.sentAt)],
);

/**
 * One row per failed TeamTalk password login, by user name (a telephone in E.164 when the name is one, else the name as
 * given), for the limit shared by every process on the database: more than 10 within 30 minutes refuse that name's
 * logins. Rows older than 30 minutes go; a successful login removes its name's rows.
 */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey(),
    userName: text("user_name").notNull(),
    failedAt: integer("failed_at").notNull(),
  },
  (t) => [index("login_failures_user_name").on(t.userName, t.failedAt), index("login_failures_failed_at").on(t.failedAt)],
);

/** The life of a friend request or group invitation; the first two are still open (pushed again while "pending"). */
export const requestStatuses = ["pending", "browsed", "agreed", "repulsed"] as const;
export const openRequestStatuses = ["pending", "browsed"] as const;

/** Friend requests; one row per (requester, target), refreshed when repeated. */
export const friendRequests = sqliteTable(
  "friend_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromUserId: integer("from_user_id").notNull(),
    toUserId: integer("to_user_id").notNull(),
    status: text("status", { enum: requestStatuses }).notNull(),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("friend_requests_pair").on(t.fromUserId, t.toUserId), index("friend_requests_to_status").on(t.toUserId, t.status)],
);

/** Friendships, one row per direction. */
export const friendships = sqliteTable(
  "friendships",
  {
    userId: integer("user_id").notNull(),
    friendId: integer("friend_id").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.friendId] })],
);

/** Groups. type: 1 NORMAL (fixed), 2 TMP (TeamTalk client-made). version +1 on every membership change. */
export const groups = sqliteTable("groups", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  avatar: text("avatar").notNull().default(""),
  creatorId: integer("creator_id").notNull(), // 0 for groups made through the TeamTalk HTTP API
  type: integer("type").notNull(),
  version: integer("version").notNull().default(1),
  status: integer("status").notNull().default(0), // 0 ok, 1 dissolved
  lastMsgId: integer("last_msg_id").notNull().default(0), // the group's message id counter
  lastMessageAt: integer("last_message_at").notNull().default(0),
  createdAt: integer("created_at").notNull().default(now),
  updatedAt: integer("updated_at").notNull().default(now),
});

/** Group membership, kept after leaving (status 1) so history visibility and row ids (`gid`) stay stable. */
export const groupMembers = sqliteTable(
  "group_members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    groupId: integer("group_id").notNull(),
    userId: integer("user_id").notNull(),
    status: integer("status").notNull().default(0), // 0 member, 1 left
    joinedAt: integer("joined_at").notNull().default(now),
    joinedEventId: integer("joined_event_id").notNull().default(0), // group events before this are not the member's
    leftEventId: integer("left_event_id"), // the event that removed the member: the last group event it gets
    shield: integer("shield").notNull().default(0), // 1: no push notifications for this group (messages still come)
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("group_members_group_user").on(t.groupId, t.userId), index("group_members_user_status").on(t.userId, t.status)],
);

/** Group invitations (signed API): one row per (group, inviter, invitee), refreshed when repeated. */
export const groupInvitations = sqliteTable(
  "group_invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    groupId: integer("group_id").notNull(),
    inviterId: integer("inviter_id").notNull(),
    inviteeId: integer("invitee_id").notNull(),
    status: text("status", { enum: requestStatuses }).notNull(),
    createdAt: integer("created_at").notNull().default(now),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("group_invitations_key").on(t.groupId, t.inviterId, t.inviteeId),
    index("group_invitations_invitee_status").on(t.inviteeId, t.status),
  ],
);

/** One row per unordered user pair (TeamTalk's "relation"): the 1:1 conversation and its message id counter. */
export const relations = sqliteTable(
  "relations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    smallId: integer("small_id").notNull(),
    bigId: integer("big_id").notNull(),
    lastMsgId: integer("last_msg_id").notNull().default(0),
    lastMessageAt: integer("last_message_at").notNull().default(0),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("relations_pair").on(t.smallId, t.bigId), index("relations_big_id").on(t.bigId)],
);

/** Messages of every protocol. session_type 1 = 1:1 (session_id = relation id), 2 = group (session_id = group id). */
export const messages = sqliteTable(
  "messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id").notNull(), // its delivery-log event
    sessionType: integer("session_type").notNull(),
    sessionId: integer("session_id").notNull(),
    msgId: integer("msg_id").notNull(), // per conversation, from 1
    fromUserId: integer("from_user_id").notNull(),
    toId: integer("to_id").notNull(), // the recipient user (1:1) or the group
    msgType: integer("msg_type").notNull(), // TeamTalk MsgType; 3 = push-API notice
    content: text("content").notNull(), // plain text; each protocol encodes it on the way out
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("messages_session_msg").on(t.sessionType, t.sessionId, t.msgId), uniqueIndex("messages_event").on(t.eventId)],
);

/**
 * A user's own state of one conversation (`session_type` / `session_id` as in `messages`): read up to `read_msg_id`
 * (unread = other people's messages above it) and removed from the recent list up to `removed_msg_id` (a later
 * message brings it back). No row: nothing read, nothing removed.
 */
export const userSessions = sqliteTable(
  "user_sessions",
  {
    userId: integer("user_id").notNull(),
    sessionType: integer("session_type").notNull(),
    sessionId: integer("session_id").notNull(),
    readMsgId: integer("read_msg_id").notNull().default(0),
    removedMsgId: integer("removed_msg_id").notNull().default(0),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.sessionType, t.sessionId] })],
);

/**
 * The delivery log: append-only, id strictly increasing. Every write that must reach someone records its event here
 * in the same transaction; core nodes tail it. An event is addressed to one user, to the members of one group at
 * that point of the log, to one connection, or to every online user (`everyone` = 1); `client_family` (`pc` /
 * `mobile`) narrows it to connections of that family.
 */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    userId: integer("user_id"),
    groupId: integer("group_id"),
    connId: text("conn_id"),
    everyone: integer("everyone").notNull().default(0),
    clientFamily: text("client_family"),
    payload: text("payload").notNull(), // JSON, see shared/domain/events.ts
    createdAtMs: integer("created_at_ms").notNull(),
  },
  (t) => [index("events_user").on(t.userId, t.id), index("events_group").on(t.groupId, t.id)],
);

/** Per-user delivery cursor: the last event id this user has received (or acked). */
export const deliveryCursors = sqliteTable("delivery_cursors", {
  userId: integer("user_id").primaryKey(),
  eventId: integer("event_id").notNull(),
  updatedAt: integer("updated_at").notNull().default(now),
});

/** Core nodes alive in the cluster; a node whose heartbeat is stale is dead and its presence rows do not count. */
export const nodes = sqliteTable("nodes", {
  nodeId: text("node_id").primaryKey(),
  startedAt: integer("started_at").notNull(),
  heartbeatAt: integer("heartbeat_at").notNull(),
});

/** Connections bound to a user (JSON socket) or logged in (TeamTalk), per core node. */
export const presence = sqliteTable(
  "presence",
  {
    connId: text("conn_id").primaryKey(),
    nodeId: text("node_id").notNull(),
    userId: integer("user_id").notNull(),
    protocol: text("protocol").notNull(), // "json-socket" | "teamtalk"
    clientType: integer("client_type").notNull().default(0), // TeamTalk ClientType, 0 for the JSON socket
    connectedAt: integer("connected_at").notNull(),
  },
  (t) => [index("presence_user").on(t.userId), index("presence_node").on(t.nodeId)],
);

/**
 * The push token of a user's mobile client (TeamTalk IMDeviceTokenReq): one per user, kept after the connection goes
 * (pushes reach users who are not connected) and cleared at logout; a token belongs to the user who sent it last.
 */
export const deviceTokens = sqliteTable(
  "device_tokens",
  {
    userId: integer("user_id").primaryKey(),
    token: text("token").notNull(),
    clientType: integer("client_type").notNull(), // TeamTalk ClientType: 17 iOS, 18 Android
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("device_tokens_token").on(t.token)],
);
