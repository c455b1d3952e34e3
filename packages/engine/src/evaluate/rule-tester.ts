import { isSuppressed, type Finding } from "./finding.js";
import type { InvalidRuleExample, Rule, RuleExample } from "./rule.js";
import { scanSources } from "../scan.js";

export interface ExampleOutcome {
  rule: string;
  example: string;
  kind: "valid" | "invalid";
  /** Empty when the example behaved as declared. */
  problems: string[];
  findings: Finding[];
}

/**
 * Runs a rule on its own examples, as ESLint's RuleTester does: a valid example
 * must give no finding and no input error; an invalid one exactly the declared
 * findings, at the declared lines and columns.
 */
export async function runRuleExamples(rule: Rule): Promise<ExampleOutcome[]> {
  const outcomes: ExampleOutcome[] = [];
  for (const [index, example] of rule.examples.valid.entries()) outcomes.push(await runExample(rule, example, "valid", index));
  for (const [index, example] of rule.examples.invalid.entries()) outcomes.push(await runExample(rule, example, "invalid", index));
  return outcomes;
}

async function runExample(rule: Rule, example: RuleExample | InvalidRuleExample, kind: "valid" | "invalid", index: number): Promise<ExampleOutcome> {
  const sources = [{ path: example.filename, text: example.code }, ...Object.entries(example.extraFiles ?? {}).map(([path, text]) => ({ path, text }))];
  const result = await scanSources(sources, { rules: [rule], root: "/" });
  const findings = result.findings
    // A suppressed finding is not one the example expects (examples may show a suppression at work).
    .filter((finding) => finding.ruleId === rule.meta.id && !isSuppressed(finding))
    .sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  const problems: string[] = [];
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.level === "error" || diagnostic.code === "unrecognised-file") problems.push(`input problem: ${diagnostic.message}`);
  }
  if (kind === "valid") {
    for (const finding of findings) problems.push(`unexpected finding at ${where(finding)}: ${finding.message}`);
  } else {
    const expected = (example as InvalidRuleExample).errors;
    if (expected.length === 0) problems.push("an invalid example must declare at least one expected finding");
    if (findings.length !== expected.length) {
      problems.push(`expected ${expected.length} finding(s), got ${findings.length}: ${findings.map((f) => `${where(f)} ${f.message}`).join("; ") || "none"}`);
    }
    expected.forEach((error, i) => {
      const finding = findings[i];
      if (!finding) return;
      const file = error.file ?? example.filename;
      if (finding.location.file !== file || finding.location.start.line !== error.line || (error.column !== undefined && finding.location.start.column !== error.column)) {
        problems.push(`finding ${i + 1}: expected ${file}:${error.line}${error.column !== undefined ? `:${error.column}` : ""}, got ${where(finding)}`);
      }
      if (error.messageIncludes && !finding.message.includes(error.messageIncludes)) {
        problems.push(`finding ${i + 1}: message "${finding.message}" does not include "${error.messageIncludes}"`);
      }
    });
  }
  return { rule: rule.meta.id, example: example.name ?? `${kind} #${index + 1}`, kind, problems, findings };
}

function where(finding: Finding): string {
  return `${finding.location.file}:${finding.location.start.line}:${finding.location.start.column}`;
}
