// The connection floor for `npm run bench`: a bare TCP server that accepts connections and holds them, doing nothing
// else. Run as its own process, as the server is; logs its port as the server's "listening" lines do.
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

const held = new Set<Socket>();
const server = createServer((socket) => {
  held.add(socket);
  socket.on("error", () => {});
  socket.on("close", () => held.delete(socket));
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ msg: "listening", service: "raw-server", port: (server.address() as AddressInfo).port }));
});
process.on("SIGTERM", () => {
  for (const socket of held) socket.destroy();
  server.close(() => process.exit(0));
});
