// One JSON-socket connection (signed-api.md §5): frames in, actions dispatched one at a time in arrival order,
// exactly one ack per action, pushes out. Binding makes it a Subscriber of the node's hub; what the user missed is
// replayed before any live event, so a client sees its events in log order.
import { randomBytes } from "node:crypto";
import type { Socket } from "node:net";
import { Buffer } from "node:buffer";
import { openJson } from "../../shared/crypto/aes-envelope.ts";
import { hashSecret } from "../../shared/crypto/secret-token.ts";
import { JsonFrameDecoder } from "../../shared/codecs/json-frame.ts";
import { latestEventId, readBacklog, type LoggedEvent } from "../../shared/delivery/log-reader.ts";
import { badRequest, forbidden, ImError, notFound } from "../../shared/domain/errors.ts";
import type { ImEvent } from "../../shared/domain/events.ts";
import { acceptInvitation, isMember } from "../../shared/domain/groups.ts";
import { MsgType, receivedMessageEventId, SessionType } from "../../shared/domain/messages.ts";
import { unseenFriendRequests, unseenInvitations } from "../../shared/domain/pending.ts";
import { authenticate } from "../../shared/domain/tokens.ts";
import { choice, id, text, type Fields } from "../../shared/signed-api/fields.ts";
import { describeError } from "../../shared/log.ts";
import type { Subscriber } from "../hub.ts";
import type { CoreNode } from "../node.ts";
import { eventFrame, frameOf, pushOf } from "./pushes.ts";

export interface ConnectionLimits {
  /** Bad frames tolerated before the connection is closed (IM_SOCKET_BAD_FRAMES). */
  badFrames: number;
  /** A reader that lets this much pile up unsent is cut off. */
  maxQueuedBytes: number;
  /** Frames waiting to be handled before the socket stops being read. */
  maxPendingFrames: number;
}

const replayPage = 500;
const replayHighWater = 256 * 1024;

/** An action's success: its ack data, extra top-level ack fields, and work to do once the ack is written. */
type Reply = { data?: unknown; extra?: Fields; after?: () => Promise<void> };

export class JsonSocketConnection implements Subscriber {
  readonly connId = randomBytes(10).toString("hex");
  userId = 0;
  lastHeardMs: number;
  #decoder = new JsonFrameDecoder();
  #badFrames = 0;
  #pending = 0;
  #work: Promise<void> = Promise.resolve();
  #ackMode = false;
  #tokenHash = "";
  #lastEventId = 0;
  /** Requests and invitations up to this log id were sent from their tables at bind; their live events are not. */
  #unseenUpTo = 0;
  /** Live events that arrive while the backlog is being replayed. */
  #held: LoggedEvent[] | null = null;
  #closed = false;
  #corked = false;

  constructor(
    private readonly socket: Socket,
    private readonly node: CoreNode,
    private readonly limits: ConnectionLimits,
  ) {
    this.lastHeardMs = node.domain.nowMs();
    this.#send({ type: "init", client_id: this.connId });
  }

  get #key(): string {
    return this.node.domain.config.aesKey;
  }

  /** Bytes from the socket. */
  onData(chunk: Buffer): void {
    this.lastHeardMs = this.node.domain.nowMs();
    for (const frame of this.#decoder.push(chunk)) {
      if (frame.kind === "fatal") return this.close("BAD_REQUEST", frame.reason);
      this.#pending++;
      if (this.#pending >= this.limits.maxPendingFrames) this.socket.pause();
      const body = Buffer.from(frame.body).toString("latin1");
      this.#work = this.#work.then(() => this.#handleFrame(body)).finally(() => {
        if (--this.#pending < this.limits.maxPendingFrames && !this.#closed) this.socket.resume();
      });
    }
  }

  /** The socket is gone. */
  async onClose(): Promise<void> {
    this.#closed = true;
    if (this.userId !== 0) await this.node.unbind(this).catch((err) => this.node.domain.log.warn("unbind failed", describeError(err)));
  }

  /** Ends the connection with a final frame: an error for protocol violations, a kick for deliberate closes. */
  close(code: string, info: string, kick = false): void {
    if (this.#closed) return;
    this.#send(kick ? { type: "kick", reason: info } : { type: "error", code, info });
    this.#closed = true;
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 2_000).unref(); // a peer that never closes its side
  }

  deliver(e: LoggedEvent): void {
    if (this.#held) this.#held.push(e);
    else this.#writeEvent(e);
  }

  #writeEvent(e: LoggedEvent): void {
    if (this.#closed || this.socket.destroyed || e.id <= this.#lastEventId) return;
    if (e.id <= this.#unseenUpTo && (e.event.kind === "friend" || e.event.kind === "group") && e.event.opt === "addMsg") return;
    this.#lastEventId = e.id;
    const frame = eventFrame(e, this.#key);
    // Without ack mode an event counts as delivered once its bytes have left for the kernel, not when queued:
    // a connection cut off with frames still queued must get them again on its next bind.
    const delivered = this.#ackMode ? undefined : () => this.node.cursors.advance(this.userId, e.id);
    if (frame.length > 0) this.#write(frame, delivered);
    else delivered?.();
  }

  #send(value: unknown): void {
    this.#write(frameOf(value, this.#key));
  }

  #write(frame: Uint8Array, written?: () => void): void {
    if (this.#closed || this.socket.destroyed) return;
    if (!this.#corked) {
      // Frames written in one turn of the event loop (an ack and pushes, a page of the log) go out in one syscall.
      this.#corked = true;
      this.socket.cork();
      process.nextTick(() => this.#flush());
    }
    this.socket.write(frame, written && ((err) => err || written()));
  }

  /** Sends the turn's frames; what the kernel would not take stays queued here, and too much of it is a slow reader. */
  #flush(): void {
    this.#corked = false;
    this.socket.uncork();
    if (this.socket.writableLength > this.limits.maxQueuedBytes && !this.#closed) {
      this.node.domain.log.warn("slow reader cut off", { connId: this.connId, userId: this.userId, queued: this.socket.writableLength });
      this.#closed = true;
      this.socket.destroy();
    }
  }

  async #handleFrame(body: string): Promise<void> {
    if (this.#closed) return;
    const opened = body.length === 0 ? ({ ok: false, reason: "empty" } as const) : openJson(body, this.#key);
    if (!opened.ok) return this.#badFrame(`frame body is ${opened.reason}`);
    const frame = opened.value;
    const action = typeof frame.action === "string" ? frame.action : "";
    const ack: Fields = { type: "ack", action };
    if (frame.seq !== undefined) ack.seq = frame.seq;
    try {
      const reply = await this.#perform(action, frame);
      if (reply === null) return;
      this.#send({ ...ack, status: "1111", data: reply.data ?? "success", ...reply.extra });
      await reply.after?.();
    } catch (err) {
      const known = err instanceof ImError;
      if (!known) this.node.domain.log.error("socket action failed", { action, ...describeError(err) });
      this.#send({ ...ack, status: "0000", info: known ? err.message : "internal server error", code: known ? err.code : "INTERNAL" });
      if (action === "bind" && frame.bindto === "user" && known) this.#badFrame(null);
    }
  }

  /** Counts a bad frame; answers it (unless already answered) and closes once over the limit. */
  #badFrame(info: string | null): void {
    this.#badFrames++;
    if (this.#badFrames > this.limits.badFrames) return this.close("BAD_REQUEST", info ?? "too many bad frames");
    if (info !== null) this.#send({ type: "error", code: "BAD_REQUEST", info });
  }

  /** Runs an action; null means it answers for itself (ping). */
  async #perform(action: string, frame: Fields): Promise<Reply | null> {
    if (action === "ping") {
      this.#send(frame.seq === undefined ? { type: "pong" } : { type: "pong", seq: frame.seq });
      return null;
    }
    if (action === "bind" && frame.bindto === "user") return this.#bindUser(frame);
    if (this.userId === 0) {
      if (!["bind", "sendmsg", "ack"].includes(action)) throw badRequest(`unknown action ${JSON.stringify(action)}`);
      throw forbidden("bind a user first");
    }
    await this.#checkCaller(frame);
    switch (action) {
      case "bind":
        return this.#bindGroup(frame);
      case "sendmsg":
        return this.#sendMessage(frame);
      case "ack":
        return this.#ack(frame);
      default:
        throw badRequest(`unknown action ${JSON.stringify(action)}`);
    }
  }

  /** A frame of a bound connection may name its user and carry a token; both must match the binding. */
  async #checkCaller(frame: Fields): Promise<void> {
    if (frame.user_id !== undefined && id(frame, "user_id") !== this.userId) throw forbidden("user_id is not this connection's user");
    if (frame.token === undefined || hashSecret(String(frame.token)) === this.#tokenHash) return;
    const auth = await authenticate(this.node.domain, frame.token);
    if (auth.userId !== this.userId) throw forbidden("token is not this connection's user's");
  }

  async #bindUser(frame: Fields): Promise<Reply> {
    const userId = id(frame, "user_id");
    if (frame.to_user_id !== undefined && id(frame, "to_user_id") !== userId) throw forbidden("to_user_id must equal user_id");
    if (frame.ack !== undefined && typeof frame.ack !== "boolean") throw badRequest("ack must be true or false");
    const token = text(frame, "token", 128);
    const auth = await authenticate(this.node.domain, token);
    if (auth.userId !== userId) throw forbidden("user_id is not the token's user");
    if (this.userId !== 0 && this.userId !== userId) throw forbidden("this connection is bound to another user");
    if (this.userId !== 0) return { data: { user_id: userId, client_id: this.connId } };
    this.userId = userId;
    this.#ackMode = frame.ack === true;
    this.#tokenHash = hashSecret(auth.renewed?.token ?? token);
    this.#held = [];
    await this.node.bind(this, "json-socket");
    const extra = auth.renewed ? { token: auth.renewed.token, token_expire: auth.renewed.expire } : undefined;
    return { data: { user_id: userId, client_id: this.connId }, extra, after: () => this.#replay() };
  }

  /** Sends what is pending for the user (unseen requests, then the backlog above the cursor), then held live events. */
  async #replay(): Promise<void> {
    const { db } = this.node.domain;
    try {
      this.#unseenUpTo = await latestEventId(db);
      const unseen: ImEvent[] = [...(await unseenFriendRequests(db, this.userId)), ...(await unseenInvitations(db, this.userId))];
      for (const event of unseen) this.#send(pushOf(event));
      let after = await this.node.cursors.read(this.userId);
      for (;;) {
        const page = await readBacklog(db, this.userId, after, replayPage);
        for (const e of page) {
          this.#writeEvent(e);
          await this.#drained();
        }
        if (page.length < replayPage || this.#closed) break;
        after = page[page.length - 1].id;
      }
    } catch (err) {
      this.node.domain.log.error("replay failed", { userId: this.userId, ...describeError(err) });
      return this.close("INTERNAL", "could not load pending messages; reconnect");
    }
    const held = this.#held ?? [];
    this.#held = null;
    for (const e of held) this.#writeEvent(e);
  }

  #drained(): Promise<void> {
    if (this.socket.writableLength < replayHighWater || this.#closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.socket.off("drain", done);
        this.socket.off("close", done);
        resolve();
      };
      this.socket.on("drain", done);
      this.socket.on("close", done);
    });
  }

  async #bindGroup(frame: Fields): Promise<Reply> {
    const d = this.node.domain;
    if (frame.to_group_id !== undefined) {
      const groupId = id(frame, "to_group_id");
      if (!(await isMember(d.db, groupId, this.userId))) throw forbidden(`you are not a member of group ${groupId}`);
      return { data: { group_id: groupId } };
    }
    const groupId = id(frame, "group_id");
    await acceptInvitation(d, this.userId, groupId, id(frame, "friend_id"));
    this.node.poke();
    return { data: { group_id: groupId } };
  }

  async #sendMessage(frame: Fields): Promise<Reply> {
    const sendto = choice(frame, "sendto", ["user", "group"] as const);
    const toUser = sendto === "user";
    const stored = await this.node.sendMessage({
      fromUserId: this.userId,
      sessionType: toUser ? SessionType.Single : SessionType.Group,
      toId: id(frame, toUser ? "to_user_id" : "to_group_id"),
      content: text(frame, "content", 64 * 1024),
      msgType: toUser ? MsgType.singleText : MsgType.groupText,
      originConnId: this.connId,
    });
    return { data: { msg_id: stored.msgId, time: stored.time } };
  }

  async #ack(frame: Fields): Promise<Reply> {
    const toUser = choice(frame, "sendto", ["user", "group"] as const) === "user";
    const peer = id(frame, toUser ? "from_user_id" : "group_id");
    const sessionType = toUser ? SessionType.Single : SessionType.Group;
    const eventId = await receivedMessageEventId(this.node.domain.db, this.userId, sessionType, peer, id(frame, "msg_id"));
    if (eventId === null) throw notFound("no such message for you");
    this.node.cursors.advance(this.userId, eventId);
    return {};
  }
}
