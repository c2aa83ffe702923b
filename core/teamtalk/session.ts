// One TeamTalk msg_server connection (teamtalk.md §2, §6, §8) over a transport: the heartbeat echoed byte for byte,
// only login before login, then the client's requests by command id (unknown ones ignored), replies with the
// request's seq, and pushes with seq 0. Logging in makes it a Subscriber of the node's hub.
import { randomBytes } from "node:crypto";
import type { Pdu } from "../../shared/codecs/tt-pdu.ts";
import type { LoggedEvent } from "../../shared/delivery/log.ts";
import { nowS } from "../../shared/domain/context.ts";
import { type Profile, passwordLogin } from "../../shared/domain/directory.ts";
import { ImError } from "../../shared/domain/errors.ts";
import { appendEvent, type ClientFamily } from "../../shared/domain/events.ts";
import { oldestConnectionOfFamily } from "../../shared/domain/presence.ts";
import { describeError } from "../../shared/log.ts";
import { IM } from "../../proto/generated/im.js";
import type { Subscriber } from "../hub.ts";
import type { CoreNode } from "../node.ts";
import type { Session, Transport } from "../tcp/transport.ts";
import type { Caller } from "./command.ts";
import { commands } from "./commands/index.ts";
import { statusAfterGone, statusAfterLogin } from "./pc-status.ts";
import { eventPdu, kickPdu } from "./pushes.ts";
import { type MessageType, parse, pduOf } from "./wire.ts";

const { ServiceID, LoginCmdID, OtherCmdID, ResultType, UserStatType } = IM.BaseDefine;

/** Messages a connection may send per second; more are dropped without a reply (teamtalk.md §6). */
const maxMessagesPerSecond = 20;

const isMobile = (clientType: number) => (clientType & 0x10) !== 0;

export class TeamTalkSession implements Subscriber, Session<Pdu>, Caller {
  readonly connId = randomBytes(10).toString("hex");
  userId = 0;
  clientType = 0;
  #loginTried = false;
  #windowStartMs = 0;
  #sentInWindow = 0;

  constructor(
    private readonly transport: Transport,
    readonly node: CoreNode,
  ) {
    const { msgIdleS, msgLoginS } = node.domain.config;
    transport.idleMs = msgIdleS * 1000;
    transport.deadlineMs = node.domain.nowMs() + msgLoginS * 1000;
  }

  get clientFamily(): ClientFamily | null {
    if (this.userId === 0) return null;
    return isMobile(this.clientType) ? "mobile" : "pc";
  }

  handle(pdu: Pdu): Promise<void> | void {
    const { commandId } = pdu.header;
    if (commandId === OtherCmdID.CID_OTHER_HEARTBEAT) return this.transport.write(pdu.raw);
    if (this.userId === 0) {
      // Before a login only the login itself, once (teamtalk.md §2.5); everything else is ignored.
      if (commandId === LoginCmdID.CID_LOGIN_REQ_USERLOGIN && !this.#loginTried) return this.#login(pdu);
      return;
    }
    return commands.get(commandId)?.(this, pdu);
  }

  fatal(reason: string): void {
    this.node.domain.log.info("teamtalk connection closed: bad PDU", { reason, connId: this.connId, userId: this.userId });
    this.transport.cutOff(reason);
  }

  expired(why: "idle" | "deadline"): void {
    this.node.domain.log.debug("teamtalk connection closed", { why, connId: this.connId, userId: this.userId });
    this.transport.end();
  }

  async gone(): Promise<void> {
    if (this.userId === 0) return;
    await this.node.unbind(this);
    await statusAfterGone(this);
  }

  /** The events up to `eventId` have left for the kernel: the user's delivery cursor moves there. */
  sent(eventId: number): void {
    if (this.userId !== 0) this.node.cursors.advance(this.userId, eventId);
  }

  reply<T>(request: Pdu, serviceId: number, commandId: number, type: MessageType<T>, message: T): void {
    this.transport.write(pduOf(serviceId, commandId, request.header.seq, type, message));
  }

  end(last?: Uint8Array): void {
    this.transport.end(last);
  }

  allowMessage(): boolean {
    const now = this.node.domain.nowMs();
    if (now - this.#windowStartMs >= 1000) {
      this.#windowStartMs = now;
      this.#sentInWindow = 0;
    }
    return ++this.#sentInWindow <= maxMessagesPerSecond;
  }

  deliver(e: LoggedEvent): void {
    if (this.transport.closed) return;
    if (e.event.kind === "kick") {
      const kick = kickPdu(this.userId, e.event.reason);
      return this.transport.end(kick ?? undefined); // the client gets a grace to close its side
    }
    let frame: Uint8Array;
    try {
      frame = eventPdu(e, this.node.domain.config);
    } catch (err) {
      // e.g. a notify over the 400 KiB a stock client accepts: skipped here, the log and the other doors go on
      this.node.domain.log.error("event cannot be encoded for teamtalk; skipped", { eventId: e.id, ...describeError(err) });
      e.encoded?.set("teamtalk", new Uint8Array(0));
      return;
    }
    if (frame.length === 0) return;
    this.transport.write(frame, e.id);
  }

  async #login(pdu: Pdu): Promise<void> {
    const req = parse(IM.Login.IMLoginReq, pdu.body);
    if (req === null) return;
    this.#loginTried = true;
    const reply = (res: IM.Login.IMLoginRes.$Properties) =>
      pduOf(ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_RES_USERLOGIN, pdu.header.seq, IM.Login.IMLoginRes, IM.Login.IMLoginRes.create(res));
    const d = this.node.domain;
    let profile: Profile;
    try {
      profile = await passwordLogin(d, req.user_name, req.password);
    } catch (err) {
      const refused = err instanceof ImError;
      if (!refused) d.log.error("teamtalk login failed", describeError(err));
      const [code, text] = refused
        ? [ResultType.REFUSE_REASON_DB_VALIDATE_FAILED, err.code === "RATE_LIMITED" ? "用户名/密码错误次数太多" : "用户名/密码错误"]
        : [ResultType.REFUSE_REASON_NO_DB_SERVER, "服务端异常"];
      return this.transport.end(reply({ server_time: nowS(d), result_code: code, result_string: text }));
    }
    if (this.transport.closed) return;
    this.userId = profile.id;
    this.clientType = req.client_type;
    this.transport.deadlineMs = 0;
    this.transport.idleMs = (isMobile(req.client_type) ? d.config.msgIdleMobileS : d.config.msgIdleS) * 1000;
    const status = req.online_status >= 1 && req.online_status <= 3 ? req.online_status : UserStatType.USER_STATUS_ONLINE;
    // The reply goes first: no push may reach the client before it knows it is logged in.
    this.transport.write(
      reply({ server_time: nowS(d), result_code: 0, result_string: "成功", online_status: status, user_info: userInfo(profile) }),
    );
    await this.node.bind(this, "teamtalk", req.client_type);
    if (this.transport.closed) return this.node.unbind(this); // gone() may have run before the binding landed
    await this.#kickOlderLogin();
    await statusAfterLogin(this);
  }

  /** One login per client family (teamtalk.md §8.4): the user's oldest other connection of this family is kicked. */
  async #kickOlderLogin(): Promise<void> {
    const d = this.node.domain;
    const user = {
      userId: this.userId,
      protocol: "teamtalk" as const,
      mobile: isMobile(this.clientType),
      exceptConnId: this.connId,
      olderThanMine: true,
    };
    const older = await oldestConnectionOfFamily(d.db, user, nowS(d));
    if (older === null) return;
    await d.db.transaction((tx) => appendEvent(d, tx, { connId: older }, { kind: "kick", reason: "duplicate" }));
    this.node.poke();
  }
}

/** The user as TeamTalk shows it; every required field filled (teamtalk.md §4 UserInfo, §15). */
export function userInfo(p: Profile): IM.BaseDefine.UserInfo.$Properties {
  return {
    user_id: p.id,
    user_gender: p.gender,
    user_nick_name: p.nickname,
    avatar_url: p.avatar,
    department_id: p.departmentId,
    email: p.email,
    user_real_name: p.loginName || p.nickname,
    user_tel: p.telephone,
    user_domain: p.domain,
    status: 0,
    sign_info: p.signInfo,
  };
}
