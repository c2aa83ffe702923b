// The JSON socket's TCP listener (port 8282): the generic listener with the JSON framing and a JsonSocketSession
// per connection.
import { JsonFrameDecoder, type DecodedFrame } from "../../shared/codecs/json-frame.ts";
import type { CoreNode } from "../node.ts";
import { type DoorOptions, listenDoor, type TcpListener, type TcpProtocol } from "../tcp/listener.ts";
import { defaultTransportLimits, type TransportLimits } from "../tcp/transport.ts";
import { JsonSocketSession } from "./session.ts";

export function jsonSocketProtocol(node: CoreNode, limits: TransportLimits): TcpProtocol<DecodedFrame> {
  const options = { badFrames: node.domain.config.socketBadFrames, maxHeldBytes: limits.maxQueuedBytes };
  return {
    name: "json-socket",
    decoder: () => new JsonFrameDecoder(),
    session: (transport) => new JsonSocketSession(transport, node, options),
    shutdown: (session) => (session as JsonSocketSession).close("SHUTDOWN", "shutdown", true),
  };
}

export function listenJsonSocket(node: CoreNode, options: DoorOptions): Promise<TcpListener> {
  return listenDoor(jsonSocketProtocol(node, { ...defaultTransportLimits, ...options.limits }), node.domain, options);
}
