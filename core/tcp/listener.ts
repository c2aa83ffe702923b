// A TCP listener for any protocol: accepts connections, wraps each in a Transport with the protocol's decoder and
// session, and runs one sweep per second over all of them for their timers. Closing stops accepting and lets each
// session say goodbye.
import net from "node:net";
import type { Logger } from "../../shared/log.ts";
import type { ConnectionBudget } from "./connection-budget.ts";
import { defaultTransportLimits, Transport, type Decoder, type Session, type TransportLimits } from "./transport.ts";

export interface TcpProtocol<F> {
  /** The service name in log lines ("json-socket", "teamtalk"). */
  name: string;
  decoder(): Decoder<F>;
  session(transport: Transport): Session<F>;
  /** Tells one connection the server is going away (a last frame, then `transport.end`). */
  shutdown(session: Session<F>): void;
}

export interface TcpListener {
  port: number;
  connections(): number;
  close(): Promise<void>;
}

export interface ListenOptions {
  host: string;
  port: number;
  log: Logger;
  nowMs: () => number;
  limits?: Partial<TransportLimits>;
  /** This process's connection caps, shared by every listener. */
  budget: ConnectionBudget;
}

const sweepEveryMs = 1_000;

/** Resets and the like end in "close": one handler for every socket. */
const ignoreSocketError = () => {};

export function listenTcp<F>(protocol: TcpProtocol<F>, options: ListenOptions): Promise<TcpListener> {
  const limits = { ...defaultTransportLimits, ...options.limits };
  /** Every connection until its session has finished leaving: closing waits for them (the database stays open for them). */
  const open = new Map<Transport, Session<F>>();
  let closed: (() => void) | null = null;
  // One function for every connection (no closures per connection): its place in the budget and in `open` are freed.
  function finished(transport: Transport): void {
    options.budget.release(transport.remoteAddress);
    open.delete(transport);
    if (closed && open.size === 0) closed();
  }
  const server = net.createServer((socket) => {
    socket.on("error", ignoreSocketError);
    const address = socket.remoteAddress ?? "";
    if (!options.budget.take(address)) {
      refused++;
      socket.destroy();
      return;
    }
    socket.setNoDelay(true);
    const transport = new Transport(socket, limits, options.log, options.nowMs, address, finished);
    const session = protocol.session(transport);
    transport.attach(protocol.decoder(), session);
    open.set(transport, session);
  });
  let refused = 0;
  const sweep = setInterval(() => {
    if (refused > 0) {
      // One line per second at most, however many connections a flood brings.
      options.log.warn("connections refused: the process is at its connection limit", {
        service: protocol.name,
        refused,
        open: options.budget.open,
      });
      refused = 0;
    }
    const now = options.nowMs();
    for (const transport of open.keys()) transport.sweep(now);
  }, sweepEveryMs);
  sweep.unref();
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve({
        port: (server.address() as net.AddressInfo).port,
        connections: () => open.size,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              clearInterval(sweep); // it destroys the sockets of peers that do not close their side
              closed = done;
              if (open.size === 0) done();
            });
            for (const session of open.values()) protocol.shutdown(session);
          }),
      });
    });
  });
}

/** Where a core node's door listens, and its caps (the transport limits default to defaultTransportLimits). */
export interface DoorOptions {
  host: string;
  port: number;
  budget: ConnectionBudget;
  limits?: Partial<TransportLimits>;
}

/** listenTcp for a door of a core node: its logger and its (injectable) clock. */
export function listenDoor<F>(
  protocol: TcpProtocol<F>,
  domain: { log: Logger; nowMs(): number },
  options: DoorOptions,
): Promise<TcpListener> {
  const limits = { ...defaultTransportLimits, ...options.limits };
  return listenTcp(protocol, { ...options, log: domain.log, nowMs: () => domain.nowMs(), limits });
}
