// Test support (not a test): a real signed-API server on port 0 over a fresh libSQL file in a temp folder,
// with a movable clock, and shortcuts for the calls most tests start with.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../shared/config.ts";
import type { Domain } from "../shared/domain/context.ts";
import { openDomain } from "../shared/domain/open-domain.ts";
import { createLogger, type Logger } from "../shared/log.ts";
import { callSignedApi, type SignedCall, type SignedReply } from "../shared/signed-api/client.ts";
import type { Fields } from "../shared/signed-api/fields.ts";
import { createApp } from "./app.ts";
import { serveOnNode } from "./serve-node.ts";

export const devCode = "123456";

export interface TestServer {
  url: string;
  config: Config;
  domain: Domain;
  dir: string;
  /** Moves the server's clock (and the `_t` the helpers send) by this many seconds. */
  advance(seconds: number): void;
  call(method: string, data: Fields, options?: Omit<SignedCall, "method" | "data">): Promise<SignedReply>;
  /** Registers a telephone with the dev SMS code and logs it in. */
  signUp(telephone: string, password?: string): Promise<{ userId: number; token: string }>;
  /** signUp with the next unused telephone of this server (its nickname is that telephone). */
  newUser(): Promise<{ userId: number; token: string; phone: string }>;
  close(): Promise<void>;
}

/** options.log: the server's logger (errors only, on stdout, by default), e.g. one that captures lines. */
export async function startTestServer(env: Record<string, string> = {}, options: { log?: Logger } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "im-test-"));
  const config = loadConfig({ IM_DATA_DIR: dir, IM_HOST: "127.0.0.1", IM_API_PORT: "0", IM_SMS_DEV_CODE: devCode, ...env });
  const opened = await openDomain(config, options.log ?? createLogger("error"));
  let offsetMs = 0;
  let lastPhone = 13000000000;
  const domain = opened.domain;
  domain.nowMs = () => Date.now() + offsetMs;
  const listening = await serveOnNode(createApp(domain), "127.0.0.1", 0);
  const url = `http://127.0.0.1:${listening.port}/`;
  const call: TestServer["call"] = (method, data, options = {}) =>
    callSignedApi(url, { method, data, time: Math.floor(domain.nowMs() / 1000), ...options }, config.aesKey);
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
    dir,
    advance: (seconds) => void (offsetMs += seconds * 1000),
    call,
    signUp,
    async newUser() {
      const phone = String(++lastPhone);
      return { ...(await signUp(phone)), phone };
    },
    async close() {
      await listening.close();
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
