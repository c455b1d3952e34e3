#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  findConfigFile
} from "./chunk-UXDXSETC.mjs";
import {
  Command,
  CommanderError,
  DEFAULT_LIMITS,
  ExitCode,
  InvalidArgumentError,
  Option,
  TOLLGATE_VERSION,
  atOrAbove,
  classify,
  compareSeverity,
  countBySeverity,
  describeDiagnostic,
  formatSarif,
  hasInputErrors,
  isCandidate,
  relativeFile,
  require_ignore,
  resolveLimits,
  ruleCatalog,
  ruleHelpUri,
  scan,
  scanSources,
  withoutRoot,
  writeOutputAtomically
} from "./chunk-SBHWF33V.mjs";
import {
  compareFindings,
  diagnosticFile,
  isSuppressed,
  sortDiagnostics,
  sortFindings
} from "./chunk-ZMHE2JLS.mjs";
import {
  MIN_FILES_FOR_WORKERS
} from "./chunk-S35MFI3Y.mjs";
import "./chunk-3BHY4RL6.mjs";
import "./chunk-IWKSKUXL.mjs";
import "./chunk-6VO5NUTP.mjs";
import "./chunk-BDUHOVXV.mjs";
import {
  CATEGORIES,
  SEVERITIES
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import "./chunk-JNLKQLQK.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-XLRDP7NM.mjs";

// node_modules/.pnpm/picocolors@1.1.1/node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/.pnpm/picocolors@1.1.1/node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// packages/cli/src/commands/baseline.ts
import path2 from "node:path";

// packages/cli/src/configuration.ts
import { promises as fs } from "node:fs";
import path from "node:path";
async function resolveConfiguration(options) {
  const file = options.config ? path.resolve(options.cwd, options.config) : await findConfigFile(await searchStart(options));
  if (!file) return { ok: true };
  const { loadConfigFile } = await import("./configuration-files-F6YWKGPS.mjs");
  const loaded = await loadConfigFile(file);
  if (!loaded.config) {
    printErrors(loaded.diagnostics, options.cwd);
    return { ok: false };
  }
  return { ok: true, config: loaded.config };
}
async function resolveBaseline(flag, config, cwd) {
  const file = flag ? path.resolve(cwd, flag) : config?.baseline;
  if (!file) return { ok: true };
  const { loadBaseline } = await import("./configuration-files-F6YWKGPS.mjs");
  const loaded = await loadBaseline(file);
  if (!loaded.baseline) {
    printErrors(loaded.diagnostics, cwd);
    return { ok: false };
  }
  return { ok: true, baseline: { ...loaded.baseline, file: displayPath(file, cwd) } };
}
function printErrors(diagnostics, cwd) {
  for (const diagnostic of diagnostics) {
    const file = diagnostic.range?.file ?? diagnostic.file;
    const shown = file === void 0 ? diagnostic : { ...diagnostic, file: displayPath(file, cwd), ...diagnostic.range ? { range: { ...diagnostic.range, file: displayPath(file, cwd) } } : {} };
    process.stderr.write(`${diagnostic.level}: ${describeDiagnostic(shown)}
`);
  }
}
function displayPath(file, cwd) {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}
async function searchStart(options) {
  if (options.root) return path.resolve(options.cwd, options.root);
  const directories = [];
  for (const entry of options.paths) {
    if (entry === "-") continue;
    const absolute = path.resolve(options.cwd, entry);
    const isDirectory = await fs.stat(absolute).then((stat) => stat.isDirectory(), () => false);
    directories.push(isDirectory ? absolute : path.dirname(absolute));
  }
  if (directories.length === 0) return options.cwd;
  return directories.reduce((common, directory) => {
    while (common !== path.dirname(common) && path.relative(common, directory).startsWith("..")) common = path.dirname(common);
    return common;
  });
}

// packages/cli/src/commands/baseline.ts
function registerBaselineCommand(program, state) {
  const baseline = program.command("baseline").description("accept today's findings, so that scans report only new ones");
  baseline.command("create").description("scan and write every unsuppressed finding's fingerprint to a baseline file (YAML, or JSON for .json)").argument("[paths...]", "files or directories to scan", ["."]).requiredOption("-o, --output <file>", "the baseline file to write").option("--config <file>", "configuration file (default: tollgate.yaml in the scanned directory or a parent)").option("--root <dir>", "directory that paths are relative to (default: the current directory)").option("--exclude <glob...>", "skip files matching these globs (relative to the root)").option("--no-inline-ignores", "ignore tollgate:ignore comments and annotations (baseline those findings too)").action(async (paths, flags) => {
    const cwd = process.cwd();
    const configuration = await resolveConfiguration({ config: flags.config, paths, root: flags.root, cwd });
    if (!configuration.ok) {
      state.exitCode = ExitCode.InputError;
      return;
    }
    const result = await scan({ paths, cwd, root: flags.root, exclude: flags.exclude, rules: ruleCatalog, config: configuration.config, suppressions: { inline: flags.inlineIgnores } });
    const { baselineEntries, formatBaseline } = await import("./configuration-files-F6YWKGPS.mjs");
    const entries = baselineEntries(result.findings);
    const format = path2.extname(flags.output).toLowerCase() === ".json" ? "json" : "yaml";
    await writeOutputAtomically(flags.output, formatBaseline(entries, format));
    process.stdout.write(`Wrote ${entries.length} ${entries.length === 1 ? "entry" : "entries"} to ${flags.output}
`);
    if (hasInputErrors(result)) {
      printErrors(result.diagnostics.filter((diagnostic) => diagnostic.level === "error").map((d) => ({ ...d, ...d.file ? { file: path2.resolve(result.root, d.file) } : {}, ...d.range ? { range: { ...d.range, file: path2.resolve(result.root, d.range.file) } } : {} })), cwd);
      state.exitCode = ExitCode.InputError;
    }
  });
}

// packages/cli/src/commands/init.ts
import { promises as fs2 } from "node:fs";
import path3 from "node:path";

// packages/engine/src/config/starter.ts
var STARTER_CONFIG = `# Tollgate configuration. Found in the scanned directory or one of its
# parents (up to the repository's top), or given with --config FILE.
# Paths and globs are relative to this file's directory (gitignore syntax).
version: 1

# Only scan files matching these globs (all recognised files when absent).
# include:
#   - infra/**
#   - k8s/**

# Never scan these.
exclude: []
#   - examples/**
#   - "**/testdata/**"

# Exit with code 1 when an unsuppressed finding is at or above this severity
# (critical, high, medium, low, none). --fail-on on the command line wins.
fail-on: low

rules:
  # Turn rules off by id or selector: "*", category:<iam|encryption|networking|
  # supply-chain|logging>, platform:<terraform|kubernetes|github-actions>, tag:<tag>.
  disable: []
  #   - category:logging
  # Turn rules back on after disable (disable: ["*"] + enable: [platform:terraform]).
  enable: []
  # Severity overrides, by id or selector; ids win over selectors.
  severity: {}
  #   aws-s3-encryption-at-rest: critical
  # Options, by rule id.
  options: {}
  #   gha-action-not-pinned:
  #     trustedOwners: [actions, github]

# Findings not to report in some files. A reason is required; after
# "until" the entry stops applying and its findings come back.
ignore: []
#   - paths: [legacy/**]
#     rules: [aws-s3-encryption-at-rest]
#     reason: Decommissioned in Q3; see TICKET-123
#     until: 2030-12-31

# Declarative custom rules (YAML files, or directories of them).
custom-rules: []
#   - policies/

# A baseline written by "tollgate baseline create": only new findings are reported.
# baseline: .tollgate-baseline.yaml
`;

// packages/cli/src/commands/init.ts
function registerInitCommand(program, state) {
  program.command("init").description("write a commented starter tollgate.yaml (never overwrites one)").argument("[directory]", "where to write it", ".").action(async (directory) => {
    const target = path3.resolve(process.cwd(), directory);
    for (const name of CONFIG_FILE_NAMES) {
      const existing = path3.join(target, name);
      if (await fs2.stat(existing).then(() => true, () => false)) {
        process.stderr.write(`tollgate: ${path3.join(directory, name)} already exists; not overwritten
`);
        state.exitCode = ExitCode.InputError;
        return;
      }
    }
    const file = path3.join(target, CONFIG_FILE_NAMES[0]);
    try {
      await fs2.writeFile(file, STARTER_CONFIG, { flag: "wx" });
    } catch (error) {
      process.stderr.write(`tollgate: cannot write ${path3.join(directory, CONFIG_FILE_NAMES[0])}: ${error.message}
`);
      state.exitCode = ExitCode.InputError;
      return;
    }
    process.stdout.write(`Wrote ${path3.join(directory, CONFIG_FILE_NAMES[0])}
`);
  });
}

// packages/engine/src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// packages/engine/src/report/printable.ts
function printable(text) {
  return text.replace(/\r?\n/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function widest(texts) {
  return texts.reduce((width, text) => Math.max(width, text.length), 0);
}
function pad(styled, plain, width) {
  return styled + " ".repeat(Math.max(0, width - plain.length));
}

// packages/engine/src/report/text.ts
function shouldColor(stream, env) {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}
function formatText(result, options) {
  const colors = import_picocolors.default.createColors(options.color);
  const all = sortFindings(result.findings);
  const findings = all.filter((finding) => !isSuppressed(finding));
  const listed = options.showSuppressed ? all : findings;
  const diagnostics = sortDiagnostics(result.diagnostics).filter(
    (diagnostic) => !options.quiet || diagnostic.level === "error"
  );
  const sections = [...findingSections(listed, result.root, colors)];
  if (options.showPassed && !options.quiet) {
    const passed = passedRules(result, findings, colors);
    if (passed.length > 0) sections.push(passed);
  }
  if (!options.quiet && result.baseline && result.baseline.unmatched.length > 0) sections.push(unmatchedBaselineLines(result, colors));
  if (diagnostics.length > 0) sections.push(diagnosticLines(diagnostics, result.root, colors));
  if (!options.quiet) sections.push(summaryLines(result, findings, colors, all.length - findings.length, options.showSuppressed === true));
  if (sections.length === 0) return "";
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}
`;
}
var SEVERITY_COLOR = {
  critical: (colors, text) => colors.bold(colors.red(text)),
  high: (colors, text) => colors.red(text),
  medium: (colors, text) => colors.yellow(text),
  low: (colors, text) => colors.cyan(text)
};
var LEVEL_COLOR = {
  error: (colors, text) => colors.red(text),
  warning: (colors, text) => colors.yellow(text),
  note: (colors, text) => colors.cyan(text)
};
function findingSections(findings, root, colors) {
  const positionWidth = widest(findings.map(position));
  const severityWidth = widest(findings.map((finding) => finding.severity));
  const ruleWidth = widest(findings.map((finding) => finding.ruleId));
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const file = relativeFile(finding.location.file, root);
    const group = byFile.get(file);
    if (group) group.push(finding);
    else byFile.set(file, [finding]);
  }
  return [...byFile].map(([file, group]) => [
    colors.underline(printable(file)),
    ...group.flatMap((finding) => {
      const line = [
        `  ${position(finding).padStart(positionWidth)}`,
        pad(SEVERITY_COLOR[finding.severity](colors, finding.severity), finding.severity, severityWidth),
        pad(colors.bold(finding.ruleId), finding.ruleId, ruleWidth),
        `${printable(withoutRoot(finding.message, root))}  ${colors.dim(`(${printable(finding.resourceName)})`)}`
      ].join("  ");
      const related = finding.related.map((location) => {
        const where2 = `${relativeFile(location.location.file, root)}:${location.location.start.line}:${location.location.start.column}`;
        const indent2 = " ".repeat(positionWidth + 4);
        return `${indent2}${colors.dim("related")} ${printable(where2)}  ${printable(withoutRoot(location.message, root))}`;
      });
      const suppressions = (finding.suppressions ?? []).map((suppression) => {
        const indent2 = " ".repeat(positionWidth + 4);
        const until = suppression.until ? ` (until ${suppression.until})` : "";
        return `${indent2}${colors.dim(`suppressed by ${suppression.source}`)}  ${printable(withoutRoot(suppression.justification, root))}${until}`;
      });
      return [line, ...related, ...suppressions];
    })
  ]);
}
function position(finding) {
  return `${finding.location.start.line}:${finding.location.start.column}`;
}
function passedRules(result, findings, colors) {
  const fired = new Set(findings.map((finding) => finding.ruleId));
  const passed = [...new Map(result.rules.map((rule) => [rule.id, rule])).values()].filter((rule) => !fired.has(rule.id)).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (passed.length === 0) return [];
  const idWidth = widest(passed.map((rule) => rule.id));
  return [
    colors.underline("Passed rules"),
    ...passed.map((rule) => `  ${colors.green("pass")}  ${pad(rule.id, rule.id, idWidth)}  ${printable(rule.title)}`)
  ];
}
function diagnosticLines(diagnostics, root, colors) {
  const places = diagnostics.map((diagnostic) => printable(diagnosticPlace(diagnostic, root)));
  const placeWidth = widest(places);
  return diagnostics.map((diagnostic, index) => {
    const parts = [
      pad(LEVEL_COLOR[diagnostic.level](colors, diagnostic.level), diagnostic.level, "warning".length),
      `${printable(withoutRoot(diagnostic.message, root))}  ${colors.dim(`[${printable(diagnostic.code)}]`)}`
    ];
    if (placeWidth > 0) parts.unshift(places[index].padEnd(placeWidth));
    return parts.join("  ");
  });
}
function diagnosticPlace(diagnostic, root) {
  const file = diagnosticFile(diagnostic);
  if (file === void 0) return "";
  const start = diagnostic.range?.start;
  return start ? `${relativeFile(file, root)}:${start.line}:${start.column}` : relativeFile(file, root);
}
function unmatchedBaselineLines(result, colors) {
  const baseline = result.baseline;
  return [
    colors.underline(`Baseline entries no longer found (delete them from ${printable(relativeFile(baseline.file, result.root))})`),
    ...baseline.unmatched.map((entry) => {
      const attribute = entry.attribute ? ` ${entry.attribute}` : "";
      return `  ${printable(entry.rule)}  ${printable(entry.resource)}${printable(attribute)}  ${colors.dim(entry.fingerprint)}`;
    })
  ];
}
function summaryLines(result, findings, colors, suppressed = 0, shown = false) {
  const resources = plural(result.resourceCount, "resource");
  const lines = [];
  if (findings.length === 0) {
    lines.push(`${colors.green("No findings")}; ${resources} checked in ${plural(result.files.length, "file")}`);
  } else {
    const counts = countBySeverity(findings.map((finding) => finding.severity));
    const breakdown = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => SEVERITY_COLOR[severity](colors, `${counts[severity]} ${severity}`)).join(", ");
    const files = new Set(findings.map((finding) => finding.location.file)).size;
    lines.push(
      `${colors.bold(plural(findings.length, "finding"))} (${breakdown}) in ${plural(files, "file")}; ${resources} checked`
    );
  }
  if (suppressed > 0) lines.push(colors.dim(`${plural(suppressed, "suppressed finding")}${shown ? "" : " not shown (--show-suppressed lists them)"}`));
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length;
  if (errors > 0) lines.push(colors.red(`${plural(errors, "input error")}: the result is incomplete`));
  return lines;
}

// packages/cli/src/commands/rules.ts
var import_picocolors2 = __toESM(require_picocolors(), 1);

// packages/cli/src/commands/rule-authoring.ts
import path4 from "node:path";

// packages/engine/src/evaluate/rule-tester.ts
async function runRuleExamples(rule) {
  const outcomes = [];
  for (const [index, example] of rule.examples.valid.entries()) outcomes.push(await runExample(rule, example, "valid", index));
  for (const [index, example] of rule.examples.invalid.entries()) outcomes.push(await runExample(rule, example, "invalid", index));
  return outcomes;
}
async function runExample(rule, example, kind, index) {
  const sources = [{ path: example.filename, text: example.code }, ...Object.entries(example.extraFiles ?? {}).map(([path7, text]) => ({ path: path7, text }))];
  const result = await scanSources(sources, { rules: [rule], root: "/" });
  const findings = result.findings.filter((finding) => finding.ruleId === rule.meta.id && !isSuppressed(finding)).sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  const problems = [];
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.level === "error" || diagnostic.code === "unrecognised-file") problems.push(`input problem: ${diagnostic.message}`);
  }
  if (kind === "valid") {
    for (const finding of findings) problems.push(`unexpected finding at ${where(finding)}: ${finding.message}`);
  } else {
    const expected = example.errors;
    if (expected.length === 0) problems.push("an invalid example must declare at least one expected finding");
    if (findings.length !== expected.length) {
      problems.push(`expected ${expected.length} finding(s), got ${findings.length}: ${findings.map((f) => `${where(f)} ${f.message}`).join("; ") || "none"}`);
    }
    expected.forEach((error, i) => {
      const finding = findings[i];
      if (!finding) return;
      const file = error.file ?? example.filename;
      if (finding.location.file !== file || finding.location.start.line !== error.line || error.column !== void 0 && finding.location.start.column !== error.column) {
        problems.push(`finding ${i + 1}: expected ${file}:${error.line}${error.column !== void 0 ? `:${error.column}` : ""}, got ${where(finding)}`);
      }
      if (error.messageIncludes && !finding.message.includes(error.messageIncludes)) {
        problems.push(`finding ${i + 1}: message "${finding.message}" does not include "${error.messageIncludes}"`);
      }
    });
  }
  return { rule: rule.meta.id, example: example.name ?? `${kind} #${index + 1}`, kind, problems, findings };
}
function where(finding) {
  return `${finding.location.file}:${finding.location.start.line}:${finding.location.start.column}`;
}

// packages/cli/src/commands/rule-authoring.ts
function registerRuleAuthoringCommands(rules, state) {
  rules.command("explain").description("print a rule's description, remediation, examples and references").argument("<id>", "a built-in rule id, or a custom rule's from the configuration").option("--config <file>", "configuration file whose custom rules to include").action(async (id, flags) => {
    const cwd = process.cwd();
    let rule = await ruleCatalog.find((candidate) => candidate.meta.id === id)?.load();
    if (!rule) {
      const configuration = await resolveConfiguration({ config: flags.config, paths: ["."], cwd });
      if (configuration.config?.customRules.length) {
        const { loadCustomRules } = await import("./configuration-files-F6YWKGPS.mjs");
        const custom = await loadCustomRules(configuration.config.customRules, new Set(ruleCatalog.map((candidate) => candidate.meta.id)));
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
    let paths = files.map((file) => path4.resolve(cwd, file));
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
    const { loadCustomRules } = await import("./configuration-files-F6YWKGPS.mjs");
    const loaded = await loadCustomRules(paths, new Set(ruleCatalog.map((rule) => rule.meta.id)));
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
    const metas = ruleCatalog.map((rule) => rule.meta).filter((meta) => !flags.platform || meta.platforms.includes(flags.platform)).filter((meta) => !flags.category || meta.category === flags.category).sort((a, b) => a.id.localeCompare(b.id));
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
  const colors = import_picocolors2.default.createColors(color);
  const idWidth = Math.max(...metas.map((meta) => meta.id.length), 2);
  const lines = metas.map(
    (meta) => `${meta.id.padEnd(idWidth)}  ${meta.severity.padEnd(8)}  ${meta.category.padEnd(12)}  ${meta.platforms.join(",").padEnd(24)}  ${colors.dim(meta.title)}`
  );
  return `${lines.join("\n")}
${metas.length} rules
`;
}

// packages/cli/src/commands/scan.ts
import { readFileSync } from "node:fs";

// packages/engine/src/report/compact.ts
var import_picocolors3 = __toESM(require_picocolors(), 1);
function formatCompact(result, options) {
  const colors = import_picocolors3.default.createColors(options.color);
  const all = sortFindings(result.findings);
  const findings = all.filter((finding) => !isSuppressed(finding));
  const listed = options.showSuppressed ? all : findings;
  const remediation = new Map(result.rules.map((rule) => [rule.id, rule.remediation]));
  const diagnostics = sortDiagnostics(result.diagnostics).filter((diagnostic) => diagnostic.level === "error" || !options.quiet && diagnostic.level === "warning");
  const severityWidth = widest(listed.map((finding) => finding.severity));
  const lines = [];
  for (const finding of listed) {
    const suppressed = isSuppressed(finding) ? colors.dim("  (suppressed)") : "";
    lines.push(
      [
        place(finding.location.file, finding.location.start, result.root),
        pad(SEVERITY_COLOR[finding.severity](colors, finding.severity), finding.severity, severityWidth),
        colors.bold(finding.ruleId),
        `${printable(withoutRoot(finding.message, result.root))}${suppressed}`
      ].join("  ")
    );
    const hint = options.hints === false ? void 0 : firstSentence(remediation.get(finding.ruleId) ?? "");
    if (hint) lines.push(colors.dim(`    fix: ${printable(hint)}`));
  }
  for (const diagnostic of diagnostics) lines.push(diagnosticLine(diagnostic, result.root, colors));
  if (!options.quiet) lines.push(countLine(result, findings, colors, all.length - findings.length));
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}
function firstSentence(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = /[.!?](?=\s+[A-Z`(]|$)/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}
function diagnosticLine(diagnostic, root, colors) {
  const file = diagnosticFile(diagnostic);
  const where2 = file === void 0 ? "" : diagnostic.range ? place(file, diagnostic.range.start, root) : printable(relativeFile(file, root));
  const parts = [
    LEVEL_COLOR[diagnostic.level](colors, diagnostic.level),
    `${printable(withoutRoot(diagnostic.message, root))}  ${colors.dim(`[${printable(diagnostic.code)}]`)}`
  ];
  return (where2 ? [where2, ...parts] : parts).join("  ");
}
function countLine(result, findings, colors, suppressed) {
  const checked = `${plural(result.files.length, "file")} checked`;
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length;
  const parts = [];
  if (findings.length === 0) parts.push(`${colors.green("No findings")}; ${checked}`);
  else {
    const counts = countBySeverity(findings.map((finding) => finding.severity));
    const breakdown = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => SEVERITY_COLOR[severity](colors, `${counts[severity]} ${severity}`)).join(", ");
    const files = new Set(findings.map((finding) => finding.location.file)).size;
    parts.push(`${colors.bold(plural(findings.length, "finding"))} (${breakdown}) in ${plural(files, "file")}; ${checked}`);
  }
  if (suppressed > 0) parts.push(colors.dim(`${suppressed} suppressed`));
  if (errors > 0) parts.push(colors.red(`${plural(errors, "input error")}: the result is incomplete`));
  return parts.join("; ");
}
function place(file, start, root) {
  return printable(`${relativeFile(file, root)}:${start.line}:${start.column}`);
}

// packages/engine/src/report/json.ts
var JSON_REPORT_VERSION = "1.1";
var JSON_REPORT_SCHEMA_URL = "https://raw.githubusercontent.com/tollgate-dev/tollgate/main/packages/engine/src/report/json-schema.json";
function toJsonReport(result) {
  const findings = sortFindings(result.findings);
  const counted = findings.filter((finding) => !isSuppressed(finding));
  const report = {
    $schema: JSON_REPORT_SCHEMA_URL,
    schemaVersion: JSON_REPORT_VERSION,
    tool: { name: result.tool.name, version: result.tool.version, informationUri: result.tool.informationUri },
    root: ".",
    summary: {
      files: result.files.length,
      resources: result.resourceCount,
      findings: counted.length,
      bySeverity: countBySeverity(counted.map((finding) => finding.severity)),
      byCategory: countByCategory(counted),
      errors: result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length,
      suppressed: findings.length - counted.length
    },
    findings: findings.map((finding) => jsonFinding(finding, result.root)),
    diagnostics: sortDiagnostics(result.diagnostics).map((diagnostic) => jsonDiagnostic(diagnostic, result.root)),
    rules: [...new Set(result.rules.map((rule) => rule.id))].sort()
  };
  if (result.baseline) {
    report.baseline = {
      file: relativeFile(result.baseline.file, result.root),
      entries: result.baseline.entries,
      matched: result.baseline.matched,
      unmatched: result.baseline.unmatched.map((entry) => ({ ...entry }))
    };
  }
  return report;
}
function formatJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}
function jsonFinding(finding, root) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    category: finding.category,
    platform: finding.platform,
    message: withoutRoot(finding.message, root),
    resource: finding.resource,
    resourceName: finding.resourceName,
    resourceType: finding.resourceType,
    attribute: finding.attribute,
    location: jsonLocation(finding.location.file, finding.location, root),
    related: finding.related.map((related) => ({
      message: withoutRoot(related.message, root),
      location: jsonLocation(related.location.file, related.location, root)
    })),
    fingerprint: finding.fingerprint,
    ...finding.suppressions?.length ? { suppressed: jsonSuppression(finding.suppressions[0], root) } : {}
  };
}
function jsonSuppression(suppression, root) {
  return {
    kind: suppression.kind,
    source: suppression.source,
    justification: withoutRoot(suppression.justification, root),
    ...suppression.until ? { until: suppression.until } : {},
    ...suppression.location ? { location: jsonLocation(suppression.location.file, suppression.location, root) } : {}
  };
}
function jsonDiagnostic(diagnostic, root) {
  const file = diagnosticFile(diagnostic);
  const json = {
    level: diagnostic.level,
    code: diagnostic.code,
    message: withoutRoot(diagnostic.message, root)
  };
  if (file !== void 0) {
    json.location = diagnostic.range ? jsonLocation(file, diagnostic.range, root) : { file: relativeFile(file, root) };
  }
  return json;
}
function jsonLocation(file, range, root) {
  return {
    file: relativeFile(file, root),
    start: { line: range.start.line, column: range.start.column },
    end: { line: range.end.line, column: range.end.column }
  };
}
function countByCategory(findings) {
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0]));
  for (const finding of findings) counts[finding.category]++;
  return counts;
}

// packages/engine/src/report/markdown.ts
function formatMarkdown(result, options = {}) {
  const findings = result.findings.filter((finding) => !isSuppressed(finding)).sort((a, b) => compareSeverity(a.severity, b.severity) || compareFindings(a, b));
  const diagnostics = sortDiagnostics(result.diagnostics).filter((diagnostic) => diagnostic.level !== "note");
  const sections = [`## ${markdownText(options.title ?? "Tollgate")}`];
  sections.push(...options.notes ?? []);
  sections.push(summaryLine(result, findings, result.findings.length - findings.length));
  if (findings.length > 0) {
    sections.push(severityTable(findings));
    sections.push(ruleTable(findings, result.rules));
    sections.push(findingTable(findings, result.root, options));
  }
  if (diagnostics.length > 0) sections.push(diagnosticTable(diagnostics, result.root));
  return `${sections.join("\n\n")}
`;
}
function summaryLine(result, findings, suppressed) {
  const hidden = suppressed > 0 ? `; ${plural2(suppressed, "suppressed finding")} not listed` : "";
  const checked = `${plural2(result.resourceCount, "resource")} checked in ${plural2(result.files.length, "file")}${hidden}`;
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.level === "error").length;
  const incomplete = errors > 0 ? ` **${plural2(errors, "input error")}: the result is incomplete.**` : "";
  if (findings.length === 0) return `No findings; ${checked}.${incomplete}`;
  const counts = countBySeverity(findings.map((finding) => finding.severity));
  const breakdown = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => `${counts[severity]} ${severity}`).join(", ");
  const files = new Set(findings.map((finding) => finding.location.file)).size;
  return `**${plural2(findings.length, "finding")}** (${breakdown}) in ${plural2(files, "file")}; ${checked}.${incomplete}`;
}
function severityTable(findings) {
  const counts = countBySeverity(findings.map((finding) => finding.severity));
  return table(
    ["Severity", "Findings"],
    ["---", "---:"],
    SEVERITIES.map((severity) => [severity, String(counts[severity])])
  );
}
function ruleTable(findings, rules) {
  const titles = new Map(rules.map((rule) => [rule.id, rule.title]));
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const entry = byRule.get(finding.ruleId);
    if (entry) entry.count++;
    else byRule.set(finding.ruleId, { severity: finding.severity, count: 1 });
  }
  const rows = [...byRule].sort(([idA, a], [idB, b]) => compareSeverity(a.severity, b.severity) || b.count - a.count || (idA < idB ? -1 : idA > idB ? 1 : 0)).map(([id, { severity, count }]) => [
    `[${codeSpan(id)}](${ruleHelpUri(id)})`,
    severity,
    String(count),
    markdownText(titles.get(id) ?? "")
  ]);
  return `### By rule

${table(["Rule", "Severity", "Findings", "Title"], ["---", "---", "---:", "---"], rows)}`;
}
function findingTable(findings, root, options) {
  const limit = options.maxFindings ?? findings.length;
  const shown = findings.slice(0, Math.max(0, limit));
  const rows = shown.map((finding) => {
    const file = relativeFile(finding.location.file, root);
    const line = finding.location.start.line;
    const place2 = codeSpan(`${file}:${line}`);
    const url = options.fileLink?.(file, line);
    return [
      finding.severity,
      url ? `[${place2}](${url})` : place2,
      `[${codeSpan(finding.ruleId)}](${ruleHelpUri(finding.ruleId)})`,
      markdownText(withoutRoot(finding.message, root)),
      codeSpan(finding.resourceName)
    ];
  });
  const rest = findings.length - shown.length;
  const more = rest > 0 ? `

${plural2(rest, "more finding")} not listed here.` : "";
  return `### Findings

${table(["Severity", "Location", "Rule", "Message", "Resource"], ["---", "---", "---", "---", "---"], rows)}${more}`;
}
function diagnosticTable(diagnostics, root) {
  const rows = diagnostics.map((diagnostic) => {
    const file = diagnosticFile(diagnostic);
    const start = diagnostic.range?.start;
    const place2 = file === void 0 ? "" : start ? `${relativeFile(file, root)}:${start.line}:${start.column}` : relativeFile(file, root);
    return [diagnostic.level, place2 ? codeSpan(place2) : "", markdownText(withoutRoot(diagnostic.message, root)), codeSpan(diagnostic.code)];
  });
  return `### Input problems

${table(["Level", "Location", "Problem", "Code"], ["---", "---", "---", "---"], rows)}`;
}
function table(header, alignment, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(alignment), ...rows.map(line)].join("\n");
}
function markdownText(text) {
  return text.replace(/\r?\n|\r/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").replace(/[\\`*_[\]<>|~&@:.]/g, (char) => char === "&" ? "&amp;" : `\\${char}`);
}
function codeSpan(text) {
  const literal = text.replace(/\r?\n|\r/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").replace(/`/g, "'").replace(/\|/g, "\\|");
  return `\`${literal}\``;
}
function plural2(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// packages/engine/src/report/index.ts
function formatResult(result, format, options = {}) {
  switch (format) {
    case "text":
      return formatText(result, { color: options.color ?? false, showPassed: options.showPassed, quiet: options.quiet, showSuppressed: options.showSuppressed });
    case "compact":
      return formatCompact(result, { color: options.color ?? false, quiet: options.quiet, showSuppressed: options.showSuppressed });
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, { category: options.category });
    case "markdown":
      return formatMarkdown(result);
  }
}

// packages/engine/src/scan-changes.ts
var import_ignore = __toESM(require_ignore(), 1);

// packages/engine/src/discover/change-scope.ts
import path5 from "node:path";

// packages/engine/src/discover/git-sources.ts
var NEVER_SCANNED = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform"]);
var MAX_FILE_BYTES = 64 * 1024 * 1024;
function readBlobSources(git, listed, maxFileBytes = MAX_FILE_BYTES) {
  const candidates = listed.filter((file) => isScannable(file.path));
  const contents = git.readBlobs([...new Set(candidates.map((file) => file.blob))]);
  if (!contents) return void 0;
  const sources = [];
  for (const file of candidates) {
    const bytes = contents.get(file.blob);
    if (!bytes || bytes.length > maxFileBytes) continue;
    const text = decodeSource(bytes);
    if (text !== void 0 && classify(file.path, text)) sources.push({ path: file.path, text });
  }
  sources.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { sources, blobs: new Map(candidates.map((file) => [file.path, file.blob])) };
}
function isScannable(file) {
  return isCandidate(file) && !file.split("/").some((part) => NEVER_SCANNED.has(part));
}
function decodeSource(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) return void 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
}

// packages/engine/src/discover/change-scope.ts
var TERRAFORM_ENDINGS = [".tf", ".tf.json", ".tfvars", ".tfvars.json"];
function isTerraformFile(file) {
  const lower = file.toLowerCase();
  return TERRAFORM_ENDINGS.some((ending) => lower.endsWith(ending));
}
function changeScope(input) {
  const byDirectory = /* @__PURE__ */ new Map();
  for (const file of input.files) {
    if (!isScannable(file)) continue;
    const directory = path5.posix.dirname(file);
    const group = byDirectory.get(directory);
    if (group) group.push(file);
    else byDirectory.set(directory, [file]);
  }
  const present = new Set(input.files);
  const terraformIn = (directory) => (byDirectory.get(directory) ?? []).filter(isTerraformFile);
  const report = /* @__PURE__ */ new Set();
  const scan2 = /* @__PURE__ */ new Set();
  const touchedModules = /* @__PURE__ */ new Set();
  for (const change of input.changes) {
    if (!isScannable(change.path)) continue;
    const directory = path5.posix.dirname(change.path);
    if (isTerraformFile(change.path)) {
      touchedModules.add(directory);
    } else if (!change.deleted && present.has(change.path)) {
      report.add(change.path);
      for (const sibling of byDirectory.get(directory) ?? []) if (!isTerraformFile(sibling)) scan2.add(sibling);
    }
  }
  for (const directory of touchedModules) for (const file of terraformIn(directory)) report.add(file);
  const calls = /* @__PURE__ */ new Map();
  const callers = /* @__PURE__ */ new Map();
  for (const [caller, sources] of input.moduleSources) {
    for (const source of sources) {
      const called = resolveModuleSource(caller, source);
      if (called === void 0 || called === caller) continue;
      addTo(calls, caller, called);
      addTo(callers, called, caller);
    }
  }
  const callingChain = closure(touchedModules, callers);
  const modules = closure(callingChain, calls);
  for (const directory of modules) for (const file of terraformIn(directory)) scan2.add(file);
  for (const file of report) scan2.add(file);
  return { scan: [...scan2].sort(compareText), report: [...report].sort(compareText) };
}
function resolveModuleSource(caller, source) {
  if (!source.startsWith("./") && !source.startsWith("../")) return void 0;
  const joined = path5.posix.normalize(path5.posix.join(caller, source.replace(/\/\/+/g, "/"))).replace(/\/+$/, "");
  if (joined === ".." || joined.startsWith("../")) return void 0;
  return joined === "" ? "." : joined;
}
function closure(start, edges) {
  const reached = new Set(start);
  const queue = [...reached];
  for (let item = queue.pop(); item !== void 0; item = queue.pop()) {
    for (const next of edges.get(item) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}
function addTo(map, key, value) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, /* @__PURE__ */ new Set([value]));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// packages/engine/src/discover/git.ts
import { spawnSync } from "node:child_process";
import path6 from "node:path";
var MAX_OUTPUT = 1024 * 1024 * 1024;
var Git = class _Git {
  constructor(top, prefix) {
    this.top = top;
    this.prefix = prefix;
  }
  top;
  prefix;
  /** The repository holding `workspace`, or undefined when there is none or git is missing. */
  static open(workspace) {
    const result = run(workspace, ["rev-parse", "--show-toplevel"]);
    if (!result.ok) return void 0;
    const top = result.stdout.toString("utf8").trim();
    const prefix = path6.relative(top, workspace).split(path6.sep).join("/");
    return new _Git(top, prefix);
  }
  run(args, input) {
    return run(this.top, args, input);
  }
  hasCommit(sha) {
    return this.run(["cat-file", "-e", `${sha}^{commit}`]).ok;
  }
  /**
   * Makes sure `sha` is present: a shallow clone often lacks the base of a
   * pull request. One shallow fetch from `origin` is tried; false if that fails.
   */
  ensureCommit(sha, log) {
    if (this.hasCommit(sha)) return true;
    if (!this.run(["remote", "get-url", "origin"]).ok) return false;
    log(`Fetching ${sha} from origin (one shallow fetch)`);
    const fetched = this.run(["fetch", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", "--depth=1", "origin", sha]);
    if (!fetched.ok) log(`The fetch failed: ${firstLine(fetched.stderr)}`);
    return this.hasCommit(sha);
  }
  headCommit() {
    const result = this.run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    return result.ok ? result.stdout.toString("utf8").trim() : void 0;
  }
  /** `<sha>~<n>`, when that ancestor is present. */
  ancestor(sha, generations) {
    const result = this.run(["rev-parse", "--verify", "--quiet", `${sha}~${generations}^{commit}`]);
    return result.ok ? result.stdout.toString("utf8").trim() : void 0;
  }
  mergeBase(a, b) {
    const result = this.run(["merge-base", a, b]);
    return result.ok ? result.stdout.toString("utf8").trim() : void 0;
  }
  /** Regular files of a commit's tree under the workspace: paths relative to the workspace, with their blob ids. */
  listFiles(commit) {
    const args = ["ls-tree", "-r", "-z", "--full-tree", commit];
    if (this.prefix) args.push("--", this.prefix);
    const result = this.run(args);
    if (!result.ok) return void 0;
    const files = [];
    for (const entry of result.stdout.toString("utf8").split("\0")) {
      const match = /^(100644|100755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
      if (!match) continue;
      const relative = this.fromTop(match[3]);
      if (relative !== void 0) files.push({ path: relative, blob: match[2] });
    }
    return files;
  }
  /**
   * Regular files of the index (stage 0) under the workspace, with their
   * blob ids: what the next commit would hold. Links, submodules and
   * conflicted entries are left out.
   */
  listIndex() {
    const result = this.run(["ls-files", "--stage", "-z", "--full-name", "--", this.prefix ? `:/${this.prefix}` : ":/"]);
    if (!result.ok) return void 0;
    const files = [];
    for (const entry of result.stdout.toString("utf8").split("\0")) {
      const match = /^(100644|100755) ([0-9a-f]+) 0\t(.*)$/s.exec(entry);
      if (!match) continue;
      const relative = this.fromTop(match[3]);
      if (relative !== void 0) files.push({ path: relative, blob: match[2] });
    }
    return files;
  }
  /**
   * Files of the working tree under the workspace that git would offer to
   * commit: tracked ones still present, and untracked ones not ignored.
   */
  listWorkingTree() {
    const listed = this.run(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--", this.prefix ? `:/${this.prefix}` : ":/"]);
    const deleted = this.run(["ls-files", "-z", "--deleted", "--full-name", "--", this.prefix ? `:/${this.prefix}` : ":/"]);
    if (!listed.ok || !deleted.ok) return void 0;
    const gone = new Set(deleted.stdout.toString("utf8").split("\0"));
    const files = /* @__PURE__ */ new Set();
    for (const file of listed.stdout.toString("utf8").split("\0")) {
      if (!file || gone.has(file)) continue;
      const relative = this.fromTop(file);
      if (relative !== void 0) files.add(relative);
    }
    return [...files].sort();
  }
  /** Files whose staged content differs from `HEAD` (every staged file before the first commit). */
  stagedChanges() {
    return this.nameStatus(["diff", "--cached"]);
  }
  /**
   * Files of the working tree that differ from `ref` (committed, staged or
   * not), untracked files that are not ignored, and files deleted since.
   */
  changesSince(ref) {
    const changes = this.nameStatus(["diff", ref]);
    if (!changes) return void 0;
    const untracked = this.run(["ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", this.prefix ? `:/${this.prefix}` : ":/"]);
    if (!untracked.ok) return void 0;
    const seen = new Set(changes.map((change) => change.path));
    for (const file of untracked.stdout.toString("utf8").split("\0")) {
      const relative = file ? this.fromTop(file) : void 0;
      if (relative !== void 0 && !seen.has(relative)) changes.push({ path: relative, deleted: false });
    }
    return changes;
  }
  /**
   * Local module calls (`source = "./x"` or `"../x"`) in the Terraform files
   * of the index (`cached`) or of the working tree, untracked files included:
   * the directory of the calling file to the sources it gives. `git grep`
   * finds them without reading every file into this process.
   */
  localModuleSources(cached) {
    const args = ["grep", "-z", "-o", "-I", "--full-name", "--no-color", cached ? "--cached" : "--untracked", "-E", "-e", LOCAL_MODULE_SOURCE, "--", "*.tf", "*.tf.json"];
    const result = this.run(args);
    if (!result.ok && result.stderr.trim() !== "") return void 0;
    const sources = /* @__PURE__ */ new Map();
    for (const line of result.stdout.toString("utf8").split("\n")) {
      const separator = line.indexOf("\0");
      if (separator < 0) continue;
      const file = this.fromTop(line.slice(0, separator));
      const source = /"(\.\.?\/[^"]*)"$/.exec(line.slice(separator + 1))?.[1];
      if (file === void 0 || source === void 0) continue;
      const directory = path6.posix.dirname(file);
      const list = sources.get(directory);
      if (list) list.push(source);
      else sources.set(directory, [source]);
    }
    return sources;
  }
  /** Whether `ref` names a commit. */
  resolveCommit(ref) {
    const result = this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return result.ok ? result.stdout.toString("utf8").trim() : void 0;
  }
  /** `git diff --name-status` without renames (a rename is a deletion and an addition), under the workspace. */
  nameStatus(diff) {
    const args = ["-c", "core.quotePath=false", diff[0], "--name-status", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", ...diff.slice(1), "--"];
    if (this.prefix) args.push(this.prefix);
    const result = this.run(args);
    if (!result.ok) return void 0;
    const fields = result.stdout.toString("utf8").split("\0");
    const changes = [];
    for (let index = 0; index + 1 < fields.length; index += 2) {
      const relative = this.fromTop(fields[index + 1]);
      if (relative !== void 0) changes.push({ path: relative, deleted: fields[index].startsWith("D") });
    }
    return changes;
  }
  /** Contents of blobs, read in one `cat-file --batch`. */
  readBlobs(blobs) {
    const contents = /* @__PURE__ */ new Map();
    if (blobs.length === 0) return contents;
    const result = this.run(["cat-file", "--batch"], `${blobs.join("\n")}
`);
    if (!result.ok) return void 0;
    const out = result.stdout;
    let offset = 0;
    while (offset < out.length) {
      const newline = out.indexOf(10, offset);
      if (newline < 0) break;
      const header = out.subarray(offset, newline).toString("utf8");
      const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (!match) {
        offset = newline + 1;
        continue;
      }
      const size = Number(match[3]);
      contents.set(match[1], out.subarray(newline + 1, newline + 1 + size));
      offset = newline + 1 + size + 1;
    }
    return contents;
  }
  /** Blob ids of working-tree files (relative to the workspace), as git would store them. */
  hashFiles(files) {
    const ids = /* @__PURE__ */ new Map();
    if (files.length === 0) return ids;
    const result = this.run(["hash-object", "--no-filters", "--stdin-paths"], `${files.map((file) => this.toTop(file)).join("\n")}
`);
    if (!result.ok) return void 0;
    const lines = result.stdout.toString("utf8").trim().split("\n");
    files.forEach((file, index) => ids.set(file, lines[index]));
    return ids;
  }
  /**
   * Lines added or changed since `from`, by file relative to the workspace:
   * in `to` when given, else in the working tree (untracked files count as
   * wholly new). Undefined when git cannot tell.
   */
  changedLines(from, to) {
    const args = ["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", from];
    if (to) args.push(to);
    args.push("--");
    if (this.prefix) args.push(this.prefix);
    const result = this.run(args);
    if (!result.ok) return void 0;
    const changed = parseUnifiedDiff(result.stdout.toString("utf8"), (file) => this.fromTop(file));
    if (!to) {
      const untracked = this.run(["ls-files", "--others", "--exclude-standard", "-z", "--full-name", "--", this.prefix || "."]);
      if (untracked.ok) {
        for (const file of untracked.stdout.toString("utf8").split("\0").filter(Boolean)) {
          const relative = this.fromTop(file);
          if (relative !== void 0) changed.set(relative, "all");
        }
      }
    }
    return changed;
  }
  /** A repository path as a workspace path, undefined when outside the workspace. */
  fromTop(file) {
    if (!this.prefix) return file;
    return file.startsWith(`${this.prefix}/`) ? file.slice(this.prefix.length + 1) : void 0;
  }
  /** A workspace path as a repository path, for links and `hash-object`. */
  toTop(file) {
    return this.prefix ? `${this.prefix}/${file}` : file;
  }
};
var LOCAL_MODULE_SOURCE = 'source"?[[:space:]]*[=:][[:space:]]*"\\.\\.?/[^"]*"';
function parseUnifiedDiff(diff, mapPath = (file) => file) {
  const changed = /* @__PURE__ */ new Map();
  let current;
  let newFile = false;
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = void 0;
      newFile = false;
    } else if (line.startsWith("new file mode")) {
      newFile = true;
    } else if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") continue;
      const file = mapPath(unquote(target).replace(/^b\//, ""));
      if (file === void 0) continue;
      if (newFile) changed.set(file, "all");
      else {
        current = /* @__PURE__ */ new Set();
        changed.set(file, current);
      }
    } else if (line.startsWith("@@ ") && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === void 0 ? 1 : Number(match[2]);
      if (count === 0) {
        current.add(start);
        current.add(start + 1);
      }
      for (let index = 0; index < count; index++) current.add(start + index);
    }
  }
  return changed;
}
function unquote(text) {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes = [];
  const body = text.slice(1, -1);
  const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, "\\": 92, '"': 34 };
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[index + 1];
    if (/[0-7]/.test(next ?? "")) {
      bytes.push(parseInt(body.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function run(cwd, args, input) {
  const result = spawnSync("git", [...args], {
    cwd,
    input,
    maxBuffer: MAX_OUTPUT,
    timeout: 12e4,
    // Never wait for a password prompt; never open a pager or an editor.
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_EDITOR: "true", LC_ALL: "C" },
    stdio: ["pipe", "pipe", "pipe"]
  });
  return {
    ok: result.status === 0 && !result.error,
    stdout: result.stdout ?? Buffer.alloc(0),
    stderr: result.error ? result.error.message : result.stderr?.toString("utf8") ?? ""
  };
}
function firstLine(text) {
  return text.trim().split("\n")[0] ?? "";
}

// packages/engine/src/scan-changes.ts
async function scanChanges(options) {
  const opened = Git.open(options.cwd);
  if (!opened) return { ok: false, error: "not inside a git repository (or git is not installed)" };
  const git = opened.prefix ? Git.open(opened.top) : opened;
  if (!git) return { ok: false, error: "cannot open the repository's top directory" };
  const staged = "staged" in options.changes;
  let changes;
  if ("since" in options.changes) {
    const commit = git.resolveCommit(options.changes.since);
    if (!commit) return { ok: false, error: `${options.changes.since}: not a commit of this repository` };
    changes = git.changesSince(commit);
  } else {
    changes = git.stagedChanges();
  }
  const index = staged ? git.listIndex() : void 0;
  const files = index ? index.map((file) => file.path) : git.listWorkingTree();
  if (!changes || !files) return { ok: false, error: "git could not list the changed files" };
  const excluded = options.exclude?.length ? (0, import_ignore.default)().add([...options.exclude]) : void 0;
  const kept = (file) => !excluded?.ignores(file);
  const moduleSources = changes.some((change) => /\.(tf|tfvars)(\.json)?$/i.test(change.path)) ? git.localModuleSources(staged) : /* @__PURE__ */ new Map();
  if (!moduleSources) return { ok: false, error: "git could not search the Terraform files for module calls" };
  const scope = changeScope({ changes: changes.filter((change) => kept(change.path)), files: files.filter(kept), moduleSources });
  const shared = { ...options, root: git.top };
  let outcome;
  if (index) {
    const wanted = new Set(scope.scan);
    const read = readBlobSources(git, index.filter((file) => wanted.has(file.path)), resolveLimits(options.limits).maxFileBytes);
    if (!read) return { ok: false, error: "git could not read the staged files" };
    outcome = await scanSources(read.sources, shared);
  } else {
    outcome = await scan({ ...shared, paths: scope.scan, cwd: git.top });
  }
  return { ok: true, outcome: restrictTo(outcome, scope) };
}
function restrictTo(outcome, scope) {
  const reported = new Set(scope.report);
  const inScope = (file) => file === void 0 || reported.has(file);
  const diagnostics = outcome.diagnostics.filter(
    // A YAML or JSON file that is neither a manifest nor a workflow is not ours: as in a directory scan, nothing to say.
    (diagnostic) => diagnostic.code !== "unrecognised-file" && inScope(diagnostic.range?.file ?? diagnostic.file)
  );
  return {
    ...outcome,
    findings: outcome.findings.filter((finding) => reported.has(finding.location.file)),
    diagnostics,
    reported: scope.report,
    scanned: scope.scan
  };
}

// packages/cli/src/limit-options.ts
var MIB = 1024 * 1024;
function timeoutOption() {
  return new Option("--timeout <seconds>", "stop after this many seconds, report what was found and exit 2 (default: no limit)").argParser(parseSeconds);
}
function maxFileSizeOption() {
  return new Option("--max-file-size <size>", `skip files larger than this, in bytes or with a k, m or g suffix (default: ${DEFAULT_LIMITS.maxFileBytes / MIB}m)`).argParser(parseSize);
}
function maxDepthOption() {
  return new Option("--max-depth <levels>", `refuse JSON, YAML and HCL nested deeper than this (default: ${DEFAULT_LIMITS.maxDepth})`).argParser(parseCount);
}
function maxYamlAliasesOption() {
  return new Option("--max-yaml-aliases <nodes>", `refuse a YAML document whose aliases expand to more nodes (default: ${DEFAULT_LIMITS.maxAliasNodes})`).argParser(parseCount);
}
function maxDocumentsOption() {
  return new Option("--max-documents <count>", `read at most this many YAML documents per file (default: ${DEFAULT_LIMITS.maxDocumentsPerFile})`).argParser(parseCount);
}
function threadsOption() {
  return new Option("--threads <count>", `worker threads that load files; 0 loads on the main thread (default: one fewer than the cores, up to 4, for ${MIN_FILES_FOR_WORKERS} files or more on 4 cores or more; else 0)`).argParser(parseThreads);
}
function limitsFromFlags(flags) {
  const limits = {};
  if (flags.timeout !== void 0) limits.timeoutSeconds = flags.timeout;
  if (flags.maxFileSize !== void 0) limits.maxFileBytes = flags.maxFileSize;
  if (flags.maxDepth !== void 0) limits.maxDepth = flags.maxDepth;
  if (flags.maxYamlAliases !== void 0) limits.maxAliasNodes = flags.maxYamlAliases;
  if (flags.maxDocuments !== void 0) limits.maxDocumentsPerFile = flags.maxDocuments;
  return limits;
}
function parseSeconds(text) {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0) throw new InvalidArgumentError("a number of seconds greater than 0");
  return value;
}
function parseThreads(text) {
  if (!/^\d+$/.test(text) || Number(text) > 64) throw new InvalidArgumentError("a whole number from 0 to 64");
  return Number(text);
}
function parseCount(text) {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) throw new InvalidArgumentError("a whole number, 1 or more");
  return Number(text);
}
var SIZE_SUFFIXES = { "": 1, k: 1024, m: MIB, g: 1024 * MIB };
function parseSize(text) {
  const match = /^(\d+)([kmg]?)(?:i?b)?$/i.exec(text.trim());
  const bytes = match ? Number(match[1]) * SIZE_SUFFIXES[match[2].toLowerCase()] : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new InvalidArgumentError("a size in bytes, such as 1048576, 512k or 64m");
  return bytes;
}

// packages/cli/src/terraform-variables.ts
var nextOrder = 0;
function varOption() {
  return new Option("--var <name=value>", "set a Terraform input variable (repeatable; later values win)").argParser(parseVariable).default([]);
}
function varFileOption() {
  return new Option("--var-file <file>", "read Terraform input variables from a .tfvars or .tfvars.json file (repeatable)").argParser(parseVariableFile).default([]);
}
function parseVariable(text, previous) {
  const equals = text.indexOf("=");
  const name = equals === -1 ? "" : text.slice(0, equals).trim();
  if (!/^[A-Za-z_][\w-]*$/.test(name)) throw new InvalidArgumentError("expected name=value, with a variable name before the =");
  return [...previous, { name, value: text.slice(equals + 1), order: nextOrder++ }];
}
function parseVariableFile(file, previous) {
  return [...previous, { file, order: nextOrder++ }];
}
function variableOptions(flags) {
  return [...flags.var ?? [], ...flags.varFile ?? []].sort((a, b) => a.order - b.order).map((option) => "file" in option ? { file: option.file } : { name: option.name, value: option.value });
}
function terraformEnvironment(environment) {
  const variables = {};
  for (const [key, value] of Object.entries(environment)) if (key.startsWith("TF_VAR_") && value !== void 0) variables[key] = value;
  return variables;
}

// packages/cli/src/wasm-tiering.ts
var CHANGE_SCAN_TIERING_BUDGET = 18e6;
async function deferWasmOptimisation() {
  const v8 = await import("node:v8");
  v8.setFlagsFromString(`--wasm-tiering-budget=${CHANGE_SCAN_TIERING_BUDGET}`);
}

// packages/cli/src/commands/scan.ts
var FORMATS = ["text", "compact", "json", "sarif", "markdown"];
function registerScanCommand(program, state) {
  program.command("scan").description("scan files and directories (or - for standard input) for insecure configuration").argument("[paths...]", "files or directories to scan; - reads standard input", ["."]).addOption(new Option("-f, --format <format>", "output format (default: compact with --staged and --changed-since, else text)").choices(FORMATS)).option("-o, --output <file>", "write the report to a file instead of standard output").addOption(new Option("--fail-on <severity>", "exit 1 when a finding is at or above this severity").choices([...SEVERITIES, "none"])).option("-q, --quiet", "print only findings and errors").option("--root <dir>", "directory that reported paths are relative to (default: the current directory)").option("--exclude <glob...>", "skip files matching these globs (relative to the root)").option("--sarif-category <name>", "SARIF automation category, to tell several uploads apart", parseCategory).addOption(varOption()).addOption(varFileOption()).option("--config <file>", "configuration file (default: tollgate.yaml in the scanned directory or a parent)").option("--baseline <file>", "report only findings not in this baseline (from `tollgate baseline create`)").option("--no-inline-ignores", "ignore tollgate:ignore comments and tollgate.dev/ignore annotations (for audits)").option("--show-suppressed", "also list suppressed findings in the text report").option("--progress", "show a progress bar on standard error (on a terminal only)").addOption(new Option("--staged", "scan what is staged for the next commit, read from git's index (for pre-commit hooks)").conflicts("changedSince")).option("--changed-since <ref>", "scan the files changed between a commit and the working tree (for CI)").addOption(timeoutOption()).addOption(maxFileSizeOption()).addOption(maxDepthOption()).addOption(maxYamlAliasesOption()).addOption(maxDocumentsOption()).addOption(threadsOption()).action(async (paths, flags) => {
    const cwd = process.cwd();
    const configuration = await resolveConfiguration({ config: flags.config, paths, root: flags.root, cwd });
    const baseline = configuration.ok ? await resolveBaseline(flags.baseline, configuration.config, cwd) : { ok: false };
    if (!configuration.ok || !baseline.ok) {
      state.exitCode = ExitCode.InputError;
      return;
    }
    const changes = flags.staged ? { staged: true } : flags.changedSince !== void 0 ? { since: flags.changedSince } : void 0;
    if (changes && (paths.length !== 1 || paths[0] !== ".")) {
      process.stderr.write(`tollgate: --${flags.staged ? "staged" : "changed-since"} scans the changed files of the whole repository; give no paths
`);
      state.exitCode = ExitCode.InputError;
      return;
    }
    const common = {
      cwd,
      exclude: flags.exclude,
      rules: ruleCatalog,
      variables: variableOptions(flags),
      environment: terraformEnvironment(process.env),
      config: configuration.config,
      suppressions: { inline: flags.inlineIgnores, baseline: baseline.baseline },
      limits: limitsFromFlags(flags)
    };
    let result;
    if (changes) {
      await deferWasmOptimisation();
      const scanned = await scanChanges({ ...common, changes });
      if (!scanned.ok) {
        process.stderr.write(`tollgate: ${scanned.error}
`);
        state.exitCode = ExitCode.InputError;
        return;
      }
      result = scanned.outcome;
    } else {
      result = await scanPaths(paths, flags, common);
    }
    const format = flags.format ?? (changes ? "compact" : "text");
    const color = flags.output ? false : shouldColor(process.stdout, process.env);
    const report = formatResult(result, format, { color, quiet: flags.quiet, category: flags.sarifCategory, showSuppressed: flags.showSuppressed });
    if (flags.output) await writeOutputAtomically(flags.output, report);
    else process.stdout.write(report);
    if (flags.output && hasInputErrors(result)) {
      for (const diagnostic of result.diagnostics.filter((d) => d.level === "error")) process.stderr.write(`error: ${describeDiagnostic(diagnostic)}
`);
    }
    state.exitCode = exitCodeFor(result, flags.failOn ?? configuration.config?.failOn ?? "low");
  });
}
async function scanPaths(paths, flags, common) {
  const stdin = paths.includes("-") ? readFileSync(0, "utf8") : void 0;
  const progress = flags.progress ? (await import("./progress-4VUN35PG.mjs")).progressBar() : void 0;
  return scan({ ...common, onProgress: progress?.onProgress, paths, root: flags.root, stdin, loadThreads: flags.threads }).finally(() => progress?.stop());
}
function exitCodeFor(result, failOn) {
  if (hasInputErrors(result)) return ExitCode.InputError;
  if (failOn !== "none" && result.findings.some((finding) => !isSuppressed(finding) && atOrAbove(finding.severity, failOn))) return ExitCode.Findings;
  return ExitCode.Clean;
}
function parseCategory(value) {
  if (!/^[\w./-]+$/.test(value)) throw new InvalidArgumentError("letters, digits, '.', '/', '_' and '-' only");
  return value;
}

// packages/cli/src/main.ts
var COMMANDS = {
  scan: async () => registerScanCommand,
  rules: async () => registerRulesCommand,
  baseline: async () => registerBaselineCommand,
  init: async () => registerInitCommand,
  drift: async () => (await import("./drift-5CFGSWAP.mjs")).registerDriftCommand
};
async function createProgram(state, command) {
  const program = new Command("tollgate").description("Policy-as-code for Terraform, Kubernetes and GitHub Actions").version(TOLLGATE_VERSION).showHelpAfterError().exitOverride();
  const names = command !== void 0 && Object.hasOwn(COMMANDS, command) ? [command] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]()))) register(program, state);
  return program;
}
async function main(argv) {
  const state = { exitCode: ExitCode.Clean };
  try {
    await (await createProgram(state, argv[0])).parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.Clean : ExitCode.InputError;
    }
    process.stderr.write(`tollgate: ${error instanceof Error ? error.message : String(error)}
`);
    return ExitCode.InputError;
  }
}
export {
  createProgram,
  main
};
