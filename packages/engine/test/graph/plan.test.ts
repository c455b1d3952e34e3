import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ResourceGraph } from "../../src/graph/graph.js";
import { buildPlan, planOrigins } from "../../src/graph/terraform/build-plan.js";
import type { FileKind, TreeDocument } from "../../src/load/document.js";
import { parseJson } from "../../src/load/json.js";
import type { Resource } from "../../src/model/resource.js";
import { formatPath, rangeOf, type PathSegment } from "../../src/model/source.js";
import { isUnknown, type Value } from "../../src/model/value.js";

const fixtures = fileURLToPath(new URL("../fixtures/plans/", import.meta.url));

function documentOf(text: string, file: string, kind: FileKind): TreeDocument {
  const { root, diagnostics } = parseJson(text, file);
  expect(diagnostics).toEqual([]);
  return { file, kind, index: 0, root: root!, range: root!.range };
}

function fixture(name: string, kind: FileKind = "plan"): TreeDocument {
  return documentOf(readFileSync(fixtures + name, "utf8"), `plans/${name}`, kind);
}

function build(...documents: TreeDocument[]): ResourceGraph {
  const graph = new ResourceGraph();
  buildPlan(documents, graph);
  return graph;
}

function resource(graph: ResourceGraph, file: string, address: string): Resource {
  const found = graph.get(`terraform:plans/${file}::${address}`);
  if (!found) throw new Error(`no ${address} in ${file}`);
  return found;
}

/** Every path whose value is Unknown, rendered. */
function unknownPaths(value: Value, path: PathSegment[] = []): string[] {
  if (isUnknown(value)) return [formatPath(path)];
  if (Array.isArray(value)) return value.flatMap((item, index) => unknownPaths(item, [...path, index]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => unknownPaths(item, [...path, key]));
  return [];
}

/** Plain data with Unknown as its JSON form, to compare whole attribute trees. */
function plain(value: Value): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** Edges as [from, to, via] with the file prefix removed from ids, sorted. */
function edgesOf(graph: ResourceGraph): string[][] {
  const short = (id: string) => id.slice(id.indexOf("::") + 2);
  return graph
    .edges()
    .map((edge) => [short(edge.from), short(edge.to), formatPath(edge.via ?? []), edge.kind])
    .sort((a, b) => a.join(" ").localeCompare(b.join(" ")));
}

describe("buildPlan on a generated plan with modules two levels deep", () => {
  const graph = build(fixture("terraform-data/create.json"));
  const file = "terraform-data/create.json";

  it("adds one resource per instance, count and for_each keys and module instances included", () => {
    expect(graph.diagnostics).toEqual([]);
    expect([...graph.resources()].map((entry) => entry.name).sort()).toEqual(
      [
        "module.net.module.subnets[\"a\"].terraform_data.acl[\"egress\"]",
        "module.net.module.subnets[\"a\"].terraform_data.acl[\"ingress\"]",
        "module.net.module.subnets[\"a\"].terraform_data.subnet[0]",
        "module.net.module.subnets[\"a\"].terraform_data.subnet[1]",
        "module.net.module.subnets[\"b\"].terraform_data.acl[\"egress\"]",
        "module.net.module.subnets[\"b\"].terraform_data.acl[\"ingress\"]",
        "module.net.module.subnets[\"b\"].terraform_data.subnet[0]",
        "module.net.module.subnets[\"b\"].terraform_data.subnet[1]",
        "module.net.terraform_data.vpc",
        "terraform_data.bucket",
        "terraform_data.firewall",
        "terraform_data.key",
        "terraform_data.legacy[0]",
      ].sort(),
    );
    const acl = resource(graph, file, 'module.net.module.subnets["b"].terraform_data.acl["egress"]');
    expect(acl).toMatchObject({
      id: 'terraform:plans/terraform-data/create.json::module.net.module.subnets["b"].terraform_data.acl["egress"]',
      platform: "terraform",
      origin: "plan",
      type: "terraform_data",
      mode: "managed",
      name: 'module.net.module.subnets["b"].terraform_data.acl["egress"]',
    });
  });

  it("marks Unknown at exactly the paths after_unknown marks, including keys after lacks", () => {
    const bucket = resource(graph, file, "terraform_data.bucket");
    expect(unknownPaths(bucket.attributes).sort()).toEqual(["id", "input.encryption[0].rule.key", "output"]);
    expect(plain(bucket.attributes)).toEqual({
      input: { encryption: [{ rule: { algorithm: "aws:kms", key: "(unknown)" } }], name: "logs-dev" },
      triggers_replace: null,
      id: "(unknown)",
      output: "(unknown)",
    });
    const firewall = resource(graph, file, "terraform_data.firewall");
    expect(unknownPaths(firewall.attributes).sort()).toEqual(["id", "input[0]", "input[1]", "output", "triggers_replace[0]"]);
    const subnet = resource(graph, file, 'module.net.module.subnets["a"].terraform_data.subnet[0]');
    expect(unknownPaths(subnet.attributes).sort()).toEqual(["id", "input.vpc", "output"]);
    expect(plain(subnet.attributes)).toMatchObject({ input: { rules: [{ cidr: "0.0.0.0/0", port: 443 }], zone: "a" } });
  });

  it("maps attribute paths, relative to the attributes, to their place in the plan file", () => {
    const subnet = resource(graph, file, 'module.net.module.subnets["a"].terraform_data.subnet[0]');
    expect(subnet.source.file).toBe("plans/terraform-data/create.json");
    expect(subnet.source.range).toEqual(rangeOf(572, 5, 617, 6));
    expect(subnet.source.header).toEqual(rangeOf(573, 7, 573, 77));
    expect(subnet.source.get(["input", "rules", 0, "port"])).toEqual({ key: rangeOf(590, 17, 590, 23), value: rangeOf(590, 25, 590, 28) });
    expect(subnet.source.get(["input", "rules", 0])).toEqual({ value: rangeOf(588, 15, 591, 16) });
    expect(subnet.source.paths().some((path) => path.startsWith("change"))).toBe(false);
    // A computed attribute has no text in the plan: findings about it fall back to the resource header.
    expect(subnet.source.locate(["id"])).toEqual({ range: rangeOf(573, 7, 573, 77), exact: false });
  });

  it("links references across module boundaries through variables and outputs, per module instance", () => {
    const a = 'module.net.module.subnets["a"]';
    const b = 'module.net.module.subnets["b"]';
    expect(edgesOf(graph)).toEqual(
      [
        [`${a}.terraform_data.acl["egress"]`, `${a}.terraform_data.subnet[0]`, "input", "references"],
        [`${a}.terraform_data.acl["ingress"]`, `${a}.terraform_data.subnet[0]`, "input", "references"],
        [`${a}.terraform_data.subnet[0]`, "module.net.terraform_data.vpc", "input", "references"],
        [`${a}.terraform_data.subnet[1]`, "module.net.terraform_data.vpc", "input", "references"],
        [`${b}.terraform_data.acl["egress"]`, `${b}.terraform_data.subnet[0]`, "input", "references"],
        [`${b}.terraform_data.acl["ingress"]`, `${b}.terraform_data.subnet[0]`, "input", "references"],
        [`${b}.terraform_data.subnet[0]`, "module.net.terraform_data.vpc", "input", "references"],
        [`${b}.terraform_data.subnet[1]`, "module.net.terraform_data.vpc", "input", "references"],
        ["module.net.terraform_data.vpc", "terraform_data.key", "input", "references"],
        ["terraform_data.bucket", "terraform_data.key", "input", "references"],
        ["terraform_data.firewall", `${a}.terraform_data.subnet[0]`, "input", "references"],
        ["terraform_data.firewall", `${b}.terraform_data.subnet[0]`, "input", "references"],
        ["terraform_data.firewall", "terraform_data.bucket", "triggers_replace", "references"],
      ].sort((x, y) => x.join(" ").localeCompare(y.join(" "))),
    );
  });

  it("records the module call chain and the address in module of every instance", () => {
    const origins = planOrigins(graph);
    expect(origins.size).toBe(13);
    const id = 'terraform:plans/terraform-data/create.json::module.net.module.subnets["b"].terraform_data.acl["ingress"]';
    expect(origins.get(id)).toEqual({
      moduleCallChain: ["net", "subnets"],
      configAddress: "terraform_data.acl",
      moduleAddress: 'module.net.module.subnets["b"]',
      index: "ingress",
      configuration: { file: "plans/terraform-data/create.json", ...rangeOf(984, 21, 1007, 22) },
    });
    expect(origins.get("terraform:plans/terraform-data/create.json::terraform_data.key")).toMatchObject({ moduleCallChain: [], configAddress: "terraform_data.key" });
  });

  it("reads the minified plan into the same resources and edges, positioned on line 1", () => {
    const minified = build(fixture("terraform-data/create.min.json"));
    expect(edgesOf(minified)).toEqual(edgesOf(graph));
    for (const entry of graph.resources()) {
      const twin = resource(minified, "terraform-data/create.min.json", entry.name);
      expect(plain(twin.attributes)).toEqual(plain(entry.attributes));
      expect(twin.source.header.start.line).toBe(1);
    }
    const port = resource(minified, "terraform-data/create.min.json", 'module.net.module.subnets["a"].terraform_data.subnet[0]').source.get(["input", "rules", 0, "port"]);
    expect(port?.value.start.line).toBe(1);
    expect(port?.value.start.column).toBeGreaterThan(1000);
  });
});

describe("buildPlan on plans with deletes, no-ops and drift", () => {
  it("skips a delete-only change and keeps no-op and updated resources", () => {
    const graph = build(fixture("terraform-data/change.json"));
    expect(graph.diagnostics).toEqual([]);
    expect(graph.size).toBe(12);
    expect(graph.get("terraform:plans/terraform-data/change.json::terraform_data.legacy[0]")).toBeUndefined();
    const key = resource(graph, "terraform-data/change.json", "terraform_data.key");
    expect(plain(key.attributes)).toMatchObject({ input: "key-prod", output: "(unknown)" });
    expect(typeof key.attributes.id).toBe("string");
    expect(resource(graph, "terraform-data/change.json", "module.net.terraform_data.vpc").attributes.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reads a format 0.1 plan: nested block unknowns, planned-only resources, prior-state data sources, nested block references", () => {
    const graph = build(fixture("format-0.1.json"));
    const file = "format-0.1.json";
    expect(graph.diagnostics).toEqual([]);
    expect([...graph.resources()].map((entry) => [entry.name, entry.mode])).toEqual([
      ["aws_kms_key.logs", "managed"],
      ["aws_s3_bucket.logs", "managed"],
      ["module.audit.aws_cloudtrail.main", "managed"],
      ["aws_s3_bucket_public_access_block.logs", "managed"],
      ["data.aws_caller_identity.current", "data"],
    ]);
    const bucket = resource(graph, file, "aws_s3_bucket.logs");
    expect(unknownPaths(bucket.attributes).sort()).toEqual([
      "arn",
      "id",
      "server_side_encryption_configuration[0].rule[0].apply_server_side_encryption_by_default[0].kms_master_key_id",
    ]);
    expect(
      plain(bucket.attributes) as { server_side_encryption_configuration: unknown },
    ).toMatchObject({
      server_side_encryption_configuration: [
        { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: "aws:kms", kms_master_key_id: "(unknown)" }] }] },
      ],
    });

    const block = resource(graph, file, "aws_s3_bucket_public_access_block.logs");
    expect(block.source.range).toEqual(rangeOf(49, 9, 60, 10));
    expect(block.attributes).toMatchObject({ block_public_acls: true });
    expect(unknownPaths(resource(graph, file, "data.aws_caller_identity.current").attributes)).toEqual([]);

    expect(edgesOf(graph)).toEqual([
      ["aws_s3_bucket_public_access_block.logs", "aws_s3_bucket.logs", "bucket", "references"],
      [
        "aws_s3_bucket.logs",
        "aws_kms_key.logs",
        "server_side_encryption_configuration[0].rule[0].apply_server_side_encryption_by_default[0].kms_master_key_id",
        "references",
      ],
      ["module.audit.aws_cloudtrail.main", "aws_s3_bucket.logs", "s3_bucket_name", "references"],
      ["module.audit.aws_cloudtrail.main", "data.aws_caller_identity.current", "tags", "references"],
    ]);
    expect(planOrigins(graph).get("terraform:plans/format-0.1.json::module.audit.aws_cloudtrail.main")).toEqual({
      moduleCallChain: ["audit"],
      configAddress: "aws_cloudtrail.main",
      moduleAddress: "module.audit",
      index: undefined,
      configuration: { file: "plans/format-0.1.json", ...rangeOf(279, 15, 292, 16) },
    });
  });

  it("reads a 1.2 plan: replaces kept, deposed, deleted and forgotten objects skipped, drift not taken as planned", () => {
    const graph = build(fixture("drift-1.2.json"));
    const file = "drift-1.2.json";
    expect(graph.diagnostics).toEqual([]);
    expect([...graph.resources()].map((entry) => entry.name)).toEqual(["aws_security_group.web", "aws_instance.app", "data.aws_iam_policy_document.trust"]);

    const group = resource(graph, file, "aws_security_group.web");
    expect(unknownPaths(group.attributes)).toEqual(["egress[0].cidr_blocks[0]"]);
    expect(plain(group.attributes)).toMatchObject({
      egress: [{ cidr_blocks: ["(unknown)", "10.0.0.0/8"] }],
      ingress: [{ cidr_blocks: ["10.0.0.0/8"], from_port: 443 }],
    });

    const app = resource(graph, file, "aws_instance.app");
    expect(app.attributes.ami).toBe("ami-2");
    expect(unknownPaths(app.attributes).sort()).toEqual(["id", "root_block_device", "tags_all.Name"]);
    expect(plain(app.attributes)).toMatchObject({ tags_all: { Env: "prod", Name: "(unknown)" } });

    const trust = resource(graph, file, "data.aws_iam_policy_document.trust");
    expect(trust.mode).toBe("data");
    expect(unknownPaths(trust.attributes).sort()).toEqual(["id", "json", "statement[0].principals[0].identifiers"]);
    expect(plain(trust.attributes)).toMatchObject({ statement: [{ actions: ["sts:AssumeRole"], principals: [{ type: "Service" }] }] });

    expect(edgesOf(graph)).toEqual([
      ["aws_instance.app", "aws_security_group.web", "vpc_security_group_ids", "references"],
      ["data.aws_iam_policy_document.trust", "aws_instance.app", "statement[0].principals[0].identifiers", "references"],
    ]);
  });

  it("links a reference without index to every instance of a counted resource, and an indexed one to that instance", () => {
    const plan = {
      format_version: "1.2",
      resource_changes: [
        "aws_security_group_rule.r[0]",
        "aws_security_group_rule.r[1]",
        "aws_instance.x",
        "aws_instance.y",
        "aws_eip.e[0]",
        "aws_eip.e[1]",
        "aws_eip.e[2]",
      ].map((address) => ({
        address,
        change: { actions: ["create"], after: {}, after_unknown: {} },
      })),
      configuration: {
        root_module: {
          resources: [
            { address: "aws_security_group_rule.r", type: "aws_security_group_rule", name: "r", count_expression: { constant_value: 2 } },
            {
              address: "aws_instance.x",
              type: "aws_instance",
              name: "x",
              expressions: { rules: { references: ["aws_security_group_rule.r"] } },
              depends_on: ["aws_instance.y"],
            },
            {
              address: "aws_instance.y",
              type: "aws_instance",
              name: "y",
              expressions: { rule: { references: ["aws_security_group_rule.r[1].id", "aws_security_group_rule.r[1]", "aws_security_group_rule.r"] } },
              count_expression: { references: ["aws_instance.missing", "local.n", "each.key", "path.module"] },
            },
            {
              // `rule = aws_security_group_rule.r[count.index].id`, `instance = aws_instance.x.id`
              address: "aws_eip.e",
              type: "aws_eip",
              name: "e",
              count_expression: { constant_value: 3 },
              expressions: {
                rule: { references: ["aws_security_group_rule.r", "count.index"] },
                instance: { references: ["aws_instance.x.id", "aws_instance.x", "count.index"] },
              },
            },
          ],
        },
      },
    };
    const graph = build(documentOf(JSON.stringify(plan), "inline.json", "plan"));
    expect(graph.diagnostics).toEqual([]);
    expect(edgesOf(graph)).toEqual([
      // Instances pair by index where the target has one; e[2] has no partner, so it keeps every rule.
      ["aws_eip.e[0]", "aws_instance.x", "instance", "references"],
      ["aws_eip.e[0]", "aws_security_group_rule.r[0]", "rule", "references"],
      ["aws_eip.e[1]", "aws_instance.x", "instance", "references"],
      ["aws_eip.e[1]", "aws_security_group_rule.r[1]", "rule", "references"],
      ["aws_eip.e[2]", "aws_instance.x", "instance", "references"],
      ["aws_eip.e[2]", "aws_security_group_rule.r[0]", "rule", "references"],
      ["aws_eip.e[2]", "aws_security_group_rule.r[1]", "rule", "references"],
      ["aws_instance.x", "aws_instance.y", "depends_on", "references"],
      ["aws_instance.x", "aws_security_group_rule.r[0]", "rules", "references"],
      ["aws_instance.x", "aws_security_group_rule.r[1]", "rules", "references"],
      ["aws_instance.y", "aws_security_group_rule.r[1]", "rule", "references"],
    ]);
  });
});

describe("buildPlan on state and broken documents", () => {
  it("adds every state resource with origin state and its own id", () => {
    const graph = build(fixture("terraform-data/state.json", "state"), fixture("terraform-data/create.json"));
    expect(graph.diagnostics).toEqual([]);
    expect(graph.size).toBe(26);
    const file = "terraform-data/state.json";
    const acl = resource(graph, file, 'module.net.module.subnets["a"].terraform_data.acl["ingress"]');
    expect(acl).toMatchObject({ origin: "state", platform: "terraform", type: "terraform_data", mode: "managed" });
    expect(acl.id).toBe('terraform:plans/terraform-data/state.json::module.net.module.subnets["a"].terraform_data.acl["ingress"]');
    expect(plain(acl.attributes)).toMatchObject({ input: { port: 443 }, output: { port: 443 } });
    const stateResources = [...graph.resources()].filter((entry) => entry.origin === "state");
    expect(stateResources.flatMap((entry) => unknownPaths(entry.attributes))).toEqual([]);
    expect(stateResources.every((entry) => graph.edgesFrom(entry.id).length === 0)).toBe(true);
    expect(planOrigins(graph).get(acl.id)).toMatchObject({ moduleCallChain: ["net", "subnets"], configAddress: "terraform_data.acl", index: "ingress" });
  });

  it("pins the position of a nested attribute of a state resource in a child module", () => {
    const graph = build(fixture("terraform-data/state.json", "state"));
    const text = readFileSync(fixtures + "terraform-data/state.json", "utf8").split("\n");
    const vpc = resource(graph, "terraform-data/state.json", "module.net.terraform_data.vpc");
    const cidr = vpc.source.get(["output", "cidr"])!;
    const line = text[cidr.key!.start.line - 1];
    expect(line.slice(cidr.key!.start.column - 1, cidr.value.end.column - 1)).toBe('"cidr": "10.0.0.0/16"');
    expect(text.slice(0, cidr.key!.start.line - 1).some((earlier) => earlier.includes('"address": "module.net.terraform_data.vpc"'))).toBe(true);
  });

  it("records a wrong-shaped plan as a diagnostic with its line and adds nothing", () => {
    const graph = build(fixture("wrong-shape.json"));
    expect(graph.size).toBe(0);
    expect(graph.diagnostics).toMatchObject([{ level: "error", code: "plan-shape", range: { start: { line: 4, column: 23 } } }]);
  });

  it("ignores documents of other kinds", () => {
    const graph = build(documentOf('{"apiVersion": "v1", "kind": "Pod"}', "pod.json", "kubernetes"));
    expect(graph.size).toBe(0);
    expect(graph.diagnostics).toEqual([]);
  });
});
