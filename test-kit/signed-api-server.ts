// Test support (not a test): the signed HTTP API over a temp database, called in-process through Hono's
// `app.request` (no port), or on a real port for the tests that need one, with shortcuts for new users.
import type { Config } from "../shared/config.ts";
import type { Domain } from "../shared/domain/context.ts";
import type { Logger } from "../shared/log.ts";
import { callSignedApi, type SignedCall, type SignedReply } from "../shared/signed-api/client.ts";
import type { Fields } from "../shared/signed-api/fields.ts";
import { createApp } from "../edge/app.ts";
import { nodeClientAddress } from "../edge/node-client-address.ts";
import { serveOnNode } from "../edge/serve-node.ts";
import { devCode, openTempDomain } from "./temp-domain.ts";

export interface TestServer {
  /** The API's URL: a real one with `listen`, else a placeholder that `fetch` understands. */
  url: string;
  config: Config;
  domain: Domain;
  dir: string;
  /** fetch() against the app. */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
  /** Moves the server's clock (and the `_t` the helpers send) by this many seconds. */
  advance(seconds: number): void;
  call(method: string, data: Fields, options?: Omit<SignedCall, "method" | "data">): Promise<SignedReply>;
  /** Registers a telephone with the dev SMS code and logs it in. */
  signUp(telephone: string, password?: string): Promise<{ userId: number; token: string }>;
  /** signUp with the next unused telephone of this server (its nickname is that telephone). */
  newUser(): Promise<{ userId: number; token: string; phone: string }>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Serve on a real port (for raw HTTP and child processes); in-process by default. */
  listen?: boolean;
  /** The server's logger (errors only, on stdout, by default), e.g. one that captures lines. */
  log?: Logger;
}

export async function startTestServer(env: Record<string, string> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const temp = await openTempDomain(env, undefined, options.log);
  const { domain, config } = temp;
  const app = options.listen ? createApp(domain, nodeClientAddress) : createApp(domain);
  const listening = options.listen ? await serveOnNode(app, "127.0.0.1", 0) : null;
  const url = listening ? `http://127.0.0.1:${listening.port}/` : "http://in-process/";
  const fetchApp = (input: string | URL, init?: RequestInit) =>
    listening ? fetch(input, init) : Promise.resolve(app.request(input, init));
  let lastPhone = 13000000000;
  const call: TestServer["call"] = (method, data, opts = {}) =>
    callSignedApi(url, { method, data, time: Math.floor(domain.nowMs() / 1000), ...opts }, config.aesKey, fetchApp);
  const signUp: TestServer["signUp"] = async (telephone, password = "secret1") => {
    const reg = await call("com.user.register", { telephone, password, sms_code: devCode });
    if (reg.body.status !== "1111") throw new Error(`register ${telephone}: ${JSON.stringify(reg.body)}`);
    const res = await call("com.user.login", { telephone, password, sms_code: devCode });
    if (res.body.status !== "1111") throw new Error(`login ${telephone}: ${JSON.stringify(res.body)}`);
    const data = res.body.data as { user_id: number; token: string };
    return { userId: data.user_id, token: data.token };
  };
  return {
    url,
    config,
    domain,
    dir: temp.dir,
    fetch: fetchApp,
    advance: temp.advance,
    call,
    signUp,
    async newUser() {
      const phone = String(++lastPhone);
      return { ...(await signUp(phone)), phone };
    },
    async close() {
      await listening?.close();
      temp.close();
    },
  };
}
