/** Addresses that mean "anyone on the internet". */
const INTERNET_CIDRS = new Set(["0.0.0.0/0", "::/0", "0.0.0.0", "::", "*", "internet", "any", "0.0.0.0/0,::/0"]);

export function isInternetCidr(value: unknown): boolean {
  return typeof value === "string" && INTERNET_CIDRS.has(value.trim().toLowerCase());
}

/**
 * Ports whose exposure to the internet is an incident waiting to happen:
 * remote administration and databases. Names are for messages.
 */
export const SENSITIVE_PORTS: ReadonlyMap<number, string> = new Map([
  [20, "FTP data"],
  [21, "FTP"],
  [22, "SSH"],
  [23, "Telnet"],
  [135, "RPC"],
  [445, "SMB"],
  [1433, "SQL Server"],
  [1521, "Oracle"],
  [2375, "Docker API"],
  [2379, "etcd"],
  [3306, "MySQL"],
  [3389, "RDP"],
  [5432, "PostgreSQL"],
  [5601, "Kibana"],
  [5900, "VNC"],
  [5985, "WinRM"],
  [5986, "WinRM"],
  [6379, "Redis"],
  [6443, "Kubernetes API"],
  [8020, "HDFS"],
  [9042, "Cassandra"],
  [9200, "Elasticsearch"],
  [9300, "Elasticsearch"],
  [10250, "kubelet"],
  [11211, "Memcached"],
  [27017, "MongoDB"],
]);

/** The sensitive ports a from–to range covers; a protocol of `-1`/`all` covers every port. */
export function sensitivePortsIn(from: number, to: number): Array<{ port: number; name: string }> {
  const found: Array<{ port: number; name: string }> = [];
  for (const [port, name] of SENSITIVE_PORTS) if (port >= from && port <= to) found.push({ port, name });
  return found;
}

export function isAllProtocols(protocol: unknown): boolean {
  return protocol === "-1" || protocol === -1 || protocol === "all" || protocol === "*";
}

/** Parses `22`, `"22"`, `"20-23"`, `"*"` into an inclusive range; undefined when not a port spec. */
export function parsePortRange(value: unknown): { from: number; to: number } | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return { from: value, to: value };
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "*") return { from: 0, to: 65535 };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  if (!match) return undefined;
  const from = Number(match[1]);
  return { from, to: match[2] ? Number(match[2]) : from };
}
