import type { Rule, RuleMeta } from "@tollgate/engine";

const PLATFORM_NAMES: Record<string, string> = { terraform: "Terraform", kubernetes: "Kubernetes", "github-actions": "GitHub Actions" };

/** The Markdown page of one rule, generated from its metadata and examples (engine findings have none). */
export function renderRulePage(meta: RuleMeta, examples?: Rule["examples"]): string {
  const lines = [
    `# ${meta.id}`,
    "",
    `**${meta.title}**`,
    "",
    "| | |",
    "| --- | --- |",
    `| Severity | ${meta.severity} |`,
    `| Category | ${meta.category} |`,
    `| Platforms | ${meta.platforms.map((platform) => PLATFORM_NAMES[platform] ?? platform).join(", ")} |`,
    `| Resource types | ${meta.resourceTypes.map((type) => `\`${type}\``).join(", ")} |`,
    `| Precision | ${meta.precision} |`,
  ];
  if (meta.cwe?.length) lines.push(`| CWE | ${meta.cwe.map((cwe) => `[${cwe}](https://cwe.mitre.org/data/definitions/${cwe.slice(4)}.html)`).join(", ")} |`);
  for (const [framework, controls] of Object.entries(meta.frameworks ?? {})) lines.push(`| ${framework} | ${controls.join(", ")} |`);
  lines.push("", "## Why it matters", "", meta.description, "", "## How to fix it", "", meta.remediation, "");
  const invalid = examples?.invalid[0];
  const valid = examples?.valid[0];
  if (invalid) lines.push("## Flagged", "", fence(invalid.filename, invalid.code), "");
  if (valid) lines.push("## Passes", "", fence(valid.filename, valid.code), "");
  if (meta.references?.length) lines.push("## References", "", ...meta.references.map((reference) => `- <${reference}>`), "");
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The catalogue: every rule in one table, grouped by platform. */
export function renderCatalogue(metas: readonly RuleMeta[]): string {
  const lines = ["# Rule catalogue", "", `${metas.length} rules. Each page is generated from the rule's own file; run \`pnpm run docs\` after changing a rule.`, ""];
  for (const [platform, name] of Object.entries(PLATFORM_NAMES)) {
    const ofPlatform = metas.filter((meta) => meta.platforms[0] === platform).sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
    if (ofPlatform.length === 0) continue;
    lines.push(`## ${name} (${ofPlatform.length})`, "", "| Rule | Severity | Category | Title |", "| --- | --- | --- | --- |");
    for (const meta of ofPlatform) lines.push(`| [${meta.id}](${meta.id}.md) | ${meta.severity} | ${meta.category} | ${meta.title.replace(/\|/g, "\\|")} |`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function fence(filename: string, code: string): string {
  const language = filename.endsWith(".tf") ? "hcl" : filename.endsWith(".json") ? "json" : "yaml";
  return `\`${filename}\`\n\n\`\`\`${language}\n${code.trimEnd()}\n\`\`\``;
}
