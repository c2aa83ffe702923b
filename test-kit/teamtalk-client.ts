// Test support (not a test): a TeamTalk client written from our proto files, over real TCP: PDUs with a fresh seq
// per request, replies matched by seq, pushes (seq 0) kept in an inbox, and the login, text and audio messages of the
// stock clients (md5 password, AES-256 text, teamtalk.md §7.1; a duration before the audio, §7.2).
import net from "node:net";
import { encodePdu, type Pdu, PduDecoder } from "../shared/codecs/tt-pdu.ts";
import { passwordMd5 } from "../shared/crypto/password.ts";
import { buildAudio, decryptText, defaultTextKey, encryptText } from "../shared/crypto/teamtalk-text.ts";
import { IM } from "../proto/generated/im.js";
import type { MessageType } from "../core/teamtalk/wire.ts";

const { ServiceID, LoginCmdID, MessageCmdID, OtherCmdID, MsgType, SessionType } = IM.BaseDefine;

type Waiter = { match: (p: Pdu) => boolean; resolve: (p: Pdu) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> };

export class TeamTalkClient {
  /** PDUs received that no waiter took, in order. */
  readonly inbox: Pdu[] = [];
  readonly closed: Promise<void>;
  /** Sees every received PDU first; returning true consumes it (benchmarks count pushes this way). */
  onReceive: ((pdu: Pdu) => boolean) | null = null;
  #decoder = new PduDecoder();
  #waiters: Waiter[] = [];
  #seq = 0;

  private constructor(readonly socket: net.Socket) {
    socket.setNoDelay(true);
    socket.on("error", () => {});
    socket.on("data", (chunk) => {
      for (const item of this.#decoder.push(chunk)) if (item.kind === "pdu") this.#receive(item);
    });
    this.closed = new Promise((resolve) => socket.once("close", () => resolve()));
    void this.closed.then(() => {
      for (const w of this.#waiters.splice(0)) {
        clearTimeout(w.timer);
        w.reject(new Error("connection closed"));
      }
    });
  }

  static async connect(port: number, localAddress?: string): Promise<TeamTalkClient> {
    const socket = net.connect({ port, host: "127.0.0.1", localAddress });
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    return new TeamTalkClient(socket);
  }

  /** Sends one message as a PDU; returns the seq used (a fresh one unless given). */
  send<T>(serviceId: number, commandId: number, type: MessageType<T>, message: T, seq = this.nextSeq()): number {
    this.socket.write(encodePdu(serviceId, commandId, seq, type.encode(message).finish()));
    return seq;
  }

  nextSeq(): number {
    this.#seq = (this.#seq % 32766) + 1;
    return this.#seq;
  }

  /** The next received PDU that matches (from the inbox first), or a rejection after timeoutMs. */
  next(match: (p: Pdu) => boolean = () => true, timeoutMs = 5_000): Promise<Pdu> {
    const i = this.inbox.findIndex(match);
    if (i >= 0) return Promise.resolve(this.inbox.splice(i, 1)[0]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w.timer !== timer);
        reject(new Error(`no matching PDU within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.push({ match, resolve, reject, timer });
    });
  }

  /** The reply to the request sent with this seq. */
  reply(seq: number, timeoutMs?: number): Promise<Pdu> {
    return this.next((p) => p.header.seq === seq, timeoutMs);
  }

  /** Logs in as the stock clients do (user name, md5 of the password); resolves with the IMLoginRes. */
  async login(userName: string, password: string, clientType: number = IM.BaseDefine.ClientType.CLIENT_TYPE_ANDROID, timeoutMs?: number) {
    const req = IM.Login.IMLoginReq.create({
      user_name: userName,
      password: passwordMd5(password),
      online_status: 1,
      client_type: clientType,
      client_version: "1.0.0",
    });
    const seq = this.send(ServiceID.SID_LOGIN, LoginCmdID.CID_LOGIN_REQ_USERLOGIN, IM.Login.IMLoginReq, req);
    return IM.Login.IMLoginRes.decode((await this.reply(seq, timeoutMs)).body);
  }

  /** Sends a text message (encrypted with the clients' key) and resolves with its IMMsgDataAck. */
  async sendText(from: number, to: number, text: string, group = false, timeoutMs?: number) {
    const data = IM.Message.IMMsgData.create({
      from_user_id: from,
      to_session_id: to,
      msg_id: 0,
      create_time: 0,
      msg_type: group ? MsgType.MSG_TYPE_GROUP_TEXT : MsgType.MSG_TYPE_SINGLE_TEXT,
      msg_data: new TextEncoder().encode(encryptText(text, defaultTextKey)),
    });
    const seq = this.send(ServiceID.SID_MSG, MessageCmdID.CID_MSG_DATA, IM.Message.IMMsgData, data);
    return IM.Message.IMMsgDataAck.decode((await this.reply(seq, timeoutMs)).body);
  }

  /** Sends msg_data of any type as IMMsgData; returns the seq used (no wait: refused messages get no reply). */
  sendData(from: number, to: number, msgType: number, msgData: Uint8Array): number {
    const data = IM.Message.IMMsgData.create({
      from_user_id: from,
      to_session_id: to,
      msg_id: 0,
      create_time: 0,
      msg_type: msgType,
      msg_data: msgData,
    });
    return this.send(ServiceID.SID_MSG, MessageCmdID.CID_MSG_DATA, IM.Message.IMMsgData, data);
  }

  /** Sends an audio message (duration in seconds, then the audio bytes) and resolves with its IMMsgDataAck. */
  async sendAudio(from: number, to: number, durationS: number, audio: Uint8Array, group = false) {
    const type = group ? MsgType.MSG_TYPE_GROUP_AUDIO : MsgType.MSG_TYPE_SINGLE_AUDIO;
    const seq = this.sendData(from, to, type, buildAudio(durationS, audio));
    return IM.Message.IMMsgDataAck.decode((await this.reply(seq)).body);
  }

  /** The next pushed message, decoded, with its text decrypted. */
  async nextMessage(timeoutMs?: number) {
    const pdu = await this.next((p) => p.header.commandId === MessageCmdID.CID_MSG_DATA, timeoutMs);
    const msg = IM.Message.IMMsgData.decode(pdu.body);
    const text = decryptText(msg.msg_data, defaultTextKey);
    return { seq: pdu.header.seq, msg, text: text.ok ? text.text : null };
  }

  /** A heartbeat with this seq; resolves with the PDU that came back. */
  heartbeat(seq = this.nextSeq()): Promise<Pdu> {
    this.send(ServiceID.SID_OTHER, OtherCmdID.CID_OTHER_HEARTBEAT, IM.Other.IMHeartBeat, IM.Other.IMHeartBeat.create(), seq);
    return this.reply(seq);
  }

  close(): Promise<void> {
    this.socket.end();
    return this.closed;
  }

  #receive(pdu: Pdu): void {
    if (this.onReceive?.(pdu)) return;
    const i = this.#waiters.findIndex((w) => w.match(pdu));
    if (i < 0) return void this.inbox.push(pdu);
    const [w] = this.#waiters.splice(i, 1);
    clearTimeout(w.timer);
    w.resolve(pdu);
  }
}

export { SessionType as TeamTalkSessionType };
