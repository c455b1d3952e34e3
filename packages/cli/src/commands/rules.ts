import { Command, Option } from "commander";
import { shouldColor, type RuleMeta } from "@tollgate/engine";
import { ruleCatalog } from "@tollgate/rules/catalog";
import pc from "picocolors";
import type { RunState } from "../exit-code.js";
import { registerRuleAuthoringCommands } from "./rule-authoring.js";

export function registerRulesCommand(program: Command, state: RunState): void {
  const rules = program.command("rules").description("list and explain the built-in rules");
  rules
    .command("list")
    .description("list every rule with its severity, category and platforms")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--platform <platform>", "only rules for this platform (terraform, kubernetes, github-actions)")
    .option("--category <category>", "only rules of this category (iam, encryption, networking, supply-chain)")
    .action((flags: { format: "text" | "json"; platform?: string; category?: string }) => {
      const metas = ruleCatalog
        .map((rule) => rule.meta)
        .filter((meta) => !flags.platform || meta.platforms.includes(flags.platform as RuleMeta["platforms"][number]))
        .filter((meta) => !flags.category || meta.category === flags.category)
        .sort((a, b) => a.id.localeCompare(b.id));
      if (flags.format === "json") {
        process.stdout.write(`${JSON.stringify(metas.map(({ id, title, severity, category, platforms, resourceTypes }) => ({ id, title, severity, category, platforms, resourceTypes })), null, 2)}\n`);
        return;
      }
      process.stdout.write(formatRuleTable(metas, shouldColor(process.stdout, process.env)));
    });
  registerRuleAuthoringCommands(rules, state);
}

function formatRuleTable(metas: readonly RuleMeta[], color: boolean): string {
  const colors = pc.createColors(color);
  const idWidth = Math.max(...metas.map((meta) => meta.id.length), 2);
  const lines = metas.map(
    (meta) => `${meta.id.padEnd(idWidth)}  ${meta.severity.padEnd(8)}  ${meta.category.padEnd(12)}  ${meta.platforms.join(",").padEnd(24)}  ${colors.dim(meta.title)}`,
  );
  return `${lines.join("\n")}\n${metas.length} rules\n`;
}
