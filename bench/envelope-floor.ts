// The signed API's floor for `npm run bench`: a bare node:http server doing per request the envelope work the signed
// API must do (form body, base64, AES decrypt, JSON, sign check, a prepared token lookup in the bench's database) and
// answering plain JSON, nothing else. Run as its own process; logs its port as the server's "listening" lines do.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Database from "libsql";
import { openJson } from "../shared/crypto/aes-envelope.ts";
import { hashSecret } from "../shared/crypto/secret-token.ts";
import { verifySignedRequest } from "../shared/signed-api/request.ts";

const aesKey = "2108a4c486350f3a";
const db = new Database(process.env.BENCH_DATABASE ?? "");
const lookup = db.prepare("SELECT user_id FROM tokens WHERE token_hash = ?");

const server = createServer((req, res) => {
  const parts: Buffer[] = [];
  req.on("data", (chunk: Buffer) => parts.push(chunk));
  req.on("end", () => {
    const form = new URLSearchParams(Buffer.concat(parts).toString());
    const opened = openJson(form.get("request") ?? "", aesKey);
    const signed = opened.ok ? verifySignedRequest(opened.value, Math.floor(Date.now() / 1000), 300) : null;
    const row = signed ? lookup.get(hashSecret(String((signed.data as { token?: unknown }).token))) : undefined;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(row ? { status: "1111", data: [] } : { status: "0000" }));
  });
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ msg: "listening", service: "envelope-floor", port: (server.address() as AddressInfo).port }));
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
