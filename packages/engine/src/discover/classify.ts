import path from "node:path";
import type { FileKind } from "../load/document.js";

/** File name endings Tollgate reads; anything else is never opened. */
export const CANDIDATE_EXTENSIONS = [".tf", ".tf.json", ".tfvars", ".tfvars.json", ".json", ".yml", ".yaml"];

export function isCandidate(file: string): boolean {
  const lower = file.toLowerCase();
  return CANDIDATE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** How much of a file we look at to recognise it; enough for any header. */
const SNIFF_LENGTH = 64 * 1024;

/**
 * Decides what a file is from its name and, where the name is not enough
 * (`.json`, `.yaml`, standard input), from its content. `undefined` means the
 * file is not ours and is skipped without a word.
 */
export function classify(file: string, text: string): FileKind | undefined {
  const lower = file.toLowerCase();
  const base = path.posix.basename(lower);
  if (lower.endsWith(".tf")) return "terraform";
  if (lower.endsWith(".tf.json")) return "terraform-json";
  if (lower.endsWith(".tfvars") || lower.endsWith(".tfvars.json")) return "tfvars";

  const head = text.slice(0, SNIFF_LENGTH);
  if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(lower)) return "workflow";
    if (base === "action.yml" || base === "action.yaml") return /^runs\s*:/m.test(head) ? "action-metadata" : undefined;
    return sniffYaml(head);
  }
  if (lower.endsWith(".json")) return sniffJson(head);
  if (file === "-") return sniffJson(head) ?? sniffYaml(head);
  return undefined;
}

function sniffJson(head: string): FileKind | undefined {
  const trimmed = head.trimStart();
  if (!trimmed.startsWith("{")) return undefined;
  if (/"format_version"\s*:/.test(head)) {
    if (/"(resource_changes|planned_values)"\s*:/.test(head)) return "plan";
    if (/"values"\s*:/.test(head)) return "state";
    // A large plan may put its resource sections beyond the sniffed head.
    return /"terraform_version"\s*:/.test(head) ? "plan" : undefined;
  }
  if (/"apiVersion"\s*:/.test(head) && /"kind"\s*:/.test(head)) return "kubernetes";
  return undefined;
}

function sniffYaml(head: string): FileKind | undefined {
  if (/^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head)) return "kubernetes";
  // Spaces only, never `\s`: a `\s*` that crosses lines backtracks cubically over blank lines.
  if (/^[ \t]*(?:-[ \t]*)?apiVersion[ \t]*:/m.test(head) && /^[ \t]*kind[ \t]*:/m.test(head)) return "kubernetes";
  if (/^["']?on["']?\s*:/m.test(head) && /^jobs\s*:/m.test(head)) return "workflow";
  return undefined;
}
