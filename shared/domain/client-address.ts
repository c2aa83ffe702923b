// The key a client address is counted under by the SMS abuse limits: an IPv4 address as it is, an IPv4-mapped IPv6
// address as its IPv4 address, and an IPv6 address by its /64 (one subscriber usually holds a whole /64).

/** The first four groups of an IPv6 address as numbers, or null when it is not one. */
function ipv6Prefix(address: string): number[] | null {
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  // An embedded IPv4 address at the end takes two groups.
  const width = head.length + tail.length + (tail.concat(head).some((g) => g.includes(".")) ? 1 : 0);
  const gap = halves.length === 2 ? 8 - width : 0;
  if (gap < 0 || (halves.length === 1 && width !== 8)) return null;
  const first = [...head, ...Array<string>(gap).fill("0"), ...tail].slice(0, 4);
  if (!first.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return first.map((g) => parseInt(g, 16));
}

export function addressKey(address: string): string {
  const plain = address.trim().toLowerCase().replace(/%.*$/, ""); // without an IPv6 zone
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
  if (mapped) return mapped[1];
  const prefix = plain.includes(":") ? ipv6Prefix(plain) : null;
  if (prefix) return `${prefix.map((g) => g.toString(16)).join(":")}::/64`;
  return plain.slice(0, 64) || "unknown";
}
