#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  isHardcodedSecretValue,
  isSecretName
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  isObject
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/aws-terraform-variable-hardcoded-secret.ts
var aws_terraform_variable_hardcoded_secret_default = defineRule({
  meta: {
    id: "aws-terraform-variable-hardcoded-secret",
    title: "Hardcoded password or secret as a Terraform variable default",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["variable"],
    description: "A variable whose name says it holds a password, secret, token or key has a literal default. The credential is then in the repository, in every clone and fork and in its history, and every deployment that forgets to override it uses the same known value.",
    remediation: "Remove the default and mark the variable `sensitive = true`; pass the value from a secret store at apply time (`TF_VAR_…` from the CI secret store), or let the resource generate and keep it (`manage_master_user_password`, `random_password` with AWS Secrets Manager).",
    precision: "high",
    cwe: ["CWE-798"],
    tags: ["secrets", "hardcoded-secret", "terraform-variable"],
    references: [
      "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
      "https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables"
    ]
  },
  check(variable, { report }) {
    const name = variable.name.replace(/^var\./, "");
    const value = variable.attributes.default;
    if (isSecretName(name) && isHardcodedSecretValue(value)) {
      report({ at: ["default"], message: `variable "${name}" has a hardcoded secret as its default value` });
      return;
    }
    if (!isObject(value)) return;
    for (const [key, item] of Object.entries(value)) {
      if (isSecretName(key) && isHardcodedSecretValue(item)) {
        report({ at: ["default", key], message: `variable "${name}" has a hardcoded secret in its default (${key})` });
      }
    }
  },
  examples: {
    valid: [
      {
        filename: "variables.tf",
        code: `variable "db_password" {
  type      = string
  sensitive = true
}

variable "password_length" {
  type    = number
  default = 32
}

variable "api_token_ssm_path" {
  default = "/acme/api/token"
}
`
      }
    ],
    invalid: [
      {
        name: "password default",
        filename: "variables.tf",
        code: `variable "db_password" {
  type        = string
  description = "Master password"
  default     = "Winter2024!"
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "db_password" }]
      },
      {
        name: "secret inside a map default",
        filename: "variables.tf",
        code: `variable "service" {
  default = {
    name          = "billing"
    client_secret = "b7f1c2d9e4a85f03"
  }
}
`,
        errors: [{ line: 4, column: 5, messageIncludes: "client_secret" }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-variable.ts
var rules = [
  aws_terraform_variable_hardcoded_secret_default
];
export {
  rules
};
