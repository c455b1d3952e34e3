import { describe, expect, it } from "vitest";
import { mapGet, type FileKind, type ScalarNode } from "../../src/load/document.js";
import { loadYaml } from "../../src/load/yaml.js";
import { ResourceGraph } from "../../src/graph/graph.js";
import { buildActions } from "../../src/graph/actions/build-actions.js";
import { allExpressions, expressionsAt, findExpressions } from "../../src/graph/actions/expressions.js";
import { parseUses } from "../../src/graph/actions/uses.js";
import { rangeOf } from "../../src/model/source.js";

function build(files: Record<string, [FileKind, string]>): ResourceGraph {
  const graph = new ResourceGraph();
  const documents = Object.entries(files).flatMap(([path, [kind, text]]) => {
    const result = loadYaml({ path, text, kind });
    expect(result.diagnostics).toEqual([]);
    return result.documents;
  });
  buildActions(documents, graph, (file) => files[file]![1]);
  return graph;
}

function edges(graph: ResourceGraph, kind: string): string[] {
  return graph
    .edges()
    .filter((edge) => edge.kind === kind)
    .map((edge) => `${edge.from} -> ${edge.to}`)
    .sort();
}

const SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";

const ci = `name: CI
on:
  issues:
    types: [opened]
permissions:
  contents: read
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - name: Greet
        env:
          AUTHOR: \${{ github.event.issue.user.login }}
        run: |
          echo "Triage for issue"
          echo "number \${{ github.event.issue.number }}"
          echo "title: \${{ github.event.issue.title }}" > out.txt
      - uses: ./.github/actions/label
        with:
          token: \${{ secrets.GITHUB_TOKEN }}
  deploy:
    needs: [triage]
    uses: ./.github/workflows/deploy.yml
    secrets: inherit
  remote:
    needs: triage
    uses: octo-org/shared/.github/workflows/release.yaml@v2
`;

const labelAction = `name: Label issue
description: Adds a label
inputs:
  token: {required: true}
runs:
  using: composite
  steps:
    - run: gh issue edit --add-label triage
      shell: bash
    - uses: docker://ghcr.io/octo-org/labeler:1.4
`;

describe("buildActions resources", () => {
  const graph = build({
    ".github/workflows/ci.yml": ["workflow", ci],
    ".github/workflows/deploy.yml": ["workflow", "on: workflow_call\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n"],
    ".github/actions/label/action.yml": ["action-metadata", labelAction],
  });

  it("builds the workflow, its jobs and its steps with ids, names and parents", () => {
    const workflow = graph.get("github-actions:.github/workflows/ci.yml")!;
    expect(workflow).toMatchObject({ platform: "github-actions", origin: "workflow", type: "workflow", name: "CI" });
    expect(workflow.attributes).toMatchObject({ on: { issues: { types: ["opened"] } }, permissions: { contents: "read" } });
    expect(graph.get("github-actions:.github/workflows/deploy.yml")!.name).toBe(".github/workflows/deploy.yml");

    const job = graph.get("github-actions:.github/workflows/ci.yml#jobs.triage")!;
    expect(job).toMatchObject({ type: "job", name: "jobs.triage", parent: "github-actions:.github/workflows/ci.yml" });
    expect(Object.keys(job.attributes)).toEqual(["runs-on", "steps"]);

    const step = graph.get("github-actions:.github/workflows/ci.yml#jobs.triage.steps[1]")!;
    expect(step).toMatchObject({ type: "step", name: "jobs.triage.steps[1]", parent: "github-actions:.github/workflows/ci.yml#jobs.triage" });
    expect(Object.keys(step.attributes)).toEqual(["name", "env", "run"]);
  });

  it("maps each resource's own paths to exact positions and points headers at keys", () => {
    const job = graph.get("github-actions:.github/workflows/ci.yml#jobs.triage")!;
    expect(job.source.header).toEqual(rangeOf(8, 3, 8, 9));
    expect(job.source.get(["runs-on"])?.value).toEqual(rangeOf(9, 14, 9, 27));

    const greet = graph.get("github-actions:.github/workflows/ci.yml#jobs.triage.steps[1]")!;
    expect(greet.source.header).toEqual(rangeOf(12, 9, 12, 13));
    expect(greet.source.get(["run"])).toEqual({ key: rangeOf(15, 9, 15, 12), value: rangeOf(15, 14, 18, 66) });
    expect(greet.source.get(["env", "AUTHOR"])?.key).toEqual(rangeOf(14, 11, 14, 17));
    expect(greet.source.paths()).not.toContain("steps");

    const checkout = graph.get("github-actions:.github/workflows/ci.yml#jobs.triage.steps[0]")!;
    expect(checkout.source.header).toEqual(rangeOf(11, 9, 11, 13));
    expect(checkout.source.locate(["with", "ref"])).toEqual({ range: rangeOf(11, 9, 11, 13), exact: false });
  });

  it("builds an action and its composite steps", () => {
    const action = graph.get("github-actions:.github/actions/label/action.yml")!;
    expect(action).toMatchObject({ type: "action", origin: "action-metadata", name: "Label issue" });
    const step = graph.get("github-actions:.github/actions/label/action.yml#runs.steps[0]")!;
    expect(step).toMatchObject({ type: "step", name: "runs.steps[0]", parent: action.id, attributes: { run: "gh issue edit --add-label triage", shell: "bash" } });
    expect(step.source.get(["run"])?.value).toEqual(rangeOf(8, 12, 8, 44));
  });

  it("links contains, needs and uses", () => {
    expect(edges(graph, "contains")).toEqual([
      "github-actions:.github/actions/label/action.yml -> github-actions:.github/actions/label/action.yml#runs.steps[0]",
      "github-actions:.github/actions/label/action.yml -> github-actions:.github/actions/label/action.yml#runs.steps[1]",
      "github-actions:.github/workflows/ci.yml -> github-actions:.github/workflows/ci.yml#jobs.deploy",
      "github-actions:.github/workflows/ci.yml -> github-actions:.github/workflows/ci.yml#jobs.remote",
      "github-actions:.github/workflows/ci.yml -> github-actions:.github/workflows/ci.yml#jobs.triage",
      "github-actions:.github/workflows/ci.yml#jobs.triage -> github-actions:.github/workflows/ci.yml#jobs.triage.steps[0]",
      "github-actions:.github/workflows/ci.yml#jobs.triage -> github-actions:.github/workflows/ci.yml#jobs.triage.steps[1]",
      "github-actions:.github/workflows/ci.yml#jobs.triage -> github-actions:.github/workflows/ci.yml#jobs.triage.steps[2]",
      "github-actions:.github/workflows/deploy.yml -> github-actions:.github/workflows/deploy.yml#jobs.go",
      "github-actions:.github/workflows/deploy.yml#jobs.go -> github-actions:.github/workflows/deploy.yml#jobs.go.steps[0]",
    ]);
    expect(edges(graph, "references")).toEqual([
      "github-actions:.github/workflows/ci.yml#jobs.deploy -> github-actions:.github/workflows/ci.yml#jobs.triage",
      "github-actions:.github/workflows/ci.yml#jobs.remote -> github-actions:.github/workflows/ci.yml#jobs.triage",
    ]);
    expect(edges(graph, "uses")).toEqual([
      "github-actions:.github/actions/label/action.yml#runs.steps[1] -> github-actions:uses:docker://ghcr.io/octo-org/labeler:1.4",
      "github-actions:.github/workflows/ci.yml#jobs.deploy -> github-actions:.github/workflows/deploy.yml",
      "github-actions:.github/workflows/ci.yml#jobs.remote -> github-actions:uses:octo-org/shared/.github/workflows/release.yaml@v2",
      `github-actions:.github/workflows/ci.yml#jobs.triage.steps[0] -> github-actions:uses:actions/checkout@${SHA}`,
      "github-actions:.github/workflows/ci.yml#jobs.triage.steps[2] -> github-actions:.github/actions/label/action.yml",
    ]);
    // The local action and the called workflow are resources of the scan.
    expect(graph.targets("github-actions:.github/workflows/ci.yml#jobs.triage.steps[2]", "uses").map((action) => action.type)).toEqual(["action"]);
    expect(graph.targets("github-actions:.github/workflows/ci.yml#jobs.deploy", "uses").map((workflow) => workflow.type)).toEqual(["workflow"]);
  });

  it("resolves a local action written as action.yaml, in a later document", () => {
    const other = build({
      ".github/workflows/a.yml": ["workflow", "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./tools/setup/\n      - uses: ./missing\n"],
      "tools/setup/action.yaml": ["action-metadata", "name: Setup\nruns:\n  using: node20\n  main: index.js\n"],
    });
    expect(edges(other, "uses")).toEqual([
      "github-actions:.github/workflows/a.yml#jobs.x.steps[0] -> github-actions:tools/setup/action.yaml",
      "github-actions:.github/workflows/a.yml#jobs.x.steps[1] -> github-actions:missing/action.yml",
    ]);
  });

  it("warns about a workflow whose top level is not a mapping", () => {
    const broken = new ResourceGraph();
    const text = "- just\n- a list\n";
    buildActions(loadYaml({ path: ".github/workflows/x.yml", text, kind: "workflow" }).documents, broken, () => text);
    expect(broken.size).toBe(0);
    expect(broken.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "github-actions-not-a-mapping" })]);
  });
});

describe("expression locations", () => {
  const graph = build({ ".github/workflows/ci.yml": ["workflow", ci] });
  const greet = graph.get("github-actions:.github/workflows/ci.yml#jobs.triage.steps[1]")!;

  it("pins expressions inside a run block to their exact line and column", () => {
    expect(expressionsAt(greet, ["run"])).toEqual([
      { expression: "github.event.issue.number", range: rangeOf(17, 24, 17, 56) },
      { expression: "github.event.issue.title", range: rangeOf(18, 24, 18, 55) },
    ]);
    // Cross-check against the text: the third line of the block is line 18 of the file.
    const line18 = ci.split("\n")[17]!;
    const column = line18.indexOf("${{") + 1;
    expect(column).toBe(24);
    expect(line18.slice(column - 1, 55 - 1)).toBe("${{ github.event.issue.title }}");
  });

  it("finds expressions in plain scalars and gives every one with its path", () => {
    expect(expressionsAt(greet, ["env", "AUTHOR"])).toEqual([{ expression: "github.event.issue.user.login", range: rangeOf(14, 19, 14, 55) }]);
    expect(expressionsAt(greet, ["name"])).toEqual([]);
    expect(allExpressions(greet).map(({ path, expression }) => [path, expression])).toEqual([
      [["env", "AUTHOR"], "github.event.issue.user.login"],
      [["run"], "github.event.issue.number"],
      [["run"], "github.event.issue.title"],
    ]);
    // The workflow sees the same expression under its own path.
    const workflow = graph.get("github-actions:.github/workflows/ci.yml")!;
    expect(expressionsAt(workflow, ["jobs", "triage", "steps", 2, "with", "token"])).toEqual([
      { expression: "secrets.GITHUB_TOKEN", range: rangeOf(21, 18, 21, 45) },
    ]);
  });

  it("handles quoted scalars, several expressions per line and `}}` inside expression strings", () => {
    const text = `run: "a \${{ format('{{0}}}', x) }} b \${{y}}"\nfolded: >\n  one\n  \${{ z }}\n`;
    const root = loadYaml({ path: "w.yml", text, kind: "workflow" }).documents[0]!.root;
    expect(findExpressions(mapGet(root, "run") as ScalarNode, text)).toEqual([
      { expression: "format('{{0}}}', x)", range: rangeOf(1, 9, 1, 35) },
      { expression: "y", range: rangeOf(1, 38, 1, 44) },
    ]);
    expect(findExpressions(mapGet(root, "folded") as ScalarNode, text)).toEqual([{ expression: "z", range: rangeOf(4, 3, 4, 11) }]);
  });

  it("stays exact on the first line of a file with a byte order mark", () => {
    const text = "\uFEFFname: ${{ inputs.who }}\n";
    const root = loadYaml({ path: "w.yml", text, kind: "workflow" }).documents[0]!.root;
    expect(findExpressions(mapGet(root, "name") as ScalarNode, text)).toEqual([{ expression: "inputs.who", range: rangeOf(1, 7, 1, 24) }]);
  });

  it("points an aliased value's expressions at the alias", () => {
    const text = "a: &cmd echo ${{ github.head_ref }}\nb: *cmd\n";
    const root = loadYaml({ path: "w.yml", text, kind: "workflow" }).documents[0]!.root;
    expect(findExpressions(mapGet(root, "b") as ScalarNode, text)).toEqual([{ expression: "github.head_ref", range: rangeOf(2, 4, 2, 8) }]);
    expect(findExpressions(mapGet(root, "a") as ScalarNode, text)[0]!.range).toEqual(rangeOf(1, 14, 1, 36));
  });
});

describe("parseUses", () => {
  it.each([
    [`actions/checkout@${SHA}`, { kind: "repository", owner: "actions", repo: "checkout", ref: SHA, refKind: "sha" }],
    ["actions/checkout@v4", { kind: "repository", owner: "actions", repo: "checkout", ref: "v4", refKind: "tag-or-branch" }],
    ["actions/checkout@main", { kind: "repository", owner: "actions", repo: "checkout", ref: "main", refKind: "tag-or-branch" }],
    ["actions/checkout@b4ffde6", { kind: "repository", owner: "actions", repo: "checkout", ref: "b4ffde6", refKind: "tag-or-branch" }],
    ["actions/checkout", { kind: "repository", owner: "actions", repo: "checkout", refKind: "none" }],
    [
      "github/codeql-action/upload-sarif@v3",
      { kind: "repository", owner: "github", repo: "codeql-action", path: "upload-sarif", ref: "v3", refKind: "tag-or-branch" },
    ],
    ["./.github/actions/label", { kind: "local", path: ".github/actions/label" }],
    ["./", { kind: "local", path: "" }],
    ["./.github/workflows/deploy.yml", { kind: "local-reusable-workflow", path: ".github/workflows/deploy.yml" }],
    [
      `octo-org/shared/.github/workflows/release.yaml@${SHA.toUpperCase()}`,
      { kind: "reusable-workflow", owner: "octo-org", repo: "shared", path: ".github/workflows/release.yaml", ref: SHA.toUpperCase(), refKind: "sha" },
    ],
    ["docker://alpine:3.20", { kind: "docker", image: "alpine", tag: "3.20" }],
    ["docker://alpine", { kind: "docker", image: "alpine" }],
    [
      "docker://registry.example.com:5000/team/tool:1.2@sha256:0123",
      { kind: "docker", image: "registry.example.com:5000/team/tool", tag: "1.2", digest: "sha256:0123" },
    ],
  ])("parses %s", (value, expected) => {
    expect(parseUses(value)).toEqual(expected);
  });

  it("marks values that name nothing as invalid", () => {
    expect(parseUses("")).toEqual({ kind: "invalid", value: "" });
    expect(parseUses("checkout@v4")).toEqual({ kind: "invalid", value: "checkout@v4" });
    expect(parseUses("docker://")).toEqual({ kind: "invalid", value: "docker://" });
  });

  it("does not take a workflow outside .github/workflows for a reusable workflow", () => {
    expect(parseUses("o/r/ci/.github/workflows/x.yml@v1")).toMatchObject({ kind: "repository", path: "ci/.github/workflows/x.yml" });
  });
});
