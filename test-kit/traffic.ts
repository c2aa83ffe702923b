// Test support (not a test): steady 1:1 traffic over JSON sockets, for tests that kill a process in the middle of it
// and then check that every message the server acknowledged arrives.
import type { JsonSocketClient } from "../shared/signed-api/socket-client.ts";

/** Sends messages one after another until stopped; collects the msg_ids the server acknowledged. */
export function keepSending(from: JsonSocketClient, to: number) {
  const acked: number[] = [];
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const ack = await from.request({ action: "sendmsg", sendto: "user", to_user_id: to, content: `m${i}` }).catch(() => null);
      if (ack === null) break; // the sender's node died under it
      if (ack.status === "1111") acked.push((ack.data as { msg_id: number }).msg_id);
    }
  })();
  const stop = async () => {
    running = false;
    await done;
  };
  return { acked, stop };
}

/** The msg_ids of the messages the client receives, up to and including `until`. */
export async function receivedIds(client: JsonSocketClient, until: number): Promise<number[]> {
  const ids: number[] = [];
  while (!ids.includes(until)) ids.push(Number((await client.next((m) => m.type === "msg", 15_000)).msg_id));
  return ids;
}
