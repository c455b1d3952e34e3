import { defineRule } from "@tollgate/engine";

/** Resource types that take a certificate's private key as an argument. */
const PRIVATE_KEY_TYPES = ["aws_iam_server_certificate", "aws_acm_certificate"];

const PRIVATE_KEY = /-----BEGIN (RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/;

export default defineRule({
  meta: {
    id: "aws-certificate-private-key-hardcoded",
    title: "Hardcoded TLS private key in the configuration",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: PRIVATE_KEY_TYPES,
    description:
      "The certificate's `private_key` is a PEM private key written out in the configuration. Anyone with read access to the repository can impersonate the sites the certificate covers or decrypt traffic recorded from them, and the key cannot be taken back out of version history.",
    remediation:
      "Revoke and replace the certificate. Let ACM issue certificates whose keys never leave AWS, or read the key at apply time from a secret store (a sensitive variable, `aws_secretsmanager_secret_version` data source).",
    precision: "very-high",
    cwe: ["CWE-321", "CWE-798"],
    tags: ["secrets", "hardcoded-secret", "private-key", "tls"],
    references: ["https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html"],
  },
  check(certificate, { report }) {
    const key = certificate.attributes.private_key;
    if (typeof key !== "string" || !PRIVATE_KEY.test(key)) return;
    report({ at: ["private_key"], message: `${certificate.name}: private_key is a hardcoded PEM private key` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_acm_certificate" "legacy" {
  private_key      = var.legacy_tls_key
  certificate_body = file("certs/legacy.crt")
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_iam_server_certificate" "legacy" {
  name             = "legacy"
  certificate_body = file("certs/legacy.crt")
  private_key      = <<-PEM
    -----BEGIN RSA PRIVATE KEY-----
    MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
    -----END RSA PRIVATE KEY-----
  PEM
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
