import type { DriftHistoryRun } from "../history.js";

/**
 * The trend over previous runs as inline SVG: drift items and new
 * violations per night, one line each. No script, no external font or image.
 */

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { top: 20, right: 20, bottom: 44, left: 44 };
/** A chart of more nights than this gets unreadable; the oldest are left out. */
export const MAX_CHART_RUNS = 90;

interface Series {
  name: string;
  className: string;
  value: (run: DriftHistoryRun) => number;
}

const SERIES: readonly Series[] = [
  { name: "Drift items", className: "series-drift", value: (run) => run.driftItems },
  { name: "New violations", className: "series-violations", value: (run) => run.newViolations },
];

export function trendChart(allRuns: readonly DriftHistoryRun[]): string {
  const runs = allRuns.slice(-MAX_CHART_RUNS);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const max = niceMax(Math.max(1, ...runs.flatMap((run) => SERIES.map((series) => series.value(run)))));
  const x = (index: number) => PAD.left + (runs.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (runs.length - 1));
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;

  const parts: string[] = [];
  for (const tick of [0, max / 2, max]) {
    const at = fixed(y(tick));
    parts.push(`<line class="grid" x1="${PAD.left}" y1="${at}" x2="${WIDTH - PAD.right}" y2="${at}"></line>`);
    parts.push(`<text class="axis" x="${PAD.left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle">${formatCount(tick)}</text>`);
  }
  const labelEvery = Math.max(1, Math.ceil(runs.length / 8));
  // Nightly runs are told apart by their date; several runs a day by their time too.
  const days = new Set(runs.map((run) => run.timestamp.slice(0, 10)));
  const label = (run: DriftHistoryRun) => (days.size === runs.length ? run.timestamp.slice(0, 10) : run.timestamp.slice(5, 16).replace("T", " "));
  runs.forEach((run, index) => {
    if (index % labelEvery !== 0 && index !== runs.length - 1) return;
    // The first and last labels hang inwards so that the plot's edges do not cut them.
    const anchor = runs.length === 1 ? "middle" : index === 0 ? "start" : index === runs.length - 1 ? "end" : "middle";
    parts.push(`<text class="axis" x="${fixed(x(index))}" y="${HEIGHT - PAD.bottom + 18}" text-anchor="${anchor}">${escapeXml(label(run))}</text>`);
  });
  for (const series of SERIES) {
    const points = runs.map((run, index) => `${fixed(x(index))},${fixed(y(series.value(run)))}`);
    if (runs.length > 1) parts.push(`<polyline class="${series.className}" fill="none" points="${points.join(" ")}"></polyline>`);
    runs.forEach((run, index) => {
      parts.push(
        `<circle class="${series.className}" cx="${fixed(x(index))}" cy="${fixed(y(series.value(run)))}" r="3.5"><title>${escapeXml(`${run.timestamp}: ${series.value(run)} ${series.name.toLowerCase()}`)}</title></circle>`,
      );
    });
  }
  SERIES.forEach((series, index) => {
    const left = PAD.left + index * 160;
    parts.push(`<rect class="${series.className}" x="${left}" y="${HEIGHT - 16}" width="12" height="12"></rect>`);
    parts.push(`<text class="legend" x="${left + 18}" y="${HEIGHT - 6}">${series.name}</text>`);
  });
  const title = runs.length === 0 ? "No runs recorded yet" : `Drift items and new violations over the last ${runs.length} run${runs.length === 1 ? "" : "s"}`;
  return `<svg id="trend-chart" class="chart" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}"><title>${escapeXml(title)}</title>${parts.join("")}</svg>`;
}

/** 1, 2, 5 × 10ⁿ at or above `value`, so the axis reads in round numbers. */
function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function fixed(value: number): string {
  return value.toFixed(1);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
