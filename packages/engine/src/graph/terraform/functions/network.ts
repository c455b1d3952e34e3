import { isIPv4, isIPv6 } from "node:net";
import { asInteger, asList, asString, fail } from "../values.js";
import { fn, type TerraformFunction } from "./function.js";

/** A network prefix as a big integer address and a prefix length. */
interface Prefix {
  address: bigint;
  length: number;
  bits: 32 | 128;
}

function parseIPv4(text: string): bigint {
  const parts = text.split(".");
  if (parts.length !== 4 || !isIPv4(text)) fail(`invalid IP address "${text}"`);
  return parts.reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function parseIPv6(text: string): bigint {
  if (!isIPv6(text)) fail(`invalid IP address "${text}"`);
  let groups: string[];
  let head = text;
  let ipv4Tail: bigint | undefined;
  const lastColon = head.lastIndexOf(":");
  if (head.slice(lastColon + 1).includes(".")) {
    ipv4Tail = parseIPv4(head.slice(lastColon + 1));
    head = `${head.slice(0, lastColon + 1)}0:0`;
  }
  const [left, right] = head.split("::");
  const leftGroups = left ? left.split(":") : [];
  if (right === undefined) groups = leftGroups;
  else {
    const rightGroups = right ? right.split(":") : [];
    groups = [...leftGroups, ...Array<string>(8 - leftGroups.length - rightGroups.length).fill("0"), ...rightGroups];
  }
  let value = groups.reduce((total, group) => (total << 16n) | BigInt(parseInt(group || "0", 16)), 0n);
  if (ipv4Tail !== undefined) value = (value & ~0xffffffffn) | ipv4Tail;
  return value;
}

function parsePrefix(text: string): Prefix {
  const slash = text.indexOf("/");
  if (slash === -1) fail(`invalid CIDR address "${text}"`);
  const ip = text.slice(0, slash);
  const lengthText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lengthText)) fail(`invalid CIDR address "${text}"`);
  const length = Number(lengthText);
  const bits = ip.includes(":") ? 128 : 32;
  if (length > bits) fail(`invalid CIDR address "${text}"`);
  const address = bits === 32 ? parseIPv4(ip) : parseIPv6(ip);
  // The network address: host bits cleared, as Go's ParseCIDR returns it.
  const hostBits = BigInt(bits - length);
  return { address: (address >> hostBits) << hostBits, length, bits };
}

function formatAddress(address: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String((address >> shift) & 0xffn)).join(".");
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((address >> shift) & 0xffffn));
  // RFC 5952: the longest run of two or more zero groups becomes `::`.
  let bestStart = -1;
  let bestLength = 0;
  for (let start = 0; start < 8; ) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength && end - start >= 2) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

function subnet(prefix: Prefix, newBits: number, number: number): Prefix {
  const length = prefix.length + newBits;
  if (newBits < 0 || length > prefix.bits) fail(`insufficient address space to extend prefix of ${prefix.length} by ${newBits}`);
  if (number < 0 || BigInt(number) >= 1n << BigInt(newBits)) fail(`prefix extension of ${newBits} does not accommodate a subnet numbered ${number}`);
  const shift = BigInt(prefix.bits - length);
  return { address: prefix.address | (BigInt(number) << shift), length, bits: prefix.bits };
}

function host(prefix: Prefix, number: number): string {
  const hostBits = BigInt(prefix.bits - prefix.length);
  const size = 1n << hostBits;
  let offset = BigInt(number);
  if (offset < 0n) offset += size;
  if (offset < 0n || offset >= size) fail(`prefix of ${prefix.length} does not accommodate a host numbered ${number}`);
  return formatAddress(prefix.address | offset, prefix.bits);
}

function netmask(prefix: Prefix): string {
  if (prefix.bits !== 32) fail("only IPv4 networks have a netmask");
  const mask = prefix.length === 0 ? 0n : ((1n << BigInt(prefix.length)) - 1n) << BigInt(32 - prefix.length);
  return formatAddress(mask, 32);
}

/** `cidrsubnets`: consecutive subnets of the given sizes, each aligned to its own size. */
function subnets(prefix: Prefix, sizes: number[]): string[] {
  const out: string[] = [];
  let next = prefix.address;
  const end = prefix.address + (1n << BigInt(prefix.bits - prefix.length));
  for (const newBits of sizes) {
    const length = prefix.length + newBits;
    if (newBits < 1 || length > prefix.bits) fail(`would extend prefix to ${length} bits, which is too long for this address`);
    const size = 1n << BigInt(prefix.bits - length);
    const start = ((next + size - 1n) / size) * size;
    if (start + size > end) fail("not enough remaining address space for a subnet");
    out.push(`${formatAddress(start, prefix.bits)}/${length}`);
    next = start + size;
  }
  return out;
}

export const networkFunctions: ReadonlyMap<string, TerraformFunction> = new Map([
  [
    "cidrsubnet",
    fn([3, 3], ([cidr, newBits, number]) => {
      const result = subnet(parsePrefix(asString(cidr)), asInteger(newBits), asInteger(number));
      return `${formatAddress(result.address, result.bits)}/${result.length}`;
    }),
  ],
  ["cidrhost", fn([2, 2], ([cidr, number]) => host(parsePrefix(asString(cidr)), asInteger(number)))],
  ["cidrnetmask", fn([1, 1], ([cidr]) => netmask(parsePrefix(asString(cidr))))],
  ["cidrsubnets", fn([1], ([cidr, ...sizes]) => subnets(parsePrefix(asString(cidr)), sizes.map((size) => asInteger(size))))],
]);

export function listOfStrings(value: Parameters<typeof asList>[0]): string[] {
  return asList(value).map((item) => asString(item));
}
