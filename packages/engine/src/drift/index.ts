import type { DriftHistoryRun } from "./history.js";
import type { DriftResult } from "./model.js";
import { formatDriftHtml } from "./report/html.js";
import { formatDriftJson } from "./report/json.js";
import { formatDriftMarkdown } from "./report/markdown.js";
import { formatDriftSarif } from "./report/sarif.js";

export const DRIFT_REPORT_FORMATS = ["sarif", "json", "markdown", "html"] as const;
export type DriftReportFormat = (typeof DRIFT_REPORT_FORMATS)[number];

export interface DriftReportOptions {
  /** SARIF category; `tollgate-drift` by default. */
  category?: string;
  /** Runs for the HTML trend chart, this one included. */
  history?: readonly DriftHistoryRun[];
}

export function formatDriftResult(result: DriftResult, format: DriftReportFormat, options: DriftReportOptions = {}): string {
  switch (format) {
    case "sarif":
      return formatDriftSarif(result, { category: options.category });
    case "json":
      return formatDriftJson(result);
    case "markdown":
      return formatDriftMarkdown(result);
    case "html":
      return formatDriftHtml(result, { history: options.history });
  }
}

export { drift, DEFAULT_DRIFT_SEVERITY, type DriftOptions } from "./drift.js";
export type { DriftItem, DriftKind, DriftPlatform, DriftResult, DriftSummary, NewViolation } from "./model.js";
export { compareValues, type ComparePolicy, type Difference } from "./compare-values.js";
export { kubernetesPolicy, defaultPullPolicy, parseQuantity } from "./kubernetes-server-fields.js";
export {
  appendRun,
  emptyHistory,
  formatHistory,
  historyRun,
  parseHistory,
  DRIFT_HISTORY_VERSION,
  MAX_HISTORY_RUNS,
  type DriftHistory,
  type DriftHistoryRun,
} from "./history.js";
export { formatDriftHtml, type DriftHtmlOptions } from "./report/html.js";
export { formatDriftJson, toDriftJson, DRIFT_JSON_SCHEMA_URL, DRIFT_JSON_VERSION, type DriftJsonReport } from "./report/json.js";
export { formatDriftMarkdown } from "./report/markdown.js";
export { formatDriftSarif, toDriftSarif, DRIFT_RULE_ID, DRIFT_SARIF_CATEGORY, type DriftSarifOptions } from "./report/sarif.js";
export { trendChart } from "./report/chart.js";
