import type { Diagnostic } from "../model/diagnostic.js";

/**
 * A builder that failed on one document: the document's resources may be
 * missing or incomplete, the scan goes on with the next one.
 */
export function documentFailure(builder: string, document: { file: string; index?: number }, error: unknown): Diagnostic {
  const cause = error instanceof Error ? error.message : String(error);
  const which = document.index ? ` (document ${document.index + 1})` : "";
  return { level: "error", code: "internal-error", message: `internal error in the ${builder} graph builder${which}, its resources may be missing: ${cause}`, file: document.file };
}
