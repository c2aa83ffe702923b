// The TeamTalk msg_server's TCP listener (port 8000): the generic listener with the TeamTalk PDU framing and a
// TeamTalkSession per connection.
import { type Pdu, PduDecoder } from "../../shared/codecs/tt-pdu.ts";
import type { CoreNode } from "../node.ts";
import { type DoorOptions, listenDoor, type TcpListener, type TcpProtocol } from "../tcp/listener.ts";
import { TeamTalkSession } from "./session.ts";

export function teamTalkProtocol(node: CoreNode): TcpProtocol<Pdu> {
  return {
    name: "teamtalk",
    decoder: () => new PduDecoder(),
    session: (transport) => new TeamTalkSession(transport, node),
    shutdown: (session) => (session as TeamTalkSession).end(),
  };
}

export function listenTeamTalk(node: CoreNode, options: DoorOptions): Promise<TcpListener> {
  return listenDoor(teamTalkProtocol(node), node.domain, options);
}
