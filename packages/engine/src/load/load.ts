import { DEFAULT_LIMITS, type Deadline, type ScanLimits } from "../limits.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SourceFile, TreeDocument } from "./document.js";
import type { HclDocument } from "./hcl/load-hcl.js";
import { loadBatch } from "./load-batch.js";
import { loadOnWorkers, loadThreads } from "./worker-pool.js";

export interface LoadedSources {
  /** Terraform native and JSON syntax, and variable files. */
  hcl: HclDocument[];
  /** Plans, states, Kubernetes objects, workflows and action metadata. */
  trees: TreeDocument[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Depth, alias and document bounds for every loader; the defaults when absent. */
  limits?: ScanLimits;
  /** Past it, the files not yet loaded are left out with an error. */
  deadline?: Deadline;
  /** Worker threads to load on: 0 never, absent to decide by the number of files and cores. */
  threads?: number;
}

/**
 * Reads every file with the loader for its kind; a loader returns diagnostics,
 * never throws. `onFileLoaded` hears how many files are done after each one
 * (after each task of files, when loading on worker threads).
 * Many files are spread over worker threads when a worker script is set
 * (`setLoadWorkerScript`); the result is the same either way.
 */
export async function loadSources(files: readonly SourceFile[], onFileLoaded?: (filesLoaded: number) => void, options: LoadOptions = {}): Promise<LoadedSources> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const deadline = options.deadline;
  const threads = loadThreads(files, options.threads);
  const { loaded, notLoaded } =
    threads > 0
      ? await loadOnWorkers(files, threads, { limits, deadlineAt: deadline ? Date.now() + deadline.remaining() : undefined, onFileLoaded })
      : await loadBatch(files, { limits, expired: deadline ? () => deadline.expired : undefined, onFileLoaded });
  if (threads === 0 && (options.threads ?? 0) > 0) {
    // Only a build with a worker script can start threads; asking without one is said, not ignored.
    loaded.diagnostics.push({ level: "warning", code: "no-load-worker", message: "worker threads were asked for, but only the bundled CLI ships the load worker; the files were loaded on the main thread" });
  }
  if (notLoaded > 0 && deadline) loaded.diagnostics.push(...deadline.exceeded(`${notLoaded} ${notLoaded === 1 ? "file was" : "files were"} not loaded`));
  return loaded;
}
