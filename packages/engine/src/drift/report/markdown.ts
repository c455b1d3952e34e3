import { valueText } from "../comparison.js";
import type { DriftItem, DriftResult } from "../model.js";
import { withoutRoot } from "../../report/paths.js";
import { locationText } from "./json.js";

/** The drift report for a job summary, an issue or a chat message. */
export function formatDriftMarkdown(result: DriftResult): string {
  const { summary } = result;
  const lines: string[] = [
    "# Drift audit",
    "",
    `Generated ${result.generatedAt} by ${result.tool.name} ${result.tool.version}: ${summary.compared} object${summary.compared === 1 ? "" : "s"} compared.`,
    "",
    "| | count |",
    "| --- | ---: |",
    `| New violations (rules the live side breaks and the code passed) | ${summary.newViolations} |`,
    `| Drift items (${result.driftSeverity}) | ${summary.driftItems} |`,
    `| Objects missing live | ${summary.missingLive} |`,
    `| Objects live but not in the code | ${summary.unmanagedLive} |`,
    "",
  ];
  if (summary.driftItems === 0 && summary.newViolations === 0) lines.push("No drift: what runs is what the code says.", "");

  if (result.newViolations.length > 0) {
    lines.push("## New violations", "", "| Severity | Rule | Resource | Message | Live location | Drift |", "| --- | --- | --- | --- | --- | --- |");
    for (const { finding, resource, relatedDrift } of result.newViolations) {
      lines.push(
        row([
          finding.severity,
          code(finding.ruleId),
          code(resource),
          withoutRoot(finding.message, result.root),
          code(locationText(finding.location, result.root)),
          relatedDrift.map(code).join(", "),
        ]),
      );
    }
    lines.push("");
  }

  if (result.items.length > 0) {
    lines.push("## Drift", "", "| Severity | Change | Resource | Attribute | In the code | Live | Where |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const item of result.items) {
      lines.push(
        row([
          item.severity,
          item.kind,
          code(item.resource),
          item.path ? code(item.path) : "(object)",
          side(item, "desired"),
          side(item, "actual"),
          code(locationText(item.desiredLocation ?? item.actualLocation, result.root)),
        ]),
      );
    }
    lines.push("");
  }

  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error");
  if (errors.length > 0) {
    lines.push("## Input errors", "", "The result is incomplete.", "");
    for (const diagnostic of errors) {
      const where = diagnostic.range ? locationText(diagnostic.range, result.root) : diagnostic.file ?? "";
      lines.push(`- ${where ? `${code(where)}: ` : ""}${cell(withoutRoot(diagnostic.message, result.root))}`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}`;
}

function side(item: DriftItem, which: "desired" | "actual"): string {
  if (item.sensitive) return "(sensitive)";
  const value = item[which];
  if (value === undefined) return "—";
  return code(valueText(value));
}

/** Inline code that survives any content: a fence longer than any backtick run inside it. */
function code(text: string): string {
  if (text === "") return "";
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

function row(cells: string[]): string {
  return `| ${cells.map(cell).join(" | ")} |`;
}
