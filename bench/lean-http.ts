// A lean HTTP/1.1 client for the msfs phases: keep-alive sockets that write each request as prepared bytes and read
// the reply by its Content-Length. The load generator shares the server's cores, so every microsecond it spends is one
// the server does not get: node:http cost ~350 µs of client CPU per 100 KiB upload, this a fraction of it.
import { connect, type Socket } from "node:net";

export interface Reply {
  status: number;
  /** Body bytes received. */
  size: number;
  /** The body as text, when asked for. */
  text: string;
}

const headEnd = Buffer.from("\r\n\r\n");

/** One keep-alive connection, one request at a time. */
class LeanConnection {
  readonly #socket: Socket;
  #pending: { resolve(reply: Reply): void; reject(error: Error): void; asText: boolean } | null = null;
  #head: Buffer = Buffer.alloc(0);
  #reply: Reply | null = null;
  #remaining = 0;
  #kept: Buffer[] = [];

  constructor(port: number, host: string) {
    this.#socket = connect(port, host);
    this.#socket.setNoDelay(true);
    this.#socket.on("data", (chunk: Buffer) => this.#receive(chunk));
    this.#socket.on("error", (error) => this.#fail(error));
    this.#socket.on("close", () => this.#fail(new Error("the server closed the connection")));
  }

  send(request: Uint8Array, asText: boolean): Promise<Reply> {
    if (this.#pending) throw new Error("one request at a time");
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject, asText };
      this.#socket.write(request);
    });
  }

  close(): void {
    this.#socket.destroy();
  }

  /** False once the server has closed it (an idle keep-alive connection is closed after a few seconds). */
  get open(): boolean {
    return !this.#socket.destroyed;
  }

  #receive(chunk: Buffer): void {
    if (this.#reply === null) {
      this.#head = this.#head.length ? Buffer.concat([this.#head, chunk]) : chunk;
      const end = this.#head.indexOf(headEnd);
      if (end < 0) return;
      const head = this.#head.subarray(0, end).toString("latin1");
      const length = /\r\ncontent-length: *(\d+)/i.exec(head);
      if (!length) return this.#fail(new Error(`a reply without Content-Length: ${head.split("\r\n")[0]}`));
      this.#reply = { status: Number(head.split(" ")[1]), size: 0, text: "" };
      this.#remaining = Number(length[1]);
      chunk = this.#head.subarray(end + headEnd.length);
      this.#head = Buffer.alloc(0);
    }
    const body = chunk.subarray(0, this.#remaining);
    this.#remaining -= body.length;
    this.#reply.size += body.length;
    if (this.#pending?.asText) this.#kept.push(body);
    if (this.#remaining > 0) return;
    const reply = this.#reply;
    if (this.#pending?.asText) reply.text = Buffer.concat(this.#kept).toString();
    [this.#reply, this.#kept] = [null, []];
    const pending = this.#pending;
    this.#pending = null;
    pending?.resolve(reply);
  }

  #fail(error: Error): void {
    const pending = this.#pending;
    this.#pending = null;
    pending?.reject(error);
  }
}

/** Keep-alive connections to one server, each lent to one request at a time. */
export class LeanHttp {
  readonly #idle: LeanConnection[] = [];
  readonly #all: LeanConnection[] = [];

  constructor(
    readonly port: number,
    readonly host = "127.0.0.1",
  ) {}

  /** The request's bytes: the head and, when there is one, the body, in one buffer written once. */
  static request(method: string, path: string, headers: Record<string, string>, body?: Uint8Array): Buffer {
    const lines = Object.entries({ Host: "bench", ...headers, ...(body ? { "Content-Length": String(body.length) } : {}) });
    const head = `${method} ${path} HTTP/1.1\r\n${lines.map(([name, value]) => `${name}: ${value}\r\n`).join("")}\r\n`;
    return body ? Buffer.concat([Buffer.from(head, "latin1"), body]) : Buffer.from(head, "latin1");
  }

  async send(request: Uint8Array, asText = false): Promise<Reply> {
    let connection = this.#idle.pop();
    while (connection && !connection.open) connection = this.#idle.pop();
    connection ??= this.#open();
    const reply = await connection.send(request, asText);
    this.#idle.push(connection);
    return reply;
  }

  close(): void {
    for (const connection of this.#all) connection.close();
  }

  #open(): LeanConnection {
    const connection = new LeanConnection(this.port, this.host);
    this.#all.push(connection);
    return connection;
  }
}
