// The push API's generated key: made once per data folder (mode 0600), logged only when made; configured keys win.
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Fields, Logger } from "../../shared/log.ts";
import { tempDir } from "../../test-kit/temp-domain.ts";
import { keyMatcher } from "./credentials.ts";
import { loadPushApiKeys, pushApiKeyFile } from "./keys.ts";

function recordingLog(lines: Fields[]): Logger {
  const log = (msg: string, fields: Fields = {}) => void lines.push({ msg, ...fields });
  return { debug: log, info: log, warn: log, error: log } as Logger;
}

test("without IM_PUSH_API_KEYS one key is generated on first start, kept private and logged once", () => {
  const { dir, remove } = tempDir();
  try {
    const lines: Fields[] = [];
    const [first] = loadPushApiKeys({ dataDir: dir }, recordingLog(lines));
    const [again] = loadPushApiKeys({ dataDir: dir }, recordingLog(lines));
    assert.equal(again, first);
    assert.equal(first.length, 48);
    assert.deepEqual(
      lines.map((l) => [l.msg, l.app_key]),
      [["push API key generated", first]],
    );
    const path = join(dir, pushApiKeyFile);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(readFileSync(path, "utf8"), `${first}\n`);
    assert.deepEqual(loadPushApiKeys({ dataDir: dir, pushApiKeys: ["configured-1"] }, recordingLog(lines)), ["configured-1"]);
  } finally {
    remove();
  }
});

test("a key matches only a configured key, whole", () => {
  const match = keyMatcher(["first-key-1", "second-key-2"]);
  assert.deepEqual(["first-key-1", "second-key-2", "second-key-", "", "first-key-1 "].map(match), [0, 1, -1, -1, -1]);
});
