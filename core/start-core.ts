// Starts this process's core: a core node over the domain, its TCP listeners, and msfs over the blob store.
import type { Domain } from "../shared/domain/context.ts";
import type { BlobStore } from "./blobs/blob-store.ts";
import { openBlobStore } from "./blobs/open-blob-store.ts";
import { listenJsonSocket } from "./json-socket/listener.ts";
import { listenMsfs, type MsfsListener } from "./msfs/listener.ts";
import { CoreNode, type CoreNodeOptions } from "./node.ts";
import { ConnectionBudget } from "./tcp/connection-budget.ts";
import { listenTeamTalk } from "./teamtalk/listener.ts";
import type { TcpListener } from "./tcp/listener.ts";
import type { TransportLimits } from "./tcp/transport.ts";

export interface CoreOptions extends CoreNodeOptions {
  /** Transport limits of the listeners (defaults: defaultTransportLimits). */
  limits?: Partial<TransportLimits>;
}

export interface RunningCore {
  node: CoreNode;
  socket: TcpListener;
  socketPort: number;
  /** The TeamTalk msg_server. */
  msg: TcpListener;
  /** The msfs image store's HTTP listener, and the store behind it. */
  msfs: MsfsListener;
  blobs: BlobStore;
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
  const blobs = await openBlobStore(config);
  const msfs = await listenMsfs(domain, blobs, { host: config.host, port: config.ports.msfs });
  log.info("listening", { service: "msfs", port: msfs.port, store: blobs.name });
  return {
    node,
    socket,
    socketPort: socket.port,
    msg,
    msfs,
    blobs,
    async stop() {
      await Promise.all([socket.close(), msg.close(), msfs.close()]);
      await node.stop();
    },
  };
}
