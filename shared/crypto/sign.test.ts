import assert from "node:assert/strict";
import { test } from "node:test";
import { sign, signMatches, signQuery } from "./sign.ts";

const loginData = { password: "123456", telephone: "13244556677", sms_code: "123456" };

test("the spec's vector: keys ascending, time last, upper-case md5", () => {
  assert.equal(signQuery(loginData, 1495363260), "password=123456&sms_code=123456&telephone=13244556677&time=1495363260");
  assert.equal(sign(loginData, 1495363260), "05391105E5EB97BF6CC9DA9F7F939E4C");
});

test("received signs compare case-insensitively and fail on any change", () => {
  assert.ok(signMatches("05391105e5eb97bf6cc9da9f7f939e4c", loginData, "1495363260"));
  assert.ok(!signMatches("05391105E5EB97BF6CC9DA9F7F939E4D", loginData, 1495363260));
  assert.ok(!signMatches("05391105E5EB97BF6CC9DA9F7F939E4C", loginData, 1495363261));
  assert.ok(!signMatches("05391105E5EB97BF6CC9DA9F7F939E4C", { ...loginData, password: "1234567" }, 1495363260));
  assert.ok(!signMatches("", loginData, 1495363260));
});

test("values: strings raw, numbers shortest, booleans, null empty, arrays and objects as compact JSON", () => {
  const data = { s: "a b&c", n: 12.5, i: 7, t: true, f: false, z: null, a: [2, 3], o: { k: "v" } };
  assert.equal(signQuery(data, 1), 'a=[2,3]&f=false&i=7&n=12.5&o={"k":"v"}&s=a b&c&t=true&z=&time=1');
});

test("keys sort by byte value: upper case before lower case, '_' between them", () => {
  assert.equal(signQuery({ b: 1, B: 2, _: 3, a: 4 }, 9), "B=2&_=3&a=4&b=1&time=9");
});
