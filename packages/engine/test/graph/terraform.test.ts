import { describe, expect, it } from "vitest";
import { ResourceGraph } from "../../src/graph/graph.js";
import { buildTerraform, terraformAddress, terraformModules } from "../../src/graph/terraform/build-terraform.js";
import { encodeJson, evaluateStatic, formatNumber } from "../../src/graph/terraform/literal.js";
import type { HclDocument, HclExpression } from "../../src/load/hcl/ast.js";
import { loadHcl } from "../../src/load/hcl/load-hcl.js";
import { loadTfJson } from "../../src/load/hcl/load-tf-json.js";
import { rangeOf } from "../../src/model/source.js";
import { isUnknown, Unknown } from "../../src/model/value.js";

async function documents(files: Record<string, string>): Promise<HclDocument[]> {
  const out: HclDocument[] = [];
  for (const [path, text] of Object.entries(files)) {
    const result = path.endsWith(".json")
      ? await loadTfJson({ path, text, kind: path.includes(".tfvars") ? "tfvars" : "terraform-json" })
      : await loadHcl({ path, text, kind: path.endsWith(".tfvars") ? "tfvars" : "terraform" });
    expect(result.diagnostics).toEqual([]);
    out.push(...result.documents);
  }
  return out;
}

async function build(files: Record<string, string>): Promise<ResourceGraph> {
  const graph = new ResourceGraph();
  buildTerraform(await documents(files), graph);
  return graph;
}

async function valueOf(source: string): Promise<unknown> {
  const [document] = await documents({ "v.tf": `x = ${source}\n` });
  return evaluateStatic(document.body.attributes[0].expression as HclExpression);
}

const storage = `resource "aws_s3_bucket" "data" {
  bucket = "analytics-data"
  tags = {
    Name = "analytics"
  }

  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = local.key_arn
    }
  }
}

resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    cidr_blocks = ["10.0.0.0/8", var.office_cidr]
  }
  dynamic "egress" {
    for_each = var.egress_rules
    content {
      cidr_blocks = [egress.value.cidr]
      description = data.aws_region.current.name
    }
  }
}

data "aws_region" "current" {}

locals {
  key_arn = aws_kms_key.data.arn
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
  count               = var.enabled ? 1 : 0
  lifecycle {
    prevent_destroy = true
  }
}

variable "office_cidr" {
  type = string
}

variable "egress_rules" {
  type = list(object({ cidr = string }))
}

variable "enabled" {
  type = bool
}

module "network" {
  source = "./modules/network"
  cidr   = var.office_cidr
}

output "bucket_arn" {
  value = aws_s3_bucket.data.arn
}

provider "aws" {
  region = "eu-west-3"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
`;

describe("buildTerraform: resources", () => {
  it("adds every declared object with its address, type, mode and directory-scoped id", async () => {
    const graph = await build({ "terraform/aws/main.tf": storage });
    const summary = [...graph.resources()].map((resource) => [resource.id, resource.type, resource.mode, resource.name]);
    expect(summary).toEqual([
      ["terraform:terraform/aws::aws_s3_bucket.data", "aws_s3_bucket", "managed", "aws_s3_bucket.data"],
      [
        "terraform:terraform/aws::aws_s3_bucket_server_side_encryption_configuration.data",
        "aws_s3_bucket_server_side_encryption_configuration",
        "managed",
        "aws_s3_bucket_server_side_encryption_configuration.data",
      ],
      ["terraform:terraform/aws::aws_security_group.web", "aws_security_group", "managed", "aws_security_group.web"],
      ["terraform:terraform/aws::data.aws_region.current", "aws_region", "data", "data.aws_region.current"],
      ["terraform:terraform/aws::aws_kms_key.data", "aws_kms_key", "managed", "aws_kms_key.data"],
      ["terraform:terraform/aws::var.office_cidr", "variable", "variable", "var.office_cidr"],
      ["terraform:terraform/aws::var.egress_rules", "variable", "variable", "var.egress_rules"],
      ["terraform:terraform/aws::var.enabled", "variable", "variable", "var.enabled"],
      ["terraform:terraform/aws::module.network", "module", "module", "module.network"],
      ["terraform:terraform/aws::output.bucket_arn", "output", "output", "output.bucket_arn"],
      ["terraform:terraform/aws::provider.aws", "provider", "provider", "provider.aws"],
      ["terraform:terraform/aws::provider.aws.us", "provider", "provider", "provider.aws.us"],
    ]);
    const bucket = graph.get("terraform:terraform/aws::aws_s3_bucket.data");
    expect(bucket).toMatchObject({ platform: "terraform", origin: "hcl" });
    expect(terraformAddress(bucket!)).toBe("aws_s3_bucket.data");
  });

  it("uses . for files at the scan root", async () => {
    const graph = await build({ "main.tf": `resource "random_id" "x" {}\n` });
    expect([...graph.resources()].map((resource) => resource.id)).toEqual(["terraform:.::random_id.x"]);
  });

  it("turns attributes into values and nested blocks into lists of objects, as plans do", async () => {
    const graph = await build({ "main.tf": storage });
    expect(graph.get("terraform:.::aws_s3_bucket.data")?.attributes).toEqual({
      bucket: "analytics-data",
      tags: { Name: "analytics" },
      versioning: [{ enabled: true }],
    });
    const encryption = graph.get("terraform:.::aws_s3_bucket_server_side_encryption_configuration.data")!.attributes;
    expect(encryption).toEqual({
      bucket: Unknown,
      rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: "aws:kms", kms_master_key_id: Unknown }] }],
    });
    const group = graph.get("terraform:.::aws_security_group.web")!.attributes;
    expect(group.ingress).toEqual([{ from_port: 443, cidr_blocks: ["10.0.0.0/8", Unknown] }]);
    expect(isUnknown(group.egress)).toBe(true);
    // Meta-arguments are attributes too.
    expect(graph.get("terraform:.::aws_kms_key.data")!.attributes).toEqual({
      enable_key_rotation: true,
      count: Unknown,
      lifecycle: [{ prevent_destroy: true }],
    });
  });

  it("maps every attribute path to its key and value", async () => {
    const bucket = (await build({ "main.tf": storage })).get("terraform:.::aws_s3_bucket.data")!;
    expect(bucket.source.file).toBe("main.tf");
    expect(bucket.source.range).toEqual(rangeOf(1, 1, 10, 2));
    expect(bucket.source.header).toEqual(rangeOf(1, 1, 1, 34));
    expect(bucket.source.get(["bucket"])).toEqual({ key: rangeOf(2, 3, 2, 9), value: rangeOf(2, 12, 2, 28) });
    expect(bucket.source.get(["tags", "Name"])).toEqual({ key: rangeOf(4, 5, 4, 9), value: rangeOf(4, 12, 4, 23) });
    expect(bucket.source.get(["versioning", 0])).toEqual({ key: rangeOf(7, 3, 7, 13), value: rangeOf(7, 3, 9, 4) });
    expect(bucket.source.get(["versioning", 0, "enabled"])).toEqual({ key: rangeOf(8, 5, 8, 12), value: rangeOf(8, 15, 8, 19) });
    // A missing setting points at the block that should hold it.
    expect(bucket.source.locate(["versioning", 0, "mfa_delete"])).toEqual({ range: rangeOf(7, 3, 7, 13), exact: false });

    const group = (await build({ "main.tf": storage })).get("terraform:.::aws_security_group.web")!;
    expect(group.source.get(["ingress", 0, "cidr_blocks", 1])).toEqual({ value: rangeOf(26, 34, 26, 49) });
    expect(group.source.get(["egress"])).toEqual({ key: rangeOf(28, 11, 28, 19), value: rangeOf(28, 3, 34, 4) });
  });

  it("warns about a duplicate address and keeps the first declaration", async () => {
    const graph = await build({
      "a.tf": `resource "aws_s3_bucket" "b" {\n  bucket = "first"\n}\n`,
      "b.tf": `\nresource "aws_s3_bucket" "b" {\n  bucket = "second"\n}\n`,
    });
    expect(graph.get("terraform:.::aws_s3_bucket.b")?.attributes.bucket).toBe("first");
    expect(graph.diagnostics).toEqual([
      {
        level: "warning",
        code: "terraform-duplicate",
        message: "b.tf:2:1: aws_s3_bucket.b is already declared at a.tf:1; the first declaration is used",
        file: "b.tf",
        range: { file: "b.tf", ...rangeOf(2, 1, 2, 31) },
      },
    ]);
  });

  it("keeps __proto__ keys as plain data", async () => {
    const graph = await build({ "main.tf": `resource "x" "y" {\n  tags = { "__proto__" = "a", constructor = "b" }\n}\n` });
    const tags = graph.get("terraform:.::x.y")!.attributes.tags as Record<string, unknown>;
    expect(Object.getPrototypeOf(tags)).toBe(null);
    expect(Object.keys(tags)).toEqual(["__proto__", "constructor"]);
    expect(tags["__proto__"]).toBe("a");
    expect(graph.get("terraform:.::x.y")!.source.get(["tags", "__proto__"])?.value).toEqual(rangeOf(2, 26, 2, 29));
  });

  it("reads .tf.json resources the same way, with origin tf-json, and ignores variable files", async () => {
    const graph = await build({
      "json/main.tf.json": `{"resource": {"aws_s3_bucket": {"b": {"bucket": "x", "versioning": {"enabled": true}, "policy": "\${aws_iam_policy_document.p.json}"}}}}`,
      "json/prod.tfvars": `region = "eu-west-1"\n`,
    });
    const bucket = graph.get("terraform:json::aws_s3_bucket.b")!;
    expect(bucket).toMatchObject({ origin: "tf-json", attributes: { bucket: "x", versioning: [{ enabled: true }] } });
    expect(graph.size).toBe(1);
    expect(graph.edgesFrom(bucket.id)).toEqual([
      { from: bucket.id, to: "terraform:json::aws_iam_policy_document.p", kind: "references", via: ["policy"] },
    ]);
  });

  it("groups documents into modules by directory and indexes locals", async () => {
    const modules = terraformModules(
      await documents({
        "b/main.tf": `locals {\n  name = "b"\n}\n`,
        "a/vars.tfvars": `x = 1\n`,
        "a/main.tf": `locals {\n  name = "a"\n}\n`,
      }),
    );
    expect(modules.map((module) => [module.dir, module.documents.length, module.variableFiles.length, [...module.locals.keys()]])).toEqual([
      ["a", 1, 1, ["name"]],
      ["b", 1, 0, ["name"]],
    ]);
  });
});

describe("buildTerraform: reference edges", () => {
  it("links a resource to what it references, with the attribute path as via", async () => {
    const graph = await build({ "main.tf": storage });
    const edges = (from: string) =>
      graph.edgesFrom(`terraform:.::${from}`).map((edge) => [edge.kind, edge.to.replace("terraform:.::", ""), edge.via]);
    expect(edges("aws_s3_bucket_server_side_encryption_configuration.data")).toEqual([
      ["references", "aws_s3_bucket.data", ["bucket"]],
      // Through local.key_arn to the key it names.
      ["references", "aws_kms_key.data", ["rule", 0, "apply_server_side_encryption_by_default", 0, "kms_master_key_id"]],
    ]);
    expect(edges("aws_security_group.web")).toEqual([
      ["references", "var.office_cidr", ["ingress", 0, "cidr_blocks", 1]],
      ["references", "var.egress_rules", ["egress"]],
      // egress.value is the dynamic block's iterator, not a resource.
      ["references", "data.aws_region.current", ["egress"]],
    ]);
    expect(edges("aws_kms_key.data")).toEqual([["references", "var.enabled", ["count"]]]);
    expect(edges("module.network")).toEqual([["references", "var.office_cidr", ["cidr"]]]);
    expect(edges("output.bucket_arn")).toEqual([["references", "aws_s3_bucket.data", ["value"]]]);
    expect(graph.sources("terraform:.::aws_s3_bucket.data").map((resource) => resource.name)).toEqual([
      "aws_s3_bucket_server_side_encryption_configuration.data",
      "output.bucket_arn",
    ]);
  });

  it("skips context roots, for-expression variables and self references", async () => {
    const graph = await build({
      "main.tf": `resource "aws_instance" "web" {
  count = 2
  tags = {
    Name  = "web-\${count.index}-\${terraform.workspace}"
    Path  = path.module
    Ids   = join(",", [for s in module.net.subnets : s.id])
    Names = "%{ for n in var.names }\${n}%{ endfor }"
  }
  user_data = aws_instance.web[0].id
  subnet    = aws_subnet.private[*].id
}
`,
    });
    // count = 2 gives two instances; the first refers to itself through aws_instance.web[0].
    expect(graph.edgesFrom("terraform:.::aws_instance.web[0]").map((edge) => [edge.to, edge.via])).toEqual([
      ["terraform:.::module.net", ["tags", "Ids"]],
      ["terraform:.::var.names", ["tags", "Names"]],
      ["terraform:.::aws_subnet.private", ["subnet"]],
    ]);
  });

  it("stops at cycles between locals", async () => {
    const graph = await build({
      "main.tf": `locals {\n  a = local.b\n  b = [local.a, var.x]\n}\nresource "r" "n" {\n  v = local.a\n}\n`,
    });
    expect(graph.edgesFrom("terraform:.::r.n").map((edge) => edge.to)).toEqual(["terraform:.::var.x"]);
  });
});

describe("evaluateStatic", () => {
  it("evaluates literals, collections and literal templates", async () => {
    expect(await valueOf(`[1, "a", true, null, -2, !false]`)).toEqual([1, "a", true, null, -2, true]);
    expect(await valueOf(`{ a = { b = [1] }, "c d" = 2, 3 = "n" }`)).toEqual({ a: { b: [1] }, "c d": 2, "3": "n" });
    expect(await valueOf(`"x-\${"y"}-\${1.5}-\${true}"`)).toBe("x-y-1.5-true");
    expect(await valueOf(`<<-EOT\n    line one\n      line two\n    EOT`)).toBe("line one\n  line two\n");
    expect(await valueOf(`("p")`)).toBe("p");
  });

  it("keeps the known parts of partially known collections", async () => {
    expect(await valueOf(`[var.a, 1]`)).toEqual([Unknown, 1]);
    expect(await valueOf(`{ a = var.a, b = "k" }`)).toEqual({ a: Unknown, b: "k" });
    // An unknown key could be any key.
    expect(await valueOf(`{ (var.k) = 1, b = 2 }`)).toBe(Unknown);
  });

  it("returns Unknown for anything that needs context", async () => {
    for (const source of [`var.x`, `upper("a")`, `1 + 2`, `true ? 1 : 2`, `"a\${var.b}"`, `"%{ if true }a%{ endif }"`, `[for x in [1] : x]`, `-"a"`]) {
      expect(await valueOf(source), source).toBe(Unknown);
    }
    // A template that is a single interpolation is the value itself.
    expect(await valueOf(`"\${[1, 2]}"`)).toEqual([1, 2]);
    expect(await valueOf(`"\${null}"`)).toBe(null);
  });

  it("encodes jsonencode of known values as Terraform does", async () => {
    expect(await valueOf(`jsonencode({ b = 1, a = "x", B = [true, null, 1.5, "<&>"] })`)).toBe('{"B":[true,null,1.5,"\\u003c\\u0026\\u003e"],"a":"x","b":1}');
    expect(
      await valueOf(`jsonencode({
        Version = "2012-10-17"
        Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Principal = "*", Resource = "arn:aws:s3:::b/*" }]
      })`),
    ).toBe('{"Statement":[{"Action":["s3:GetObject"],"Effect":"Allow","Principal":"*","Resource":"arn:aws:s3:::b/*"}],"Version":"2012-10-17"}');
    // Partly known documents stay decoded so policy rules can read their known parts.
    expect(await valueOf(`jsonencode({ a = var.x, b = "y" })`)).toEqual({ a: Unknown, b: "y" });
    expect(await valueOf(`jsonencode(var.x)`)).toBe(Unknown);
  });

  it("writes strings and numbers as Go's encoder does", () => {
    expect(encodeJson("a\"\\\n\r\t\b\f\u0001\u2028\u2029é😀")).toBe('"a\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u2028\\u2029é😀"');
    expect(encodeJson({ é: 1, z: 2, _: 3, A: 4 })).toBe('{"A":4,"_":3,"z":2,"é":1}');
    expect(formatNumber(1e21)).toBe("1000000000000000000000");
    expect(formatNumber(3e-7)).toBe("0.0000003");
    expect(formatNumber(-1.5e-7)).toBe("-0.00000015");
    expect(formatNumber(123456789.125)).toBe("123456789.125");
    expect(formatNumber(-0)).toBe("-0");
  });
});
