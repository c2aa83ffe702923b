// Starts this process's core: a core node over the domain, its TCP listeners, and msfs (in a thread of its own).
import type { Domain } from "../shared/domain/context.ts";
import { listenJsonSocket } from "./json-socket/listener.ts";
import { type MsfsThread, startMsfs } from "./msfs/msfs-in-thread.ts";
import { CoreNode, type CoreNodeOptions } from "./node.ts";
import { ConnectionBudget } from "./tcp/connection-budget.ts";
import { listenTeamTalk } from "./teamtalk/listener.ts";
import type { TcpListener } from "./tcp/listener.ts";
import type { TransportLimits } from "./tcp/transport.ts";

export interface CoreOptions extends CoreNodeOptions {
  /** Transport limits of the listeners (defaults: defaultTransportLimits). */
  limits?: Partial<TransportLimits>;
  /** Serve msfs from this process (the default); a cluster's workers leave it to the primary. */
  msfs?: boolean;
}

export interface RunningCore {
  node: CoreNode;
  socket: TcpListener;
  socketPort: number;
  /** The TeamTalk msg_server. */
  msg: TcpListener;
  /** The msfs image store, in a thread of its own; null when this process does not serve it. */
  msfs: MsfsThread | null;
  stop(): Promise<void>;
}

export async function startCore(domain: Domain, options: CoreOptions = {}): Promise<RunningCore> {
  const { config, log } = domain;
  const node = await CoreNode.start(domain, options);
  const budget = new ConnectionBudget(config.maxConnections, config.maxConnectionsPerAddress);
  const socket = await listenJsonSocket(node, { host: config.host, port: config.ports.socket, budget, limits: options.limits });
  log.info("listening", { service: "json-socket", port: socket.port, nodeId: node.nodeId });
  const msg = await listenTeamTalk(node, { host: config.host, port: config.ports.msg, budget, limits: options.limits });
  log.info("listening", { service: "teamtalk", port: msg.port, nodeId: node.nodeId });
  const msfs = options.msfs === false ? null : await startMsfs(config, log);
  return {
    node,
    socket,
    socketPort: socket.port,
    msg,
    msfs,
    async stop() {
      await Promise.all([socket.close(), msg.close(), msfs?.close()]);
      await node.stop();
    },
  };
}
