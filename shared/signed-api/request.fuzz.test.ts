// Fuzzing the signed-request check (fast-check; budget in shared/fuzz-test-kit.ts): verifySignedRequest, given any
// object a request body can decode to (from JSON: any keys, any values, deep nesting), throws nothing but an ImError;
// and every request built and signed as the reference client does, for any method, data, token, `_v` and `_t` within the
// window, verifies to the same method, data and token — also after the JSON trip a request makes.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { ImError } from "../domain/errors.ts";
import { fuzz, timed } from "../fuzz-test-kit.ts";
import { buildRequest } from "./client.ts";
import type { Fields } from "./fields.ts";
import { verifySignedRequest } from "./request.ts";

const nowS = 1_800_000_000;
const windowS = 300;
const text = fc.string({ unit: "binary", maxLength: 20 });
const json = fc.jsonValue({ stringUnit: "binary", maxDepth: 4 });

/** A field of a request: the keys the check reads (and their aliases), or any other. */
const requestKey = fc.oneof(fc.constantFrom("method", "data", "sign", "_v", "_t", "-v", "-t", "token", "__proto__"), text);

/** Values the check may meet under any key: anything JSON, plus near-misses of the right shapes. */
const fieldValue = fc.oneof(
  json,
  fc.dictionary(text, json, { maxKeys: 5 }),
  fc.integer({ min: nowS - 2 * windowS, max: nowS + 2 * windowS }),
  fc.constantFrom("", "1.0", String(nowS), `${nowS}.5`, "-1", "0".repeat(13), "D41D8CD98F00B204E9800998ECF8427E"),
);

/** Nested data from 1,000 levels (serialised fine) to 10,000 (serialising it for the sign overflows the stack). */
const deep = fc.integer({ min: 1_000, max: 10_000 }).map((depth) => JSON.parse("[".repeat(depth) + "]".repeat(depth)) as unknown);

/** Objects as JSON.parse builds them: a literal "__proto__" key is an own property there. */
const requestBody = fc.oneof(
  { weight: 29, arbitrary: fc.dictionary(requestKey, fieldValue, { maxKeys: 9 }).map((o) => JSON.parse(JSON.stringify(o)) as Fields) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.dictionary(requestKey, fieldValue, { maxKeys: 6 }), deep)
      .map(([o, d]) => ({ ...o, method: "m", data: { a: d }, sign: "x", _v: 1, _t: nowS })),
  },
);

const onlyImErrors = timed((body: Fields) => {
  try {
    const request = verifySignedRequest(body, nowS, windowS);
    assert.equal(typeof request.method, "string");
  } catch (err) {
    if (!(err instanceof ImError)) throw err;
  }
});

test("verifySignedRequest throws nothing but an ImError for any object", (t) => fuzz(t, fc.property(requestBody, onlyImErrors)));

test("verifySignedRequest throws nothing but an ImError for any JSON text that parses to an object", (t) =>
  fuzz(
    t,
    fc.property(
      fc.json({ stringUnit: "binary", maxDepth: 5 }),
      timed((source) => {
        const body: unknown = JSON.parse(source);
        if (typeof body === "object" && body !== null && !Array.isArray(body)) onlyImErrors(body as Fields);
      }),
    ),
    0.5,
  ));

test("every request signed as the reference client signs it verifies, before and after its JSON trip", (t) =>
  fuzz(
    t,
    fc.property(
      fc.record({
        method: fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
        data: fc.dictionary(text, json, { maxKeys: 8 }).map((d) => JSON.parse(JSON.stringify(d)) as Fields),
        token: fc.option(fc.string({ unit: "binary", maxLength: 40 }), { nil: undefined }),
        tokenAtTop: fc.boolean(),
        time: fc.integer({ min: nowS - windowS, max: nowS + windowS }),
        version: fc.option(fc.string({ unit: "binary", maxLength: 5 }), { nil: undefined }),
      }),
      timed((call) => {
        const request = buildRequest(call);
        const expectedData = call.token !== undefined && !call.tokenAtTop ? { ...call.data, token: call.token } : call.data;
        for (const body of [request, JSON.parse(JSON.stringify(request)) as Fields]) {
          const verified = verifySignedRequest(body, nowS, windowS);
          assert.equal(verified.method, call.method);
          assert.deepEqual(verified.data, JSON.parse(JSON.stringify(expectedData)));
          assert.equal(verified.token, call.token ?? (call.data.token as unknown));
        }
      }),
    ),
  ));
