import cliProgress from "cli-progress";
import type { ScanProgress } from "@tollgate/engine";

const STAGE_LABELS: Readonly<Record<ScanProgress["stage"], string>> = {
  discover: "finding files",
  load: "reading",
  graph: "linking resources",
  evaluate: "checking rules",
};

export interface ProgressBar {
  /** For `scan({ onProgress })`; undefined when no bar is shown. */
  onProgress?: (progress: ScanProgress) => void;
  /** Clears the bar; call before writing the report. */
  stop(): void;
}

/**
 * A progress bar on standard error while a scan runs: files read out of all
 * discovered, then the later stages by name. Only on a terminal: a log or a
 * pipe gets nothing, so reports and CI logs stay clean.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { stop() {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    onProgress(progress) {
      const stage = STAGE_LABELS[progress.stage];
      if (!bar) {
        bar = new cliProgress.SingleBar({
          stream,
          format: "{bar} {value}/{total} files | {stage}",
          barsize: 30,
          hideCursor: true,
          clearOnComplete: true,
          fps: 10,
        }, cliProgress.Presets.shades_classic);
        bar.start(progress.files, progress.filesLoaded, { stage });
        return;
      }
      bar.update(progress.filesLoaded, { stage });
      // Graph and rules run without yielding: draw now, the timer would not get a turn.
      if (progress.stage !== "load") bar.render();
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
