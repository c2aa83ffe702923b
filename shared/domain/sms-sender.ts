// Delivery of SMS codes: `dev` logs them, `webhook` POSTs them to IM_SMS_WEBHOOK_URL. Web APIs only (runs on edge).
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";

export type SmsScene = "register" | "login";

export interface SmsSender {
  send(telephone: string, code: string, scene: SmsScene): Promise<void>;
}

const webhookTimeoutMs = 5_000;

export function createSmsSender(config: Config["sms"], log: Logger): SmsSender {
  if (config.provider === "webhook") {
    const url = config.webhookUrl!;
    return {
      async send(telephone, code, scene) {
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ telephone, code, scene }),
          signal: AbortSignal.timeout(webhookTimeoutMs),
        });
        await res.body?.cancel();
        if (!res.ok) throw new Error(`SMS webhook answered HTTP ${res.status}`);
      },
    };
  }
  return {
    async send(telephone, code, scene) {
      log.info("sms code (dev provider)", { telephone, code, scene });
    },
  };
}
