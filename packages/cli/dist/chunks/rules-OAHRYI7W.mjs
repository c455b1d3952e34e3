#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  printErrors,
  resolveConfiguration
} from "./chunk-WXNE4YTQ.mjs";
import {
  allRules
} from "./chunk-WLPGM4GK.mjs";
import {
  Option
} from "./chunk-K5SVWPQM.mjs";
import {
  ExitCode
} from "./chunk-Y2S7FEUU.mjs";
import {
  __toESM,
  loadCustomRules,
  require_picocolors,
  runRuleExamples,
  shouldColor
} from "./chunk-TYSPX4BW.mjs";

// packages/cli/src/commands/rules.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// packages/cli/src/commands/rule-authoring.ts
import path from "node:path";
function registerRuleAuthoringCommands(rules, state) {
  rules.command("explain").description("print a rule's description, remediation, examples and references").argument("<id>", "a built-in rule id, or a custom rule's from the configuration").option("--config <file>", "configuration file whose custom rules to include").action(async (id, flags) => {
    const cwd = process.cwd();
    let rule = allRules.find((candidate) => candidate.meta.id === id);
    if (!rule) {
      const configuration = await resolveConfiguration({ config: flags.config, paths: ["."], cwd });
      if (configuration.config?.customRules.length) {
        const custom = await loadCustomRules(configuration.config.customRules, new Set(allRules.map((candidate) => candidate.meta.id)));
        rule = custom.rules.find((candidate) => candidate.meta.id === id);
      }
    }
    if (!rule) {
      process.stderr.write(`tollgate: no rule has the id "${id}" (tollgate rules list shows them)
`);
      state.exitCode = ExitCode.InputError;
      return;
    }
    process.stdout.write(explainRule(rule));
  });
  rules.command("test").description("run custom rules on their own examples (valid ones must pass, invalid ones fail on the declared lines)").argument("[files...]", "custom rule files or directories (default: the configuration's custom-rules)").option("--config <file>", "configuration file whose custom rules to test").action(async (files, flags) => {
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
    const loaded = await loadCustomRules(paths, new Set(allRules.map((rule) => rule.meta.id)));
    printErrors(loaded.diagnostics, cwd);
    let failed = 0;
    let examples = 0;
    for (const rule of loaded.rules) {
      const outcomes = await runRuleExamples(rule);
      if (outcomes.length === 0) process.stdout.write(`warn  ${rule.meta.id}: no examples
`);
      for (const outcome of outcomes) {
        examples++;
        const ok = outcome.problems.length === 0;
        if (!ok) failed++;
        process.stdout.write(`${ok ? "ok  " : "FAIL"}  ${rule.meta.id}  ${outcome.example}
`);
        for (const problem of outcome.problems) process.stdout.write(`        ${problem}
`);
      }
    }
    process.stdout.write(`${loaded.rules.length} ${loaded.rules.length === 1 ? "rule" : "rules"}, ${examples} examples, ${failed} failed
`);
    if (loaded.diagnostics.some((diagnostic) => diagnostic.level === "error")) state.exitCode = ExitCode.InputError;
    else if (failed > 0) state.exitCode = ExitCode.Findings;
  });
}
function explainRule(rule) {
  const meta = rule.meta;
  const lines = [
    `${meta.id}: ${meta.title}`,
    "",
    `Severity:   ${meta.severity} (precision ${meta.precision})`,
    `Category:   ${meta.category}`,
    `Platforms:  ${meta.platforms.join(", ")}`,
    `Resources:  ${meta.resourceTypes.join(", ")}`
  ];
  if (meta.tags?.length) lines.push(`Tags:       ${meta.tags.join(", ")}`);
  if (meta.cwe?.length) lines.push(`CWE:        ${meta.cwe.join(", ")}`);
  for (const [framework, controls] of Object.entries(meta.frameworks ?? {})) lines.push(`${framework}: ${controls.join(", ")}`);
  lines.push("", "Description", indent(meta.description), "", "Remediation", indent(meta.remediation));
  const example = (title, item, lineNumbers) => {
    lines.push("", `${title}${item.name ? `: ${item.name}` : ""} (${item.filename})`);
    const flagged = new Set(lineNumbers ?? []);
    item.code.replace(/\n$/, "").split("\n").forEach((text, index) => lines.push(`  ${flagged.has(index + 1) ? ">" : " "} ${String(index + 1).padStart(3)}  ${text}`));
  };
  for (const item of rule.examples.invalid) example("Example (flagged)", item, item.errors.filter((error) => !error.file || error.file === item.filename).map((error) => error.line));
  for (const item of rule.examples.valid) example("Example (passes)", item);
  if (meta.references?.length) lines.push("", "References", ...meta.references.map((reference) => `  ${reference}`));
  return `${lines.join("\n")}
`;
}
function indent(text) {
  return text.split("\n").map((line) => `  ${line}`).join("\n");
}

// packages/cli/src/commands/rules.ts
function registerRulesCommand(program, state) {
  const rules = program.command("rules").description("list and explain the built-in rules");
  rules.command("list").description("list every rule with its severity, category and platforms").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).option("--platform <platform>", "only rules for this platform (terraform, kubernetes, github-actions)").option("--category <category>", "only rules of this category (iam, encryption, networking, supply-chain)").action((flags) => {
    const metas = allRules.map((rule) => rule.meta).filter((meta) => !flags.platform || meta.platforms.includes(flags.platform)).filter((meta) => !flags.category || meta.category === flags.category).sort((a, b) => a.id.localeCompare(b.id));
    if (flags.format === "json") {
      process.stdout.write(`${JSON.stringify(metas.map(({ id, title, severity, category, platforms, resourceTypes }) => ({ id, title, severity, category, platforms, resourceTypes })), null, 2)}
`);
      return;
    }
    process.stdout.write(formatRuleTable(metas, shouldColor(process.stdout, process.env)));
  });
  registerRuleAuthoringCommands(rules, state);
}
function formatRuleTable(metas, color) {
  const colors = import_picocolors.default.createColors(color);
  const idWidth = Math.max(...metas.map((meta) => meta.id.length), 2);
  const lines = metas.map(
    (meta) => `${meta.id.padEnd(idWidth)}  ${meta.severity.padEnd(8)}  ${meta.category.padEnd(12)}  ${meta.platforms.join(",").padEnd(24)}  ${colors.dim(meta.title)}`
  );
  return `${lines.join("\n")}
${metas.length} rules
`;
}
export {
  registerRulesCommand
};
