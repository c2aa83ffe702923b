// A client of the JSON socket (signed-api.md §5): frames and seals objects, decodes what the server sends, and
// waits for acks by seq or for pushes by type. Tests and the benchmark use it; it is the reference for clients.
import net from "node:net";
import { Buffer } from "node:buffer";
import { openJson, sealJson } from "../crypto/aes-envelope.ts";
import { encodeFrame, JsonFrameDecoder } from "../codecs/json-frame.ts";
import type { Fields } from "./fields.ts";

type Waiter = {
  match: (m: Fields) => boolean;
  resolve: (m: Fields) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
};

export class JsonSocketClient {
  /** Everything received, in order, that no waiter took. */
  readonly inbox: Fields[] = [];
  clientId = "";
  /** Sees every received object first; returning true consumes it (benchmarks count pushes this way). */
  onReceive: ((message: Fields) => boolean) | null = null;
  #decoder = new JsonFrameDecoder();
  #waiters: Waiter[] = [];
  #seq = 0;
  readonly closed: Promise<void>;

  private constructor(
    readonly socket: net.Socket,
    private readonly key: string,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk) => {
      for (const frame of this.#decoder.push(chunk)) {
        if (frame.kind !== "frame") continue;
        const opened = openJson(Buffer.from(frame.body).toString("latin1"), key);
        if (opened.ok) this.#receive(opened.value);
      }
    });
    this.closed = new Promise((resolve) => socket.once("close", () => resolve()));
    void this.closed.then(() => {
      for (const w of this.#waiters.splice(0)) {
        clearTimeout(w.timer);
        w.reject(new Error("connection closed"));
      }
    });
  }

  /** Connects and waits for the server's `init`. */
  static async connect(port: number, options: { host?: string; key?: string; localAddress?: string } = {}): Promise<JsonSocketClient> {
    const socket = net.connect({ port, host: options.host ?? "127.0.0.1", localAddress: options.localAddress });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    socket.on("error", () => {});
    const client = new JsonSocketClient(socket, options.key ?? "2108a4c486350f3a");
    const init = await client.next((m) => m.type === "init");
    client.clientId = String(init.client_id);
    return client;
  }

  /** Sends one object as a frame. */
  send(value: Fields): void {
    this.socket.write(encodeFrame(Buffer.from(sealJson(value, this.key), "latin1")));
  }

  /** Sends an action with a fresh seq and resolves with its ack. */
  request(value: Fields, timeoutMs = 10_000): Promise<Fields> {
    const seq = ++this.#seq;
    const ack = this.next((m) => m.type === "ack" && m.seq === seq, timeoutMs);
    this.send({ ...value, seq });
    return ack;
  }

  /** Binds the user; resolves with the ack. */
  bind(userId: number, token: string, extra: Fields = {}): Promise<Fields> {
    return this.request({ action: "bind", bindto: "user", user_id: userId, token, ...extra });
  }

  /** The next received object that matches (already received ones first). */
  next(match: (m: Fields) => boolean = () => true, timeoutMs = 10_000): Promise<Fields> {
    const index = this.inbox.findIndex(match);
    if (index >= 0) return Promise.resolve(this.inbox.splice(index, 1)[0]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w.timer !== timer);
        reject(new Error(`nothing matching arrived within ${timeoutMs} ms; inbox: ${JSON.stringify(this.inbox).slice(0, 500)}`));
      }, timeoutMs);
      this.#waiters.push({ match, resolve, reject, timer });
    });
  }

  close(): Promise<void> {
    this.socket.end();
    return this.closed;
  }

  #receive(message: Fields): void {
    if (this.onReceive?.(message)) return;
    const index = this.#waiters.findIndex((w) => w.match(message));
    if (index < 0) return void this.inbox.push(message);
    const [waiter] = this.#waiters.splice(index, 1);
    clearTimeout(waiter.timer);
    waiter.resolve(message);
  }
}
