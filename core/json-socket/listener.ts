// The JSON socket's TCP listener (port 8282): the generic listener with the JSON framing and a JsonSocketSession
// per connection.
import { JsonFrameDecoder, type DecodedFrame } from "../../shared/codecs/json-frame.ts";
import { isAudio } from "../../shared/domain/messages.ts";
import type { CoreNode } from "../node.ts";
import { type DoorOptions, listenDoor, type TcpListener, type TcpProtocol } from "../tcp/listener.ts";
import { defaultTransportLimits, type TransportLimits } from "../tcp/transport.ts";
import { checkContentFits } from "./pushes.ts";
import { JsonSocketSession } from "./session.ts";

export function jsonSocketProtocol(node: CoreNode, limits: TransportLimits): TcpProtocol<DecodedFrame> {
  // A message from another door that this one could not frame is refused when sent, not lost on delivery.
  // (Audio is base64, which JSON does not escape: within the domain's limit it always fits.)
  node.carryChecks.push((msg) => {
    if (!isAudio(msg.msgType)) checkContentFits(msg.content);
  });
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
