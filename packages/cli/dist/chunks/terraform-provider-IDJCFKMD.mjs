#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  isHardcodedSecretValue
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-provider-hardcoded-credentials.ts
var aws_provider_hardcoded_credentials_default = defineRule({
  meta: {
    id: "aws-provider-hardcoded-credentials",
    title: "Hardcoded AWS access key and secret key in the provider block",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["provider"],
    description: "The `aws` provider block sets `access_key`, `secret_key` or `token` to literal values. Anyone who can read the repository, or any of its clones, forks and CI logs, gets the credentials and with them the account access of the user they belong to.",
    remediation: "Delete the literals and deactivate the key in IAM now. Let the provider find credentials in the environment: a role assumed through OIDC in CI, an instance profile, AWS SSO profiles on laptops (`profile`, `assume_role`).",
    precision: "very-high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "access-key", "provider"],
    references: [
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
    ]
  },
  check(provider, { report }) {
    if (!/^provider\.aws(\.|$)/.test(provider.name)) return;
    const written = ["secret_key", "access_key", "token"].filter((key) => isHardcodedSecretValue(provider.attributes[key]));
    if (written.length === 0) return;
    report({ at: [written[0]], message: `${provider.name} has hardcoded AWS credentials (${written.join(", ")})` });
  },
  examples: {
    valid: [
      {
        filename: "providers.tf",
        code: `provider "aws" {
  region  = "eu-west-1"
  profile = "acme-dev"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/terraform"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "providers.tf",
        code: `provider "aws" {
  alias      = "legacy"
  region     = "us-east-1"
  access_key = "AKIA2E0A8F3B244C9986"
  secret_key = "k8Rv0q2Lw9yTn4Xb7Zc1Md6Pf3Hs5Ju8Ge0Ai2Wq"
}
`,
        errors: [{ line: 5, column: 3, messageIncludes: "secret_key, access_key" }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-provider.ts
var rules = [
  aws_provider_hardcoded_credentials_default
];
export {
  rules
};
