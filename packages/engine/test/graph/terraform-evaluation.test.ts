import { describe, expect, it } from "vitest";
import { scanSources } from "../../src/scan.js";
import { isUnknown, Unknown } from "../../src/model/value.js";
import { rangeOf } from "../../src/model/source.js";
import { evaluateLocals } from "./terraform-expressions.js";
import { adminPolicy, findingLines, openSsh, scanFixture, unencryptedDatabase, unencryptedVolume } from "./terraform-helpers.js";

const rules = [unencryptedVolume, unencryptedDatabase, openSsh, adminPolicy];

describe("variables and tfvars", () => {
  it("reads terraform.tfvars: encryption switched on there gives no finding", async () => {
    const outcome = await scanFixture("tfvars", rules);
    expect(outcome.findings).toEqual([]);
    const volume = outcome.graph.get("terraform:.::aws_ebs_volume.data")!;
    expect(volume.attributes).toMatchObject({ encrypted: true, size: 20, tags: { Service: "billing", Name: "billing-data", Environment: Unknown } });
    expect(outcome.graph.get("terraform:.::aws_db_instance.orders")!.attributes).toMatchObject({ identifier: "billing-orders", allocated_storage: 40 });
  });

  it("a later --var-file wins over terraform.tfvars: the finding is on the .tf line", async () => {
    const outcome = await scanFixture("tfvars", rules, { variables: [{ file: "unencrypted.tfvars" }] });
    expect(findingLines(outcome)).toEqual([
      "test-ebs-unencrypted main.tf:4 aws_ebs_volume.data",
      "test-rds-unencrypted main.tf:15 aws_db_instance.orders",
    ]);
    expect(outcome.findings[0].location).toMatchObject({ file: "main.tf", ...rangeOf(4, 3, 4, 12) });
  });

  it("applies Terraform's precedence: environment < tfvars < -var and -var-file in command-line order", async () => {
    const encrypted = async (options: Parameters<typeof scanFixture>[2]) =>
      (await scanFixture("tfvars", [], options)).graph.get("terraform:.::aws_ebs_volume.data")!.attributes.encrypted;
    expect(await encrypted({ environment: { TF_VAR_encrypt: "false" } })).toBe(true);
    expect(await encrypted({ variables: [{ name: "encrypt", value: "false" }] })).toBe(false);
    expect(await encrypted({ variables: [{ name: "encrypt", value: "false" }, { file: "terraform.tfvars" }] })).toBe(true);
    expect(await encrypted({ variables: [{ file: "unencrypted.tfvars" }, { name: "encrypt", value: "true" }] })).toBe(true);
  });

  it("reports a missing -var-file as an input error", async () => {
    const outcome = await scanFixture("tfvars", [], { variables: [{ file: "missing.tfvars" }] });
    expect(outcome.diagnostics).toContainEqual(expect.objectContaining({ level: "error", code: "var-file-not-found" }));
  });

  it("converts values to the declared type; complex -var values are HCL", async () => {
    const { values } = await evaluateLocals(
      { count: "var.count + 1", flag: "var.flag", names: "var.names", settings: "var.settings", raw: "var.untyped", unset: "var.unset", strict: "var.strict" },
      {
        "variables.tf": `variable "count" {\n  type = number\n}\nvariable "flag" {\n  type = bool\n}\nvariable "names" {\n  type = list(string)\n}\nvariable "settings" {\n  type = object({ name = string, port = optional(number, 443), tls = optional(bool) })\n}\nvariable "untyped" {}\nvariable "unset" {\n  type = string\n}\nvariable "strict" {\n  type     = string\n  default  = "fallback"\n  nullable = false\n}\n`,
        "terraform.tfvars": `count = "2"\nflag = "true"\nnames = [1, "a"]\nsettings = { name = "api" }\nstrict = null\n`,
      },
    );
    expect(values).toMatchObject({ count: 3, flag: true, names: ["1", "a"], settings: { name: "api", port: 443, tls: null }, strict: "fallback" });
    expect(isUnknown(values.raw)).toBe(true);
    expect(isUnknown(values.unset)).toBe(true);
  });
});

describe("expressions", () => {
  it("propagates Unknown through operations, functions and templates", async () => {
    const { values } = await evaluateLocals({
      sum: "var.x + 1",
      joined: 'join(",", ["a", var.x])',
      text: '"arn:aws:s3:::${var.x}/*"',
      length: "length([var.x, 1])",
      same: 'var.x ? "same" : "same"',
      either: 'var.x ? "a" : "b"',
      falseAnd: "false && var.x",
      trueOr: "true || var.x",
      forUnknown: "[for v in var.x : v]",
      partial: '{ a = var.x, b = "known" }',
      policy: 'jsonencode({ Statement = [{ Action = "*", Resource = var.x }] })',
      timestamp: "timestamp()",
      data: "data.aws_caller_identity.current.account_id",
    });
    expect(values).toMatchObject({ sum: Unknown, joined: Unknown, text: Unknown, length: 2, same: "same", either: Unknown, falseAnd: false, trueOr: true });
    expect(values.forUnknown).toBe(Unknown);
    expect(values.partial).toEqual({ a: Unknown, b: "known" });
    // A partly known policy stays decoded so policy rules read its known statements.
    expect(values.policy).toEqual({ Statement: [{ Action: "*", Resource: Unknown }] });
    expect(values.timestamp).toBe(Unknown);
    expect(values.data).toBe(Unknown);
  });

  it("evaluates heredocs with directives and strip markers as Terraform does", async () => {
    const { values } = await evaluateLocals({
      stripped: `<<-EOT\n    #!/bin/sh\n    %{~ for name in ["a", "b"] }\n    echo \${name}\n    %{~ endfor }\n    EOT`,
      indented: `<<-EOT\n    a\n      b\n    %{ if true }\n    c\n    %{ endif }\n    EOT`,
    });
    // Both checked with terraform console: strip markers remove the newlines that made the indentation common.
    expect(values.stripped).toBe("    #!/bin/sh\n\n    echo a\n\n    echo b\n\n");
    expect(values.indented).toBe("a\n  b\n\nc\n\n");
  });

  it("reads resource attributes known from the configuration, and only those", async () => {
    const { values } = await evaluateLocals(
      { name: "aws_s3_bucket.b.bucket", id: "aws_s3_bucket.b.id", first: "aws_instance.web[0].instance_type", all: "aws_instance.web[*].instance_type", keyed: 'aws_iam_user.u["bob"].name', tryMissing: 'try(aws_s3_bucket.b.id, "fallback")' },
      {
        "resources.tf": `resource "aws_s3_bucket" "b" {\n  bucket = "logs-\${local.env}"\n}\nlocals {\n  env = "prod"\n}\nresource "aws_instance" "web" {\n  count         = 2\n  instance_type = count.index == 0 ? "t3.micro" : "t3.large"\n}\nresource "aws_iam_user" "u" {\n  for_each = toset(["alice", "bob"])\n  name     = "\${each.key}-\${each.value}"\n}\n`,
      },
    );
    expect(values).toMatchObject({ name: "logs-prod", first: "t3.micro", all: ["t3.micro", "t3.large"], keyed: "bob-bob" });
    expect(values.id).toBe(Unknown);
    // A computed attribute is unknown, not missing: try cannot fall back.
    expect(values.tryMissing).toBe(Unknown);
  });

  it("reads files of the scanned tree only", async () => {
    const outcome = await scanSources(
      [
        { path: "infra/main.tf", text: `locals {\n  policy = file("\${path.module}/policy.json")\n  outside = file("../../etc/passwd")\n  rendered = templatefile("templates/user-data.tftpl", { port = 8080, hosts = ["a", "b"] })\n}\nresource "aws_iam_policy" "p" {\n  policy = local.policy\n}\nresource "aws_instance" "i" {\n  user_data = local.rendered\n  tags = { outside = local.outside }\n}\n` },
        { path: "infra/policy.json", text: `{"format_version": "x"}` },
      ],
      { rules: [] },
    );
    const instance = outcome.graph.get("terraform:infra::aws_instance.i")!;
    expect(instance.attributes.tags).toEqual({ outside: Unknown });
    // templatefile without the file in the scan: unknown.
    expect(instance.attributes.user_data).toBe(Unknown);
  });

  it("bounds the work: huge expansions and cycles become diagnostics, not hangs", async () => {
    const { values, diagnostics } = await evaluateLocals(
      { loop: "local.a", big: "length([for i in range(1000) : [for j in range(1000) : j]])" },
      { "more.tf": `locals {\n  a = local.b\n  b = [local.a]\n}\n` },
    );
    expect(values.loop).toEqual([Unknown]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain("terraform-cycle");
    expect(values.big).toBe(1000);
    const outcome = await scanSources([{ path: "main.tf", text: `resource "aws_instance" "fleet" {\n  count = 1000000\n}\n` }], { rules: [] });
    expect(outcome.diagnostics).toContainEqual(expect.objectContaining({ code: "terraform-expansion-limit" }));
    expect(outcome.graph.get("terraform:.::aws_instance.fleet")).toBeDefined();
  });
});

describe("count and for_each", () => {
  it("expands a for_each over a map into instances with Terraform's addresses; the open one is found", async () => {
    const outcome = await scanFixture("for-each", rules);
    expect(findingLines(outcome)).toEqual(['test-ssh-open main.tf:39 aws_security_group.web["admin"]']);
    const groups = outcome.graph.ofType("aws_security_group").map((group) => group.name);
    expect(groups).toEqual(['aws_security_group.web["admin"]', 'aws_security_group.web["app"]', 'aws_security_group.web["web"]']);
    const admin = outcome.graph.get('terraform:.::aws_security_group.web["admin"]')!;
    expect(admin.attributes).toMatchObject({
      name: "admin-sg",
      ingress: [
        { description: "admin from 0.0.0.0/0", from_port: 22, cidr_blocks: ["0.0.0.0/0"] },
        { description: "admin from 10.20.0.0/16", from_port: 22, cidr_blocks: ["10.20.0.0/16"] },
      ],
    });
    // Dynamic blocks point at their content block; every instance at the same lines.
    expect(admin.source.get(["ingress", 1, "cidr_blocks"])?.value.start.line).toBe(39);
    expect(outcome.graph.get('terraform:.::aws_security_group.web["web"]')!.source.header).toEqual(admin.source.header);
  });

  it("expands count with count.index, and drops resources whose count is zero", async () => {
    const outcome = await scanSources(
      [{ path: "main.tf", text: `variable "create" {\n  default = false\n}\nresource "aws_ebs_volume" "v" {\n  count     = 2\n  encrypted = count.index == 0\n}\nresource "aws_ebs_volume" "off" {\n  count = var.create ? 1 : 0\n}\n` }],
      { rules: [unencryptedVolume] },
    );
    expect(findingLines(outcome)).toEqual(["test-ebs-unencrypted main.tf:6 aws_ebs_volume.v[1]"]);
    expect(outcome.graph.ofType("aws_ebs_volume").map((volume) => volume.name)).toEqual(["aws_ebs_volume.v[0]", "aws_ebs_volume.v[1]"]);
  });

  it("keeps one unexpanded instance when count is unknown", async () => {
    const outcome = await scanSources([{ path: "main.tf", text: `resource "aws_ebs_volume" "v" {\n  count     = var.n\n  encrypted = false\n}\n` }], { rules: [unencryptedVolume] });
    expect(findingLines(outcome)).toEqual(["test-ebs-unencrypted main.tf:3 aws_ebs_volume.v"]);
  });

  it("links instances to the instance their reference selects", async () => {
    const outcome = await scanSources(
      [{ path: "main.tf", text: `resource "aws_s3_bucket" "b" {\n  count  = 2\n  bucket = "b\${count.index}"\n}\nresource "aws_s3_bucket_versioning" "v" {\n  count  = 2\n  bucket = aws_s3_bucket.b[count.index].id\n}\n` }],
      { rules: [] },
    );
    expect(outcome.graph.edgesFrom("terraform:.::aws_s3_bucket_versioning.v[1]").map((edge) => edge.to)).toEqual(["terraform:.::aws_s3_bucket.b[1]"]);
  });
});

describe("modules", () => {
  it("evaluates a two-deep module chain with its inputs; the finding carries the call chain", async () => {
    const outcome = await scanFixture("modules", rules);
    expect(findingLines(outcome)).toEqual(["test-rds-unencrypted modules/db/main.tf:7 module.app.module.db.aws_db_instance.x"]);
    const [finding] = outcome.findings;
    expect(finding.resource).toBe("terraform:.::module.app.module.db.aws_db_instance.x");
    expect(finding.related.map((related) => [related.location.file, related.location.start.line, related.message])).toEqual([
      ["modules/app/main.tf", 5, 'in module "db" called here'],
      ["main.tf", 9, 'in module "app" called here'],
    ]);
    expect(outcome.graph.get(finding.resource)!.attributes).toMatchObject({ identifier: "shop-staging-orders", instance_class: "db.t4g.micro" });
    // The called directories are not scanned again as roots of their own.
    expect([...outcome.graph.resources()].filter((resource) => resource.id.startsWith("terraform:modules/")).map((resource) => resource.type)).not.toContain("aws_db_instance");
    // Module outputs resolve through the chain (the endpoint itself is computed).
    expect(outcome.graph.edgesFrom("terraform:.::output.database_endpoint").map((edge) => edge.to)).toContain("terraform:.::module.app.module.db.aws_db_instance.x");
  });

  it("production inputs switch the finding off", async () => {
    const outcome = await scanFixture("modules", rules, { variables: [{ name: "environment", value: "production" }] });
    expect(outcome.findings).toEqual([]);
  });

  it("addresses count and for_each module instances", async () => {
    const outcome = await scanSources(
      [
        { path: "main.tf", text: `module "disk" {\n  source   = "./disk"\n  for_each = { a = true, b = false }\n  encrypt  = each.value\n}\nmodule "copy" {\n  source  = "./disk"\n  count   = 1\n  encrypt = module.disk["a"].encrypted\n}\n` },
        { path: "disk/main.tf", text: `variable "encrypt" {}\nresource "aws_ebs_volume" "this" {\n  encrypted = var.encrypt\n}\noutput "encrypted" {\n  value = aws_ebs_volume.this.encrypted\n}\n` },
      ],
      { rules: [unencryptedVolume] },
    );
    expect(outcome.graph.ofType("aws_ebs_volume").map((volume) => [volume.name, volume.attributes.encrypted])).toEqual([
      ['module.disk["a"].aws_ebs_volume.this', true],
      ['module.disk["b"].aws_ebs_volume.this', false],
      ["module.copy[0].aws_ebs_volume.this", true],
    ]);
    expect(findingLines(outcome)).toEqual(['test-ebs-unencrypted disk/main.tf:3 module.disk["b"].aws_ebs_volume.this']);
  });

  it("uses modules installed under .terraform/modules, and notes once those that are not", async () => {
    const outcome = await scanFixture("installed", rules);
    expect(findingLines(outcome)).toEqual(["test-ssh-open .terraform/modules/vpc/main.tf:27 module.vpc.aws_security_group.bastion"]);
    expect(outcome.findings[0].related.map((related) => `${related.location.file}:${related.location.start.line}`)).toEqual(["main.tf:1"]);
    const notes = outcome.diagnostics.filter((diagnostic) => diagnostic.code === "terraform-module-unavailable");
    expect(notes).toEqual([expect.objectContaining({ level: "note", file: "main.tf" })]);
    expect(notes[0].message).toContain('module "observability"');
    // Its outputs are unknown, so the volume that depends on one is not flagged.
    expect(outcome.graph.get("terraform:.::aws_ebs_volume.logs")!.attributes.encrypted).toBe(Unknown);
  });

  it("protects against module cycles", async () => {
    const outcome = await scanSources(
      [
        { path: "a/main.tf", text: `module "b" {\n  source = "../b"\n}\n` },
        { path: "b/main.tf", text: `module "a" {\n  source = "../a"\n}\nresource "aws_ebs_volume" "v" {}\n` },
      ],
      { rules: [] },
    );
    expect(outcome.diagnostics.map((diagnostic) => diagnostic.code)).toContain("terraform-module-cycle");
    expect(outcome.graph.ofType("aws_ebs_volume").length).toBeGreaterThan(0);
  });
});

describe("aws_iam_policy_document", () => {
  it("renders the policy JSON as the provider does, so .json reads like an inline policy", async () => {
    const outcome = await scanFixture("iam-policy-document", rules);
    expect(findingLines(outcome)).toEqual(["test-iam-admin main.tf:22 aws_iam_policy.deployer"]);
    const json = outcome.graph.get("terraform:.::data.aws_iam_policy_document.deployer")!.attributes.json as string;
    expect(JSON.parse(json)).toEqual({
      Version: "2012-10-17",
      Statement: [
        { Sid: "ReadArtifacts", Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::acme-artifacts/*", "arn:aws:s3:::acme-releases/*"] },
        { Sid: "Deploy", Effect: "Allow", Action: "*", Resource: "*" },
      ],
    });
  });

  it("lets statements replace source statements by sid and overrides replace or append", async () => {
    const { values } = await evaluateLocals(
      { json: "data.aws_iam_policy_document.p.json" },
      {
        "policy.tf": `data "aws_iam_policy_document" "p" {\n  source_policy_documents   = [jsonencode({ Statement = [{ Sid = "A", Effect = "Allow", Action = "s3:*", Resource = "*" }] })]\n  override_policy_documents = [jsonencode({ Statement = [{ Sid = "B", Effect = "Deny", Action = "iam:*", Resource = "*" }] })]\n  statement {\n    sid     = "A"\n    actions = ["s3:GetObject"]\n    resources = ["*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::111122223333:root"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:PrincipalTag/team"\n      values   = ["data"]\n    }\n  }\n}\n`,
      },
    );
    expect(JSON.parse(values.json as string).Statement).toEqual([
      {
        Sid: "A",
        Effect: "Allow",
        Action: "s3:GetObject",
        Resource: "*",
        Principal: { AWS: "arn:aws:iam::111122223333:root" },
        Condition: { StringEquals: { "aws:PrincipalTag/team": "data" } },
      },
      { Sid: "B", Effect: "Deny", Action: "iam:*", Resource: "*" },
    ]);
  });
});

describe("plan and HCL together", () => {
  it("gives the same findings as the HCL alone, once each, on .tf lines", async () => {
    const together = await scanFixture("plan-join", rules);
    const hclAlone = await scanFixture("plan-join", rules, { exclude: ["tfplan.json"] });
    expect(findingLines(together)).toEqual(findingLines(hclAlone));
    expect(findingLines(together)).toEqual([
      "test-ebs-unencrypted main.tf:8 aws_ebs_volume.data",
      "test-ebs-unencrypted storage/main.tf:9 module.storage.aws_ebs_volume.cache[0]",
      "test-ebs-unencrypted storage/main.tf:9 module.storage.aws_ebs_volume.cache[1]",
    ]);
    // The findings are on the plan's resources (its values), with the HCL's positions and call chain.
    const cache = together.findings.find((finding) => finding.resourceName === "module.storage.aws_ebs_volume.cache[1]")!;
    expect(cache.resource).toBe("terraform:tfplan.json::module.storage.aws_ebs_volume.cache[1]");
    expect(cache.related.map((related) => `${related.location.file}:${related.location.start.line}`)).toEqual(["main.tf:11"]);
    expect(together.graph.get("terraform:.::aws_ebs_volume.data")).toBeUndefined();
  });

  it("a plan scanned alone points into the plan file", async () => {
    const planAlone = await scanFixture("plan-join", rules, { paths: ["tfplan.json"] });
    expect(findingLines(planAlone).map((line) => line.split(" ")[1].split(":")[0])).toEqual(["tfplan.json", "tfplan.json", "tfplan.json"]);
  });
});
