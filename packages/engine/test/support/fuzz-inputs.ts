import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

/** The same cases on every run, so that CI is deterministic; a failure prints the seed and path to replay it. */
export const FUZZ_SEED = 20_260_127;

/**
 * fast-check parameters: a fixed seed and number of runs in CI;
 * `TOLLGATE_FUZZ_SEED` and `TOLLGATE_FUZZ_RUNS` explore further by hand.
 */
export function fuzzParameters(runs: number): { seed: number; numRuns: number } {
  const seed = Number(process.env.TOLLGATE_FUZZ_SEED ?? FUZZ_SEED);
  const numRuns = Number(process.env.TOLLGATE_FUZZ_RUNS ?? runs);
  return { seed, numRuns };
}

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export function fixture(file: string): string {
  return readFileSync(path.join(repositoryRoot, "fixtures", file), "utf8");
}

/** Terraform that exercises the evaluator: variables, locals, for, splats, templates, heredocs, dynamic blocks, count, functions. */
export const TERRAFORM_SEED = `variable "names" {
  type    = list(string)
  default = ["a", "b"]
}
locals {
  tags   = { for name in var.names : name => upper(name) if name != "" }
  joined = join(",", [for k, v in local.tags : "\${k}=\${v}"])
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
  text   = <<-EOT
    %{ for name in var.names }\${name}%{ endfor }
  EOT
}
resource "aws_s3_bucket" "b" {
  count  = length(var.names)
  bucket = "\${var.names[count.index]}-\${local.joined}"
  acl    = try(regex("^p", "public-read"), "private") == "p" ? "public-read" : "private"
  dynamic "server_side_encryption_configuration" {
    for_each = toset(var.names)
    content {
      rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" } }
    }
  }
}
resource "aws_iam_policy" "p" {
  policy = local.policy
  tags   = merge(local.tags, { Name = aws_s3_bucket.b[*].id[0] })
}
module "m" {
  source = "./modules/m"
  value  = local.text
}
`;

export const TF_JSON_SEED = JSON.stringify({
  variable: { region: { default: "us-east-1" } },
  locals: { name: "${var.region}-bucket", list: ["${upper(var.region)}", "%{ if true }x%{ endif }"] },
  resource: { aws_s3_bucket: { b: { bucket: "${local.name}", acl: "public-read", tags: { a: "${1 + 2}" } } } },
});

export const WORKFLOW_SEED = `name: ci
on:
  pull_request_target:
  issues: { types: [opened] }
permissions: write-all
jobs:
  build:
    runs-on: [self-hosted, linux]
    env: { TOKEN: "\${{ secrets.TOKEN }}" }
    steps:
      - uses: actions/checkout@v4
        with: { ref: "\${{ github.event.pull_request.head.sha }}" }
      - run: |
          echo "\${{ github.event.issue.title }}"
          curl -sSL https://example.com/install.sh | bash
      - uses: aws-actions/configure-aws-credentials@v4
        with: { role-to-assume: "arn:aws:iam::123456789012:role/deploy" }
  call:
    uses: org/repo/.github/workflows/reuse.yml@main
    secrets: inherit
`;

export const ACTION_SEED = `name: my action
inputs:
  token: { required: true }
runs:
  using: composite
  steps:
    - run: echo "\${{ inputs.token }}"
      shell: bash
    - uses: some/action@main
`;

/** Tokens of every syntax we read, so that random text looks like input often enough to go deep. */
const TOKENS = [
  "{", "}", "[", "]", "(", ")", '"', "'", "\n", "\r\n", " ", "  ", "\t", ":", "=", ",", ".", "*", "-", "- ", "#", "//", "/*", "*/",
  "${", "%{", "}}", "${{", "<<EOT\n", "\nEOT\n", "<<-EOT\n", "&a ", "*a", "<<: ", "---\n", "...", "!!str ", "? ", "|", ">",
  "resource", '"aws_s3_bucket"', '"b"', "locals", "variable", "module", "for", "in", "if", "=>", "count", "for_each", "each.key", "var.x", "local.y",
  "apiVersion: v1\n", "kind: Pod\n", "kind: List\n", "items:\n", "metadata:\n", "spec:\n", "on: push\n", "jobs:\n", "runs:\n", "steps:\n", "uses: ",
  '"format_version"', '"resource_changes"', '"planned_values"', '"configuration"', '"after"', '"after_unknown"', "null", "true", "false", "0", "-1", "1e999",
  "__proto__", "constructor", "prototype", "\u0000", "\ufeff", "\u2028", "\ud800", "é", "😀",
];

export function tokenSoup(maxLength = 300): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength }).map((parts) => parts.join(""));
}

type Mutation =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "truncate"; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const change of mutations) {
    const at = out.length === 0 ? 0 : change.at % (out.length + 1);
    if (change.kind === "insert") out = out.slice(0, at) + change.text + out.slice(at);
    else if (change.kind === "delete") out = out.slice(0, at) + out.slice(at + change.length);
    else if (change.kind === "duplicate") out = out.slice(0, at + change.length) + out.slice(at, at + change.length) + out.slice(at + change.length);
    else out = out.slice(0, at);
  }
  return out;
}

/** A valid seed with a few random edits: mostly valid input broken in one place, which reaches deepest. */
export function mutated(...seeds: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([seed, mutations]) => mutate(seed, mutations));
}

/** Mutated seeds, token soup and plain random text, in that proportion. */
export function hostileText(...seeds: string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: mutated(...seeds) }, { weight: 3, arbitrary: tokenSoup() }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) });
}
