import { InvalidArgumentError, Option } from "commander";
import { DEFAULT_LIMITS, MIN_FILES_FOR_WORKERS, type ScanLimits } from "@tollgate/engine";

/** The flags that bound what a scan of untrusted input may cost; each defaults to `DEFAULT_LIMITS`. */
export interface LimitFlags {
  timeout?: number;
  maxFileSize?: number;
  maxDepth?: number;
  maxYamlAliases?: number;
  maxDocuments?: number;
}

const MIB = 1024 * 1024;

export function timeoutOption(): Option {
  return new Option("--timeout <seconds>", "stop after this many seconds, report what was found and exit 2 (default: no limit)").argParser(parseSeconds);
}

export function maxFileSizeOption(): Option {
  return new Option("--max-file-size <size>", `skip files larger than this, in bytes or with a k, m or g suffix (default: ${DEFAULT_LIMITS.maxFileBytes / MIB}m)`).argParser(parseSize);
}

export function maxDepthOption(): Option {
  return new Option("--max-depth <levels>", `refuse JSON, YAML and HCL nested deeper than this (default: ${DEFAULT_LIMITS.maxDepth})`).argParser(parseCount);
}

export function maxYamlAliasesOption(): Option {
  return new Option("--max-yaml-aliases <nodes>", `refuse a YAML document whose aliases expand to more nodes (default: ${DEFAULT_LIMITS.maxAliasNodes})`).argParser(parseCount);
}

export function maxDocumentsOption(): Option {
  return new Option("--max-documents <count>", `read at most this many YAML documents per file (default: ${DEFAULT_LIMITS.maxDocumentsPerFile})`).argParser(parseCount);
}

export function threadsOption(): Option {
  return new Option("--threads <count>", `worker threads that load files; 0 loads on the main thread (default: one fewer than the cores, up to 4, for ${MIN_FILES_FOR_WORKERS} files or more on 4 cores or more; else 0)`).argParser(parseThreads);
}

/** `ScanOptions.limits` from the flags given; the engine fills in the rest. */
export function limitsFromFlags(flags: LimitFlags): Partial<ScanLimits> {
  const limits: Partial<ScanLimits> = {};
  if (flags.timeout !== undefined) limits.timeoutSeconds = flags.timeout;
  if (flags.maxFileSize !== undefined) limits.maxFileBytes = flags.maxFileSize;
  if (flags.maxDepth !== undefined) limits.maxDepth = flags.maxDepth;
  if (flags.maxYamlAliases !== undefined) limits.maxAliasNodes = flags.maxYamlAliases;
  if (flags.maxDocuments !== undefined) limits.maxDocumentsPerFile = flags.maxDocuments;
  return limits;
}

function parseSeconds(text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0) throw new InvalidArgumentError("a number of seconds greater than 0");
  return value;
}

function parseThreads(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 64) throw new InvalidArgumentError("a whole number from 0 to 64");
  return Number(text);
}

function parseCount(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) throw new InvalidArgumentError("a whole number, 1 or more");
  return Number(text);
}

const SIZE_SUFFIXES: Readonly<Record<string, number>> = { "": 1, k: 1024, m: MIB, g: 1024 * MIB };

function parseSize(text: string): number {
  const match = /^(\d+)([kmg]?)(?:i?b)?$/i.exec(text.trim());
  const bytes = match ? Number(match[1]) * SIZE_SUFFIXES[match[2]!.toLowerCase()]! : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new InvalidArgumentError("a size in bytes, such as 1048576, 512k or 64m");
  return bytes;
}
