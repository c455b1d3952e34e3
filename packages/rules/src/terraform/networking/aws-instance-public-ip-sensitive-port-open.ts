import { defineRule, referencedThrough, type AttributePath, type Resource, type ResourceGraph } from "@tollgate/engine";
import { sensitivePortsIn } from "../../support/network.js";
import { openIngressOf, type OpenIngress } from "../../support/security-group.js";

/** Separate rule resources name their group in `security_group_id`. */
const GROUP_RULE_TYPES = ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule"];

interface ReachablePort {
  group: Resource;
  rule: Resource;
  open: OpenIngress;
  ports: string;
}

export default defineRule({
  meta: {
    id: "aws-instance-public-ip-sensitive-port-open",
    title: "EC2 instance with a public IP reachable from the internet on an administration or database port",
    severity: "high",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_instance"],
    description:
      "The instance gets a public IP address (`associate_public_ip_address = true`, or a subnet with `map_public_ip_on_launch = true`) and one of its security groups lets `0.0.0.0/0` or `::/0` reach SSH, RDP, a database or every port. The instance itself, not just a rule on paper, is then exposed to the scanning and brute-forcing that starts minutes after an address goes live.",
    remediation:
      "Keep the instance in a private subnet without a public IP and reach it through AWS Systems Manager Session Manager, a bastion or a VPN; or restrict the security group's ingress to known networks.",
    precision: "high",
    cwe: ["CWE-284"],
    frameworks: { "CIS AWS Foundations 3.0": ["5.2", "5.3"] },
    tags: ["ec2", "security-group", "network-exposure"],
    references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html"],
  },
  check(instance, { graph, report }) {
    const publicAddress = publicAddressOf(graph, instance);
    if (!publicAddress) return;
    const reachable = reachablePorts(graph, instance);
    if (reachable.length === 0) return;
    const ports = [...new Set(reachable.map((item) => item.ports))].join(", ");
    report({
      at: publicAddress.at,
      message: `${instance.name} has a public IP ${publicAddress.why} and its security groups open ${ports} to the internet`,
      related: [
        ...(publicAddress.subnet ? [{ resource: publicAddress.subnet.id, at: ["map_public_ip_on_launch"], message: `${publicAddress.subnet.name} gives instances public IPs` }] : []),
        ...reachable.map((item) => ({ resource: item.rule.id, at: item.open.at, message: `${item.rule.name} allows ${item.open.cidr} to reach ${item.ports}` })),
      ],
    });
  },
  examples: {
    valid: [
      {
        name: "SSH open, but no public IP",
        filename: "main.tf",
        code: `resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "worker" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
  vpc_security_group_ids      = [aws_security_group.admin.id]
}
`,
      },
      {
        name: "public IP, only HTTPS from the internet",
        filename: "main.tf",
        code: `resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "web" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.web.id]
}
`,
      },
    ],
    invalid: [
      {
        name: "public IP and an inline SSH rule",
        filename: "main.tf",
        code: `resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "bastion" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.admin.id]
}
`,
        errors: [{ line: 13, column: 3, messageIncludes: "22 (SSH)" }],
      },
      {
        name: "public subnet and a separate rule opening every port, across files",
        filename: "instance.tf",
        code: `resource "aws_instance" "db" {
  ami                    = "ami-0c55b159cbfafe1f0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.public.id
  vpc_security_group_ids = [aws_security_group.db.id]
}
`,
        extraFiles: {
          "network.tf": `resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "db_all" {
  security_group_id = aws_security_group.db.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
`,
        },
        errors: [{ file: "instance.tf", line: 4, column: 3, messageIncludes: "every port" }],
      },
    ],
  },
});

/** Where the instance gets a public address: its own setting, or its subnet's default (which the instance may turn off). */
function publicAddressOf(graph: ResourceGraph, instance: Resource): { at: AttributePath; why: string; subnet?: Resource } | undefined {
  const own = instance.attributes.associate_public_ip_address;
  if (own === true) return { at: ["associate_public_ip_address"], why: "(associate_public_ip_address)" };
  if (own !== undefined && own !== null) return undefined;
  const subnet = referencedThrough(graph, instance, ["subnet_id"]).find((target) => target.type === "aws_subnet" && target.attributes.map_public_ip_on_launch === true);
  return subnet ? { at: ["subnet_id"], why: `from ${subnet.name}`, subnet } : undefined;
}

/** Internet-open ingress to sensitive ports (or to every port) in the instance's security groups. */
function reachablePorts(graph: ResourceGraph, instance: Resource): ReachablePort[] {
  const groups = [...referencedThrough(graph, instance, ["vpc_security_group_ids"]), ...referencedThrough(graph, instance, ["security_groups"])].filter(
    (target) => target.type === "aws_security_group",
  );
  const reachable: ReachablePort[] = [];
  for (const group of new Set(groups)) {
    const separate = graph
      .edgesTo(group.id, "references")
      .filter((edge) => edge.via?.[0] === "security_group_id")
      .map((edge) => graph.get(edge.from))
      .filter((rule): rule is Resource => rule !== undefined && GROUP_RULE_TYPES.includes(rule.type));
    const rules = [group, ...separate];
    for (const rule of rules) {
      for (const open of openIngressOf(rule)) {
        const ports = describePorts(open);
        if (ports) reachable.push({ group, rule, open, ports });
      }
    }
  }
  return reachable;
}

function describePorts(open: OpenIngress): string | undefined {
  if (open.allProtocols || (open.from <= 0 && open.to >= 65535)) return "every port";
  const sensitive = sensitivePortsIn(open.from, open.to);
  return sensitive.length > 0 ? sensitive.map(({ port, name }) => `${port} (${name})`).join(", ") : undefined;
}
