// The TeamTalk msg_server's TCP listener (port 8000): the generic listener with the TeamTalk PDU framing and a
// TeamTalkSession per connection.
import { type Pdu, PduDecoder } from "../../shared/codecs/tt-pdu.ts";
import type { CoreNode } from "../node.ts";
import type { ConnectionBudget } from "../tcp/connection-budget.ts";
import { listenTcp, type TcpListener, type TcpProtocol } from "../tcp/listener.ts";
import { defaultTransportLimits, type TransportLimits } from "../tcp/transport.ts";
import { TeamTalkSession } from "./session.ts";

export function teamTalkProtocol(node: CoreNode): TcpProtocol<Pdu> {
  return {
    name: "teamtalk",
    decoder: () => new PduDecoder(),
    session: (transport) => new TeamTalkSession(transport, node),
    shutdown: (session) => (session as TeamTalkSession).end(),
  };
}

export interface TeamTalkListenOptions {
  host: string;
  port: number;
  budget: ConnectionBudget;
  limits?: Partial<TransportLimits>;
}

export function listenTeamTalk(node: CoreNode, options: TeamTalkListenOptions): Promise<TcpListener> {
  const limits = { ...defaultTransportLimits, ...options.limits };
  return listenTcp(teamTalkProtocol(node), { ...options, log: node.domain.log, nowMs: () => node.domain.nowMs(), limits });
}
