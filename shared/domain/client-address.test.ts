// The key a client address is counted under by the SMS abuse limits: IPv4 as it is, IPv6 by its /64.
import assert from "node:assert/strict";
import { test } from "node:test";
import { addressKey } from "./client-address.ts";

test("IPv4 as it is, IPv4-mapped IPv6 as IPv4, IPv6 by its /64, anything else as it is (bounded)", () => {
  const cases: [string, string][] = [
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2::1", "2001:db8:1:2::/64"],
    ["2001:0DB8:0001:0002:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:3:4:5:6%eth0", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::", "0:0:0:0::/64"],
    ["fe80::1:2:3:4", "fe80:0:0:0::/64"],
    ["2001:db8:1:2:3:4:1.2.3.4", "2001:db8:1:2::/64"],
    ["unknown", "unknown"],
    ["", "unknown"],
    ["1:2:3", "1:2:3"],
    ["x".repeat(100), "x".repeat(64)],
  ];
  for (const [address, key] of cases) assert.equal(addressKey(address), key, address);
});
