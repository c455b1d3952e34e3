import type { SourceFile } from "../load/document.js";
import type { ResourceGraph } from "../graph/graph.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Resource } from "../model/resource.js";
import type { SourceRange } from "../model/source.js";
import { commentSyntax, findComments } from "./comments.js";
import { isExpired, parseAnnotationDirectives, parseCommentDirective, type IgnoreDirective } from "./directive.js";

/** The Kubernetes annotation that suppresses findings on its object. */
export const IGNORE_ANNOTATION = "tollgate.dev/ignore";

/** A usable inline suppression: it has a reason and has not expired. */
export interface InlineSuppression {
  source: "comment" | "annotation";
  directive: IgnoreDirective;
  /** Where the suppression is written. */
  location: SourceRange;
  /** Comments: the line they cover (their own, or the first code line below them). */
  targetLine?: number;
  /** Annotations: the object they sit on. */
  resource?: string;
  /** The text of the suppression's line, for the fingerprint of a stale-suppression finding. */
  lineText: string;
}

/**
 * Every `tollgate:ignore` comment of the HCL and YAML files and every
 * `tollgate.dev/ignore` annotation of the Kubernetes objects. Those without a
 * reason, written wrongly or expired suppress nothing and are reported as
 * warnings naming their place.
 */
export function collectInlineSuppressions(
  files: readonly SourceFile[],
  graph: ResourceGraph,
  now: Date,
): { suppressions: InlineSuppression[]; diagnostics: Diagnostic[] } {
  const suppressions: InlineSuppression[] = [];
  const diagnostics: Diagnostic[] = [];
  const accept = (candidate: InlineSuppression): void => {
    const problem = unusable(candidate.directive, now);
    if (problem) diagnostics.push({ level: "warning", code: problem.code, message: problem.message, file: candidate.location.file, range: candidate.location });
    else suppressions.push(candidate);
  };

  for (const file of files) {
    const syntax = commentSyntax(file.kind);
    if (!syntax || !file.text.includes("tollgate:ignore")) continue;
    const lines = file.text.split(/\r?\n/);
    for (const comment of findComments(file.text, syntax)) {
      const directive = parseCommentDirective(comment.text);
      if (!directive) continue;
      const location: SourceRange = {
        file: file.path,
        start: { line: comment.line, column: comment.column },
        end: { line: comment.line, column: comment.endColumn },
      };
      const targetLine = comment.standalone ? lineBelow(lines, comment.line, syntax) : comment.line;
      accept({ source: "comment", directive, location, targetLine, lineText: lines[comment.line - 1] ?? "" });
    }
  }

  for (const resource of graph.resources()) {
    if (resource.platform !== "kubernetes") continue;
    const annotations = resource.attributes.metadata;
    const value = typeof annotations === "object" && annotations !== null && !Array.isArray(annotations) ? (annotations as Record<string, unknown>).annotations : undefined;
    const text = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[IGNORE_ANNOTATION] : undefined;
    if (typeof text !== "string") continue;
    const at = resource.source.get(["metadata", "annotations", IGNORE_ANNOTATION]);
    const location = resource.source.at(at ? { start: (at.key ?? at.value).start, end: at.value.end } : resource.source.header);
    for (const directive of parseAnnotationDirectives(text)) {
      accept({ source: "annotation", directive, location, resource: resource.id, lineText: `${IGNORE_ANNOTATION}: ${text}` });
    }
  }
  return { suppressions, diagnostics };
}

function unusable(directive: IgnoreDirective, now: Date): { code: string; message: string } | undefined {
  const ids = directive.ruleIds.join(", ");
  if (directive.problem) return { code: "suppression-invalid", message: `suppression ${directive.problem}; it suppresses nothing` };
  if (directive.reason === "") {
    return { code: "suppression-without-reason", message: `suppression of ${ids} has no reason (write "-- <reason>" after the rule ids); it suppresses nothing` };
  }
  if (isExpired(directive.until, now)) {
    return { code: "suppression-expired", message: `suppression of ${ids} expired on ${directive.until}; its findings are reported again` };
  }
  return undefined;
}

/**
 * The line a comment on a line of its own covers: the next line that is not
 * a comment too (several comments may stack above one block), nor a YAML
 * document marker.
 */
function lineBelow(lines: readonly string[], commentLine: number, syntax: "hcl" | "yaml"): number {
  for (let index = commentLine; index < lines.length; index++) {
    const text = lines[index]!.trim();
    const isComment = text.startsWith("#") || (syntax === "hcl" && text.startsWith("//"));
    const isDocumentMarker = syntax === "yaml" && /^---(\s|$)/.test(text);
    if (!isComment && !isDocumentMarker) return index + 1;
  }
  return commentLine + 1;
}

/**
 * Whether a comment covering `line` of `file` covers a finding at `position`
 * on `resource`: the finding is on that line, or the resource, or a block or
 * mapping inside it, starts on that line and holds the finding.
 */
export function commentCovers(file: string, line: number, findingFile: string, position: { line: number; column: number }, resource: Resource | undefined): boolean {
  if (findingFile !== file) return false;
  if (position.line === line) return true;
  if (!resource || resource.source.file !== file) return false;
  const { range, header } = resource.source;
  if ((range.start.line === line || header.start.line === line) && within(position, range.start, range.end)) return true;
  for (const at of resource.source.locations()) {
    const start = (at.key ?? at.value).start;
    if (start.line === line && within(position, start, at.value.end)) return true;
  }
  return false;
}

function within(position: { line: number; column: number }, start: { line: number; column: number }, end: { line: number; column: number }): boolean {
  const afterStart = position.line > start.line || (position.line === start.line && position.column >= start.column);
  const beforeEnd = position.line < end.line || (position.line === end.line && position.column <= end.column);
  return afterStart && beforeEnd;
}
