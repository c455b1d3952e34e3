import { describe, expect, it } from "vitest";
import { scanSources } from "@tollgate/engine";
import { allRules } from "../src/index.js";

/** The rule library on evaluated Terraform: values that only exist once variables, modules and data sources are evaluated. */
describe("rules on evaluated Terraform", () => {
  it("finds an administrator policy built with aws_iam_policy_document", async () => {
    const outcome = await scanSources(
      [
        {
          path: "iam/main.tf",
          text: `data "aws_iam_policy_document" "ops" {
  statement {
    sid       = "Operations"
    actions   = [var.allowed_actions]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = data.aws_iam_policy_document.ops.json
}

variable "allowed_actions" {
  type    = string
  default = "*"
}
`,
        },
      ],
      { rules: allRules, root: "/" },
    );
    const admin = outcome.findings.filter((finding) => finding.ruleId === "aws-iam-policy-admin-access");
    expect(admin.map((finding) => [finding.resourceName, finding.location.file, finding.location.start.line])).toEqual([["aws_iam_policy.ops", "iam/main.tf", 11]]);
    expect(admin[0].message).toContain('statement "Operations"');
  });

  it("finds an unencrypted database two modules deep, with the module calls as related locations", async () => {
    const outcome = await scanSources(
      [
        { path: "main.tf", text: `module "app" {\n  source     = "./app"\n  encrypt_db = false\n}\n` },
        { path: "app/main.tf", text: `variable "encrypt_db" {}\nmodule "db" {\n  source  = "../db"\n  encrypt = var.encrypt_db\n}\n` },
        { path: "db/main.tf", text: `variable "encrypt" {}\nresource "aws_db_instance" "x" {\n  engine            = "postgres"\n  instance_class    = "db.t4g.micro"\n  storage_encrypted = var.encrypt\n}\n` },
      ],
      { rules: allRules, root: "/" },
    );
    const finding = outcome.findings.find((candidate) => candidate.ruleId === "aws-rds-encryption-at-rest");
    expect(finding).toMatchObject({ resourceName: "module.app.module.db.aws_db_instance.x", location: { file: "db/main.tf", start: { line: 5 } } });
    expect(finding!.related.map((related) => related.message)).toEqual(['in module "db" called here', 'in module "app" called here']);
  });
});
