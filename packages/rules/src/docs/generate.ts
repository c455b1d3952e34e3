import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { STALE_SUPPRESSION_RULE } from "@tollgate/engine";
import { allRules } from "../index.js";
import { renderCatalogue, renderRulePage } from "./render.js";

/** Every generated docs file, by name: one page per rule and the catalogue. */
export function expectedDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of allRules) files.set(`${rule.meta.id}.md`, renderRulePage(rule.meta, rule.examples));
  // Reported by the engine itself, but linked from reports like any rule.
  files.set(`${STALE_SUPPRESSION_RULE.id}.md`, renderRulePage(STALE_SUPPRESSION_RULE));
  files.set("README.md", renderCatalogue(allRules.map((rule) => rule.meta)));
  return files;
}

/** Rewrites `directory` to hold exactly the generated docs. */
export function writeDocs(directory: string): void {
  mkdirSync(directory, { recursive: true });
  const expected = expectedDocs();
  for (const name of readdirSync(directory)) if (name.endsWith(".md") && !expected.has(name)) rmSync(path.join(directory, name));
  for (const [name, text] of expected) writeFileSync(path.join(directory, name), text);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const directory = path.resolve(process.argv[2] ?? "docs/rules");
  writeDocs(directory);
  process.stdout.write(`wrote ${expectedDocs().size} files to ${directory}\n`);
}
