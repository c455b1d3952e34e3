import { valueText } from "../comparison.js";
import type { DriftHistoryRun } from "../history.js";
import { historyRun } from "../history.js";
import type { DriftItem, DriftResult } from "../model.js";
import { withoutRoot } from "../../report/paths.js";
import { escapeXml, trendChart } from "./chart.js";
import { locationText } from "./json.js";

/**
 * A self-contained HTML page: inline CSS and SVG, no script, and a content
 * security policy that lets the browser load nothing at all, so the report
 * can be opened from an artifact or a mail attachment without a request
 * leaving the machine.
 */

export interface DriftHtmlOptions {
  /** Previous runs and this one, oldest first; without it the chart shows this run alone. */
  history?: readonly DriftHistoryRun[];
}

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --critical: #a40e26; --high: #bc4c00; --medium: #9a6700; --low: #0969da; --drift: #8250df; --violation: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 150px; }
.card .count { font-size: 28px; font-weight: 600; display: block; }
.card.alert .count { color: var(--violation); }
.verdict { font-weight: 600; margin: 12px 0 0; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 6px 8px; }
th { background: var(--panel); font-weight: 600; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.severity { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.severity-critical { color: var(--critical); } .severity-high { color: var(--high); }
.severity-medium { color: var(--medium); } .severity-low { color: var(--low); }
.empty { color: var(--muted); }
.chart { max-width: 100%; height: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis, .chart .legend { fill: var(--muted); font-size: 11px; }
.chart polyline { stroke-width: 2; }
.chart polyline.series-drift { stroke: var(--drift); } .chart polyline.series-violations { stroke: var(--violation); }
.chart circle.series-drift, .chart rect.series-drift { fill: var(--drift); }
.chart circle.series-violations, .chart rect.series-violations { fill: var(--violation); }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;

export function formatDriftHtml(result: DriftResult, options: DriftHtmlOptions = {}): string {
  const { summary } = result;
  const runs = options.history && options.history.length > 0 ? options.history : [historyRun(result)];
  const clean = summary.driftItems === 0 && summary.newViolations === 0;
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error");

  const cards = [
    card("New violations", summary.newViolations, summary.newViolations > 0),
    card("Drift items", summary.driftItems, false),
    card("Missing live", summary.missingLive, false),
    card("Live, not in the code", summary.unmanagedLive, false),
    card("Objects compared", summary.compared, false),
  ].join("");

  const violationRows = result.newViolations.map(({ finding, resource, relatedDrift }) =>
    tr([
      severity(finding.severity),
      `<code>${escapeXml(finding.ruleId)}</code>`,
      `<code>${escapeXml(resource)}</code>`,
      escapeXml(withoutRoot(finding.message, result.root)),
      `<code>${escapeXml(locationText(finding.location, result.root))}</code>`,
      relatedDrift.map((path) => `<code>${escapeXml(path || "(object)")}</code>`).join(", "),
    ]),
  );
  const driftRows = result.items.map((item) =>
    tr([
      severity(item.severity),
      escapeXml(item.kind),
      `<code>${escapeXml(item.resource)}</code>`,
      item.path ? `<code>${escapeXml(item.path)}</code>` : '<span class="empty">(object)</span>',
      side(item, "desired"),
      side(item, "actual"),
      `<code>${escapeXml(locationText(item.desiredLocation ?? item.actualLocation, result.root))}</code>`,
    ]),
  );

  const body = [
    `<header><h1>Drift audit</h1><p class="meta">Generated ${escapeXml(result.generatedAt)} · ${escapeXml(inputSummary(result))}</p></header>`,
    `<section id="summary"><h2>Summary</h2><div class="cards">${cards}</div>`,
    `<p class="verdict">${clean ? "No drift: what runs is what the code says." : `${summary.newViolations} new violation${plural(summary.newViolations)} and ${summary.driftItems} drift item${plural(summary.driftItems)} (drift counts as ${escapeXml(result.driftSeverity)}).`}</p>`,
    errors.length > 0 ? `<p class="verdict severity-critical">Input errors: the result is incomplete.</p><ul>${errors.map((diagnostic) => `<li>${escapeXml(withoutRoot(diagnostic.message, result.root))}${diagnostic.file ? ` (<code>${escapeXml(diagnostic.file)}</code>)` : ""}</li>`).join("")}</ul>` : "",
    "</section>",
    `<section id="trend"><h2>Trend</h2>${trendChart(runs)}</section>`,
    `<section id="new-violations"><h2>New violations</h2><p class="meta">Rules the live side breaks and the code passed.</p>`,
    table("new-violations-table", ["Severity", "Rule", "Resource", "Message", "Live location", "Drift"], violationRows, "No new violations."),
    "</section>",
    `<section id="drift"><h2>Drift</h2>`,
    table("drift-table", ["Severity", "Change", "Resource", "Attribute", "In the code", "Live", "Where"], driftRows, "No drift."),
    "</section>",
    `<footer>${escapeXml(result.tool.name)} ${escapeXml(result.tool.version)}</footer>`,
  ].join("\n");

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Drift audit ${escapeXml(result.generatedAt.slice(0, 10))}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function inputSummary(result: DriftResult): string {
  const counts = new Map<string, number>();
  for (const input of result.inputs) counts.set(input.role, (counts.get(input.role) ?? 0) + 1);
  const names: Record<string, string> = { desired: "code", live: "live export", state: "state", "refresh-plan": "refresh-only plan" };
  return [...counts].map(([role, count]) => `${count} ${names[role] ?? role} file${plural(count)}`).join(", ") || "no inputs";
}

function card(label: string, count: number, alert: boolean): string {
  return `<div class="card${alert ? " alert" : ""}"><span class="count">${count}</span>${escapeXml(label)}</div>`;
}

function severity(value: string): string {
  return `<span class="severity severity-${escapeXml(value)}">${escapeXml(value)}</span>`;
}

function side(item: DriftItem, which: "desired" | "actual"): string {
  if (item.sensitive) return '<span class="empty">(sensitive)</span>';
  const value = item[which];
  if (value === undefined) return '<span class="empty">—</span>';
  const full = JSON.stringify(value);
  const shown = valueText(value);
  return `<code${shown === full ? "" : ` title="${escapeXml(full)}"`}>${escapeXml(shown)}</code>`;
}

function tr(cells: string[]): string {
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
}

function table(id: string, headers: string[], rows: string[], empty: string): string {
  if (rows.length === 0) return `<p id="${id}" class="empty">${escapeXml(empty)}</p>`;
  return `<table id="${id}"><thead><tr>${headers.map((header) => `<th scope="col">${escapeXml(header)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function plural(count: number): string {
  return count === 1 ? "" : "s";
}
