// msfs upload replies (teamtalk.md §11): one line of JSON, which is all the Android client reads, with the original's
// codes: 0 stored, 1 too large (HTTP 413), 2–11 a malformed upload (HTTP 400, 格式错误); 12 is ours, for a store failure.
import type { ServerResponse } from "node:http";

export const UploadCode = { ok: 0, tooLarge: 1, storeFailed: 12 } as const;

export interface UploadReply {
  status: number;
  body: { error_code: number; error_msg: string; path: string; url: string };
}

export const stored = (path: string, url: string): UploadReply => ({
  status: 200,
  body: { error_code: UploadCode.ok, error_msg: "成功", path, url },
});

export const malformed = (code: number): UploadReply => ({
  status: 400,
  body: { error_code: code, error_msg: "格式错误", path: "", url: "" },
});

export const tooLarge = (): UploadReply => ({
  status: 413,
  body: { error_code: UploadCode.tooLarge, error_msg: "上传文件过大", path: "", url: "" },
});

export const storeFailed = (): UploadReply => ({
  status: 500,
  body: { error_code: UploadCode.storeFailed, error_msg: "服务器异常", path: "", url: "" },
});

/** Sends the reply; `close` ends the connection after it (the rest of the request body is not read). */
export function sendUploadReply(res: ServerResponse, reply: UploadReply, close: boolean): void {
  const text = `${JSON.stringify(reply.body)}\n`;
  res.writeHead(reply.status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(text)),
    ...(close ? { Connection: "close" } : {}),
  });
  res.end(text);
}
