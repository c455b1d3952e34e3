import { sensitivePortsIn } from "./network.js";

/** An inclusive port range. */
export interface PortRange {
  from: number;
  to: number;
}

/** Remote administration ports whose exposure is a direct path to a shell or desktop. */
export const REMOTE_ADMIN_PORTS: ReadonlyMap<number, string> = new Map([
  [22, "SSH"],
  [3389, "RDP"],
]);

/**
 * What a rule open to the internet exposes, from the most to the least severe:
 * every port, SSH or RDP, or another administration or database port. Each
 * firewall rule falls in exactly one class, so the three rules built on this
 * never report the same rule twice.
 */
export type Exposure =
  | { kind: "all-ports" }
  | { kind: "remote-admin"; ports: Array<{ port: number; name: string }> }
  | { kind: "sensitive"; ports: Array<{ port: number; name: string }> };

export function classifyExposure(ranges: readonly PortRange[]): Exposure | undefined {
  if (ranges.some((range) => range.from <= 1 && range.to >= 65535)) return { kind: "all-ports" };
  const admin = [...REMOTE_ADMIN_PORTS].filter(([port]) => ranges.some((range) => port >= range.from && port <= range.to));
  if (admin.length > 0) return { kind: "remote-admin", ports: admin.map(([port, name]) => ({ port, name })) };
  const sensitive = new Map<number, string>();
  for (const range of ranges) for (const { port, name } of sensitivePortsIn(range.from, range.to)) sensitive.set(port, name);
  if (sensitive.size > 0) return { kind: "sensitive", ports: [...sensitive].sort(([a], [b]) => a - b).map(([port, name]) => ({ port, name })) };
  return undefined;
}

/** `22 (SSH), 3389 (RDP)` */
export function describePorts(ports: ReadonlyArray<{ port: number; name: string }>): string {
  return ports.map(({ port, name }) => `${port} (${name})`).join(", ");
}
