import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";

/**
 * GitHub Actions workflow commands, written by hand: `::name key=value::data`
 * lines on standard output, and the `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY`
 * files. Everything we print may quote the scanned files, so every value is
 * escaped and free text is printed between `stop-commands` markers.
 */

/** The message part of a command: only what would end the line is escaped. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value: also `:` and `,`, which separate properties and the message. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export type Properties = Readonly<Record<string, string | number | undefined>>;

export function command(name: string, properties: Properties, message: string): string {
  const entries = Object.entries(properties).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  const rendered = entries.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${name}${rendered ? ` ${rendered}` : ""}::${escapeData(message)}`;
}

/** Where the Action writes: standard output and the runner's files, replaceable in tests. */
export interface RunnerIo {
  log(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

export const processIo: RunnerIo = {
  log: (line) => process.stdout.write(`${line}\n`),
  env: process.env,
};

/**
 * Prints text that may contain anything (file names, messages from scanned
 * files) with workflow commands switched off, so a line that happens to start
 * with `::` cannot set outputs, mask values or forge annotations. The token is
 * random so the text cannot switch them back on.
 */
export function logUntrusted(io: RunnerIo, title: string, text: string): void {
  const token = `tollgate-${randomUUID()}`;
  io.log(`::group::${escapeData(title)}`);
  io.log(`::stop-commands::${token}`);
  for (const line of text.replace(/\n$/, "").split("\n")) io.log(line);
  io.log(`::${token}::`);
  io.log("::endgroup::");
}

/** Appends `name<<delimiter` … `delimiter` to the `GITHUB_OUTPUT` file; a no-op outside a runner. */
export function setOutputs(io: RunnerIo, outputs: Readonly<Record<string, string>>): void {
  const file = io.env.GITHUB_OUTPUT;
  if (!file) return;
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    let delimiter = `ghadelimiter_${randomUUID()}`;
    while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  appendFileSync(file, text);
}

/** Appends Markdown to the job summary; false outside a runner. */
export function appendSummary(io: RunnerIo, markdown: string): boolean {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  return true;
}
