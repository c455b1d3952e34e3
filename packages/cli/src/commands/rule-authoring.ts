import path from "node:path";
import { Command } from "commander";
import { runRuleExamples, type Rule, type RuleExample } from "@tollgate/engine";
import { ruleCatalog } from "@tollgate/rules/catalog";
import { ExitCode, type RunState } from "../exit-code.js";
import { printErrors, resolveConfiguration } from "../configuration.js";

/** `rules explain` and `rules test`: reading a rule, and checking custom rules against their examples. */
export function registerRuleAuthoringCommands(rules: Command, state: RunState): void {
  rules
    .command("explain")
    .description("print a rule's description, remediation, examples and references")
    .argument("<id>", "a built-in rule id, or a custom rule's from the configuration")
    .option("--config <file>", "configuration file whose custom rules to include")
    .action(async (id: string, flags: { config?: string }) => {
      const cwd = process.cwd();
      let rule = await ruleCatalog.find((candidate) => candidate.meta.id === id)?.load();
      if (!rule) {
        const configuration = await resolveConfiguration({ config: flags.config, paths: ["."], cwd });
        if (configuration.config?.customRules.length) {
          const { loadCustomRules } = await import("../configuration-files.js");
          const custom = await loadCustomRules(configuration.config.customRules, new Set(ruleCatalog.map((candidate) => candidate.meta.id)));
          rule = custom.rules.find((candidate) => candidate.meta.id === id);
        }
      }
      if (!rule) {
        process.stderr.write(`tollgate: no rule has the id "${id}" (tollgate rules list shows them)\n`);
        state.exitCode = ExitCode.InputError;
        return;
      }
      process.stdout.write(explainRule(rule));
    });

  rules
    .command("test")
    .description("run custom rules on their own examples (valid ones must pass, invalid ones fail on the declared lines)")
    .argument("[files...]", "custom rule files or directories (default: the configuration's custom-rules)")
    .option("--config <file>", "configuration file whose custom rules to test")
    .action(async (files: string[], flags: { config?: string }) => {
      const cwd = process.cwd();
      let paths = files.map((file) => path.resolve(cwd, file));
      if (paths.length === 0) {
        const configuration = await resolveConfiguration({ config: flags.config, paths: ["."], cwd });
        if (!configuration.ok) {
          state.exitCode = ExitCode.InputError;
          return;
        }
        paths = configuration.config?.customRules ?? [];
      }
      if (paths.length === 0) {
        process.stderr.write("tollgate: no custom rules to test: name files, or list them under custom-rules in tollgate.yaml\n");
        state.exitCode = ExitCode.InputError;
        return;
      }
      const { loadCustomRules } = await import("../configuration-files.js");
      const loaded = await loadCustomRules(paths, new Set(ruleCatalog.map((rule) => rule.meta.id)));
      printErrors(loaded.diagnostics, cwd);
      let failed = 0;
      let examples = 0;
      for (const rule of loaded.rules) {
        const outcomes = await runRuleExamples(rule);
        if (outcomes.length === 0) process.stdout.write(`warn  ${rule.meta.id}: no examples\n`);
        for (const outcome of outcomes) {
          examples++;
          const ok = outcome.problems.length === 0;
          if (!ok) failed++;
          process.stdout.write(`${ok ? "ok  " : "FAIL"}  ${rule.meta.id}  ${outcome.example}\n`);
          for (const problem of outcome.problems) process.stdout.write(`        ${problem}\n`);
        }
      }
      process.stdout.write(`${loaded.rules.length} ${loaded.rules.length === 1 ? "rule" : "rules"}, ${examples} examples, ${failed} failed\n`);
      if (loaded.diagnostics.some((diagnostic) => diagnostic.level === "error")) state.exitCode = ExitCode.InputError;
      else if (failed > 0) state.exitCode = ExitCode.Findings;
    });
}

export function explainRule(rule: Rule): string {
  const meta = rule.meta;
  const lines = [
    `${meta.id}: ${meta.title}`,
    "",
    `Severity:   ${meta.severity} (precision ${meta.precision})`,
    `Category:   ${meta.category}`,
    `Platforms:  ${meta.platforms.join(", ")}`,
    `Resources:  ${meta.resourceTypes.join(", ")}`,
  ];
  if (meta.tags?.length) lines.push(`Tags:       ${meta.tags.join(", ")}`);
  if (meta.cwe?.length) lines.push(`CWE:        ${meta.cwe.join(", ")}`);
  for (const [framework, controls] of Object.entries(meta.frameworks ?? {})) lines.push(`${framework}: ${controls.join(", ")}`);
  lines.push("", "Description", indent(meta.description), "", "Remediation", indent(meta.remediation));
  const example = (title: string, item: RuleExample, lineNumbers?: readonly number[]): void => {
    lines.push("", `${title}${item.name ? `: ${item.name}` : ""} (${item.filename})`);
    const flagged = new Set(lineNumbers ?? []);
    item.code.replace(/\n$/, "").split("\n").forEach((text, index) => lines.push(`  ${flagged.has(index + 1) ? ">" : " "} ${String(index + 1).padStart(3)}  ${text}`));
  };
  for (const item of rule.examples.invalid) example("Example (flagged)", item, item.errors.filter((error) => !error.file || error.file === item.filename).map((error) => error.line));
  for (const item of rule.examples.valid) example("Example (passes)", item);
  if (meta.references?.length) lines.push("", "References", ...meta.references.map((reference) => `  ${reference}`));
  return `${lines.join("\n")}\n`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
