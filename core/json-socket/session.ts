// One JSON-socket session (signed-api.md §5) over a transport: frames in, actions handled in arrival order, exactly
// one ack per action, pushes out. Binding makes it a Subscriber of the node's hub; what the user missed is replayed
// (replay.ts) before any live event, so a client sees its events in log order.
import { randomBytes } from "node:crypto";
import { Buffer } from "node:buffer";
import { openJson } from "../../shared/crypto/aes-envelope.ts";
import { hashSecret } from "../../shared/crypto/secret-token.ts";
import type { DecodedFrame } from "../../shared/codecs/json-frame.ts";
import type { LoggedEvent } from "../../shared/delivery/log.ts";
import { badRequest, clip, forbidden, ImError, notFound } from "../../shared/domain/errors.ts";
import { acceptInvitation, requireMembership } from "../../shared/domain/groups.ts";
import { MsgType, receivedMessageEventId, SessionType } from "../../shared/domain/messages.ts";
import { authenticate } from "../../shared/domain/tokens.ts";
import { choice, id, text, type Fields } from "../../shared/signed-api/fields.ts";
import { describeError } from "../../shared/log.ts";
import type { Subscriber } from "../hub.ts";
import type { CoreNode } from "../node.ts";
import type { Session, Transport } from "../tcp/transport.ts";
import { eventFrame, frameOf, isReplayedFromTables, protocolName } from "./pushes.ts";
import { replay } from "./replay.ts";

/** While replaying, the queue is let down to this before more is written. */
export const replayHighWater = 256 * 1024;

/** An action's success: its ack data, extra top-level ack fields, and work to do once the ack is written. */
type Reply = { data?: unknown; extra?: Fields; after?: () => Promise<void> };

/** seq and action are echoed in acks, so only small plain values are (a reply must fit in one frame). */
const echoable = (v: unknown) => (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && v.length <= 64);

export interface SessionOptions {
  /** Bad frames tolerated before the connection is closed (IM_SOCKET_BAD_FRAMES). */
  badFrames: number;
  /** A reader with this many bytes of held live events during a replay is cut off. */
  maxHeldBytes: number;
}

export class JsonSocketSession implements Subscriber, Session<DecodedFrame> {
  readonly connId = randomBytes(10).toString("hex");
  readonly clientFamily = null;
  userId = 0;
  #badFrames = 0;
  #ackMode = false;
  #tokenHash = "";
  #lastEventId = 0;
  /** Requests and invitations up to this log id were sent from their tables at bind; their live events are not. */
  #unseenUpTo = 0;
  /** Live events that arrive while the backlog is being replayed, and roughly how many bytes they hold. */
  #held: LoggedEvent[] | null = null;
  #heldBytes = 0;

  constructor(
    private readonly transport: Transport,
    private readonly node: CoreNode,
    private readonly options: SessionOptions,
  ) {
    const { socketIdleS, socketBindS } = node.domain.config;
    transport.idleMs = socketIdleS * 1000;
    transport.deadlineMs = node.domain.nowMs() + socketBindS * 1000; // bind by then; pinging does not extend it
    this.send({ type: "init", client_id: this.connId });
  }

  get closed(): boolean {
    return this.transport.closed;
  }

  handle(frame: DecodedFrame): Promise<void> {
    if (frame.kind !== "frame") return Promise.resolve();
    return this.#handleFrame(Buffer.from(frame.body).toString("latin1"));
  }

  fatal(reason: string): void {
    this.close("BAD_REQUEST", reason);
  }

  expired(why: "idle" | "deadline"): void {
    if (why === "idle") this.close("IDLE", "idle", true);
    else this.close("BIND_TIMEOUT", "not bound in time");
  }

  /** The socket is gone. */
  async gone(): Promise<void> {
    if (this.userId !== 0) await this.#unbind();
  }

  /** The events up to `eventId` have left for the kernel: the user's delivery cursor moves there (not in ack mode). */
  sent(eventId: number): void {
    if (this.userId !== 0) this.node.cursors.advance(this.userId, eventId);
  }

  /** Ends the connection with a final frame: an error for protocol violations, a kick for deliberate closes. */
  close(code: string, info: string, kick = false): void {
    if (this.transport.closed) return;
    this.transport.end(this.#frame(kick ? { type: "kick", reason: info } : { type: "error", code, info }));
  }

  deliver(e: LoggedEvent): void {
    if (!this.#held) return this.writeEvent(e);
    this.#held.push(e);
    this.#heldBytes += (e.message?.content.length ?? 0) + 128;
    // Held events cost memory like queued bytes do: a client this far behind is cut off the same way.
    if (this.#heldBytes > this.options.maxHeldBytes) this.transport.cutOff("too far behind during replay");
  }

  /** Writes one log event, once, in log order. */
  writeEvent(e: LoggedEvent): void {
    if (this.transport.closed || e.id <= this.#lastEventId) return;
    if (e.id <= this.#unseenUpTo && isReplayedFromTables(e.event)) return;
    this.#lastEventId = e.id;
    if (e.event.kind === "kick") return this.close("KICKED", e.event.reason, true);
    let frame: Uint8Array;
    try {
      frame = eventFrame(e, this.node.domain.config.aesKey, this.node.domain.secret);
    } catch (err) {
      this.node.domain.log.error("event cannot be encoded; skipped", { eventId: e.id, ...describeError(err) });
      e.encoded?.set(protocolName, new Uint8Array(0)); // once for the event, not once per recipient
      return;
    }
    if (frame.length === 0) return; // not shown on this protocol
    // Without ack mode an event counts as delivered once its bytes have left for the kernel, not when queued:
    // a connection cut off with frames still queued must get them again on its next bind.
    this.transport.write(frame, this.#ackMode ? undefined : e.id);
  }

  /** Sends one object. */
  send(value: unknown): void {
    this.transport.write(this.#frame(value));
  }

  /** One object as a frame; a reply too large for a frame becomes a short error instead. */
  #frame(value: unknown): Uint8Array {
    try {
      return frameOf(value, this.node.domain.config.aesKey);
    } catch (err) {
      this.node.domain.log.error("reply cannot be framed", { connId: this.connId, ...describeError(err) });
      return frameOf({ type: "error", code: "INTERNAL", info: "reply too large" }, this.node.domain.config.aesKey);
    }
  }

  /** Resolves once the queue is down to the replay high-water mark; a reader that does not drain is cut off. */
  drained(): Promise<void> {
    return this.transport.drained(replayHighWater);
  }

  async #handleFrame(body: string): Promise<void> {
    const opened = body.length === 0 ? ({ ok: false, reason: "empty" } as const) : openJson(body, this.node.domain.config.aesKey);
    if (!opened.ok) return this.#badFrame(`frame body is ${opened.reason}`);
    const frame = opened.value;
    const action = typeof frame.action === "string" && echoable(frame.action) ? frame.action : "";
    const ack: Fields = { type: "ack", action };
    if (echoable(frame.seq)) ack.seq = frame.seq;
    try {
      if (frame.seq !== undefined && !echoable(frame.seq)) throw badRequest("seq must be a number or a string of at most 64 characters");
      const reply = await this.#perform(action, frame);
      if (reply === null) return;
      this.send({ ...ack, status: "1111", data: reply.data ?? "success", ...reply.extra });
      await reply.after?.();
    } catch (err) {
      const known = err instanceof ImError;
      if (!known) this.node.domain.log.error("socket action failed", { action, ...describeError(err) });
      this.send({ ...ack, status: "0000", info: known ? err.message : "internal server error", code: known ? err.code : "INTERNAL" });
      // Refusals before a binding count as bad frames: an unbound connection has no business but binding.
      if (known && (this.userId === 0 || (action === "bind" && frame.bindto === "user"))) this.#badFrame(null);
    }
  }

  /** Counts a bad frame; answers it (unless already answered) and closes once over the limit. */
  #badFrame(info: string | null): void {
    this.#badFrames++;
    if (this.#badFrames > this.options.badFrames) return this.close("BAD_REQUEST", info ?? "too many bad frames");
    if (info !== null) this.send({ type: "error", code: "BAD_REQUEST", info });
  }

  /** Runs an action; null means it answers for itself (ping). */
  async #perform(action: string, frame: Fields): Promise<Reply | null> {
    if (action === "ping") {
      this.send(echoable(frame.seq) ? { type: "pong", seq: frame.seq } : { type: "pong" });
      return null;
    }
    if (action !== "bind" && action !== "sendmsg" && action !== "ack") throw badRequest(`unknown action ${clip(JSON.stringify(action))}`);
    const bindto = action === "bind" ? choice(frame, "bindto", ["user", "group"] as const) : null;
    if (bindto === "user") return this.#bindUser(frame);
    if (this.userId === 0) throw forbidden("bind a user first");
    await this.#checkCaller(frame);
    if (bindto === "group") return this.#bindGroup(frame);
    return action === "sendmsg" ? this.#sendMessage(frame) : this.#ack(frame);
  }

  /** A frame of a bound connection may name its user and carry a token; both must match the binding. */
  async #checkCaller(frame: Fields): Promise<void> {
    if (frame.user_id !== undefined && id(frame, "user_id") !== this.userId) throw forbidden("user_id is not this connection's user");
    if (frame.token === undefined || (typeof frame.token === "string" && hashSecret(frame.token) === this.#tokenHash)) return;
    await authenticate(this.node.domain, frame.token, this.userId);
    // Accepted (renewed, if it had expired: the new token reaches this socket as a push): later frames with it pass.
    this.#tokenHash = hashSecret(frame.token as string);
  }

  async #bindUser(frame: Fields): Promise<Reply> {
    const userId = id(frame, "user_id");
    if (frame.to_user_id !== undefined && id(frame, "to_user_id") !== userId) throw forbidden("to_user_id must equal user_id");
    if (frame.ack !== undefined && typeof frame.ack !== "boolean") throw badRequest("ack must be true or false");
    if (this.userId !== 0 && this.userId !== userId) throw forbidden("this connection is bound to another user");
    const token = text(frame, "token", 128);
    const auth = await authenticate(this.node.domain, token, userId);
    const data = { user_id: userId, client_id: this.connId };
    const extra = auth.renewed ? { token: auth.renewed.token, token_expire: auth.renewed.expire } : undefined;
    if (this.userId !== 0 || this.closed) return { data, extra };
    this.userId = userId;
    this.transport.deadlineMs = 0;
    this.#ackMode = frame.ack === true;
    this.#tokenHash = hashSecret(auth.renewed?.token ?? token);
    this.#held = [];
    try {
      await this.node.bind(this, "json-socket");
    } catch (err) {
      await this.#unbind();
      throw err;
    }
    if (this.closed) await this.#unbind(); // closed while binding: gone() may have run before the bind landed
    return { data, extra, after: () => this.#replay() };
  }

  async #unbind(): Promise<void> {
    this.#held = null;
    await this.node.unbind(this).catch((err) => this.node.domain.log.warn("unbind failed", describeError(err)));
    this.userId = 0;
  }

  /** Sends what is pending for the user, then the live events held back meanwhile. */
  async #replay(): Promise<void> {
    try {
      this.#unseenUpTo = await replay(this, this.node, this.userId);
    } catch (err) {
      this.node.domain.log.error("replay failed", { userId: this.userId, ...describeError(err) });
      return this.close("INTERNAL", "could not load pending messages; reconnect");
    }
    // Events held meanwhile go out at the socket's pace too; more may be held while this runs.
    const held = this.#held ?? [];
    for (let i = 0; i < held.length && !this.closed; i++) {
      this.writeEvent(held[i]);
      await this.drained();
    }
    this.#held = null;
    this.#heldBytes = 0;
  }

  async #bindGroup(frame: Fields): Promise<Reply> {
    const d = this.node.domain;
    if (frame.to_group_id !== undefined) {
      const groupId = id(frame, "to_group_id");
      await requireMembership(d.db, groupId, this.userId);
      return { data: { group_id: groupId } };
    }
    const groupId = id(frame, "group_id");
    await acceptInvitation(d, this.userId, groupId, id(frame, "friend_id"));
    this.node.poke();
    return { data: { group_id: groupId } };
  }

  async #sendMessage(frame: Fields): Promise<Reply> {
    const toUser = choice(frame, "sendto", ["user", "group"] as const) === "user";
    const content = text(frame, "content", 64 * 1024);
    const stored = await this.node.sendMessage({
      fromUserId: this.userId,
      sessionType: toUser ? SessionType.Single : SessionType.Group,
      toId: id(frame, toUser ? "to_user_id" : "to_group_id"),
      content,
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
