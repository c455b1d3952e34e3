import { defineRule } from "@tollgate/engine";

export default defineRule({
  meta: {
    id: "aws-transfer-server-plaintext-ftp",
    title: "Transfer Family server accepts plain FTP (no TLS)",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_transfer_server"],
    description:
      "The server's `protocols` include `FTP`, which sends user names, passwords and file contents unencrypted. SFTP and FTPS protect both with encryption in transit.",
    remediation: "Remove `FTP` from `protocols` and offer `SFTP` or `FTPS` instead.",
    precision: "very-high",
    cwe: ["CWE-319"],
    tags: ["transfer-family", "ftp", "encryption-in-transit"],
    references: [
      "https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/transfer_server#protocols",
    ],
  },
  check(server, { report }) {
    const protocols = server.attributes.protocols;
    if (!Array.isArray(protocols)) return;
    const index = protocols.findIndex((protocol) => typeof protocol === "string" && protocol.toUpperCase() === "FTP");
    if (index >= 0) report({ at: ["protocols", index], message: `Transfer server ${server.name} accepts plaintext FTP: credentials and files are not encrypted in transit` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_transfer_server" "partners" {
  endpoint_type = "VPC"
  protocols     = ["SFTP", "FTPS"]
  certificate   = aws_acm_certificate.sftp.arn
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_transfer_server" "partners" {
  endpoint_type = "VPC"
  protocols     = ["SFTP", "FTP"]
}
`,
        errors: [{ line: 3, column: 28 }],
      },
    ],
  },
});
