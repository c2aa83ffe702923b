// Telephone numbers (product.md): every spelling of one phone is one canonical E.164 string; a number of the region is
// shown nationally, any other in E.164; what is not a possible phone number is BAD_REQUEST.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ImError } from "./errors.ts";
import { canonicalTelephone, displayTelephone } from "./telephones.ts";

test("the product's example: 13244556677, +8613244556677, 008613244556677 and 132 4455 6677 are one phone in CN", () => {
  for (const spelling of [
    "13244556677",
    "+8613244556677",
    "008613244556677",
    "132 4455 6677",
    "+86 (132) 4455-6677",
    "0086-132-4455-6677",
  ]) {
    assert.equal(canonicalTelephone(spelling, "CN"), "+8613244556677", spelling);
  }
  assert.equal(canonicalTelephone("010 1234 5678", "CN"), "+861012345678", "a Beijing fixed line with its trunk 0");
});

test("the region is that of numbers without a country code; '00' is international in any region", () => {
  assert.equal(canonicalTelephone("07700 900123", "GB"), "+447700900123");
  assert.equal(canonicalTelephone("(650) 253-0000", "US"), "+16502530000");
  assert.equal(canonicalTelephone("00447700900123", "US"), "+447700900123", "00 in a region whose own prefix is 011");
  assert.equal(canonicalTelephone("011 44 7700 900123", "US"), "+447700900123");
  assert.equal(canonicalTelephone("+447700900123", "CN"), "+447700900123");
});

test("what is not a possible phone number → BAD_REQUEST with a clear message", () => {
  const bad = [
    "",
    "+",
    "00",
    "12345",
    "+12345",
    "1234567890123456789",
    "++8613244556677",
    "132+44556677",
    "132a4455667",
    "tel:13244556677",
    "13244556677 ext 2",
    "13244556677;ext=2",
    "１３２４４５５６６７",
    "\t13244556677",
    "1".repeat(33),
    "+999 1234 5678",
  ];
  for (const text of bad) {
    assert.throws(
      () => canonicalTelephone(text, "CN"),
      (err) => err instanceof ImError && err.code === "BAD_REQUEST" && /not a valid phone number/.test(err.message),
      JSON.stringify(text),
    );
  }
});

test("replies: a number of the region in its national digits, any other in E.164; the national form reads back the same", () => {
  const cases: [string, "CN" | "GB" | "US", string][] = [
    ["+8613244556677", "CN", "13244556677"],
    ["+861012345678", "CN", "01012345678"],
    ["+447700900123", "CN", "+447700900123"],
    ["+447700900123", "GB", "07700900123"],
    ["+447911123456", "GB", "07911123456"], // a Guernsey range of the UK plan
    ["+8613244556677", "GB", "+8613244556677"],
    ["+16502530000", "US", "6502530000"],
  ];
  for (const [e164, region, shown] of cases) {
    assert.equal(displayTelephone(e164, region), shown, `${e164} in ${region}`);
    assert.equal(canonicalTelephone(shown, region), e164, `${shown} read back in ${region}`);
  }
});
