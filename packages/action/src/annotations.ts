import { compareFindings, compareSeverity, describeDiagnostic, type Diagnostic, type Finding, type Severity } from "@tollgate/engine";
import { command } from "./workflow-commands.js";

export type AnnotationLevel = "error" | "warning" | "notice";

/**
 * GitHub keeps at most 10 error, 10 warning and 10 notice annotations per
 * step (and 50 per job); the rest are silently dropped. So we choose: input
 * errors, then findings most severe first, and one notice saying how many
 * were left out and where to find them.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL_OF: Readonly<Record<Severity, AnnotationLevel>> = { critical: "error", high: "error", medium: "warning", low: "notice" };

interface Candidate {
  level: AnnotationLevel;
  line: string;
}

/**
 * The annotation commands to print, in order, at most `ANNOTATIONS_PER_LEVEL`
 * of each level counting the `used` ones the step printed already.
 */
export function annotationCommands(
  findings: readonly Finding[],
  diagnostics: readonly Diagnostic[],
  options: { summaryAvailable: boolean; used?: Readonly<Partial<Record<AnnotationLevel, number>>> },
): string[] {
  const candidates: Candidate[] = [
    ...diagnostics.filter((diagnostic) => diagnostic.level === "error").map(diagnosticAnnotation),
    ...[...findings].sort((a, b) => compareSeverity(a.severity, b.severity) || compareFindings(a, b)).map(findingAnnotation),
  ];
  const left = (level: AnnotationLevel) => Math.max(0, ANNOTATIONS_PER_LEVEL - (options.used?.[level] ?? 0));
  const budget: Record<AnnotationLevel, number> = { error: left("error"), warning: left("warning"), notice: left("notice") };
  const fits = (level: AnnotationLevel) => candidates.filter((candidate) => candidate.level === level).length <= budget[level];
  // The closing notice takes one notice slot, and is needed only when something is left out.
  if (!(fits("error") && fits("warning") && fits("notice")) && budget.notice > 0) budget.notice--;

  const chosen: string[] = [];
  let omitted = 0;
  for (const candidate of candidates) {
    if (budget[candidate.level] > 0) {
      budget[candidate.level]--;
      chosen.push(candidate.line);
    } else {
      omitted++;
    }
  }
  if (omitted > 0) {
    const where = options.summaryAvailable ? "the job summary, the log and the SARIF file" : "the log and the SARIF file";
    chosen.push(
      command("notice", { title: "Tollgate: more findings" }, `${omitted} more ${omitted === 1 ? "problem is" : "problems are"} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step); see ${where}.`),
    );
  }
  return chosen;
}

function findingAnnotation(finding: Finding): Candidate {
  const { start, end } = finding.location;
  const sameLine = end.line === start.line;
  return {
    level: LEVEL_OF[finding.severity],
    line: command(
      LEVEL_OF[finding.severity],
      {
        file: finding.location.file,
        line: start.line >= 1 ? start.line : undefined,
        endLine: start.line >= 1 && end.line >= start.line ? end.line : undefined,
        // GitHub uses columns only within one line.
        col: sameLine && start.column >= 1 ? start.column : undefined,
        endColumn: sameLine && end.column > start.column ? end.column : undefined,
        title: `${finding.ruleId} (${finding.severity})`,
      },
      `${finding.message} (${finding.resourceName})`,
    ),
  };
}

function diagnosticAnnotation(diagnostic: Diagnostic): Candidate {
  const file = diagnostic.range?.file ?? diagnostic.file;
  const start = diagnostic.range?.start;
  return {
    level: "error",
    line: command(
      "error",
      {
        file: file === "-" ? undefined : file,
        line: start && start.line >= 1 ? start.line : undefined,
        col: start && start.column >= 1 ? start.column : undefined,
        title: `Tollgate: ${diagnostic.code}`,
      },
      file ? diagnostic.message : describeDiagnostic(diagnostic),
    ),
  };
}
