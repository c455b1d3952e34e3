import { InvalidArgumentError, Option } from "commander";

/** A `--var` or `--var-file` option, numbered so the two lists merge back into command-line order. */
type Numbered = ({ name: string; value: string } | { file: string }) & { order: number };

let nextOrder = 0;

/** `--var name=value`, repeatable, as Terraform's `-var`: later values win, whichever option gave them. */
export function varOption(): Option {
  return new Option("--var <name=value>", "set a Terraform input variable (repeatable; later values win)").argParser(parseVariable).default([]);
}

/** `--var-file FILE`, repeatable, as Terraform's `-var-file`. */
export function varFileOption(): Option {
  return new Option("--var-file <file>", "read Terraform input variables from a .tfvars or .tfvars.json file (repeatable)").argParser(parseVariableFile).default([]);
}

function parseVariable(text: string, previous: Numbered[]): Numbered[] {
  const equals = text.indexOf("=");
  const name = equals === -1 ? "" : text.slice(0, equals).trim();
  if (!/^[A-Za-z_][\w-]*$/.test(name)) throw new InvalidArgumentError("expected name=value, with a variable name before the =");
  return [...previous, { name, value: text.slice(equals + 1), order: nextOrder++ }];
}

function parseVariableFile(file: string, previous: Numbered[]): Numbered[] {
  return [...previous, { file, order: nextOrder++ }];
}

/** The options' values in command-line order, as `ScanOptions.variables` takes them. */
export function variableOptions(flags: { var?: Numbered[]; varFile?: Numbered[] }): Array<{ name: string; value: string } | { file: string }> {
  return [...(flags.var ?? []), ...(flags.varFile ?? [])]
    .sort((a, b) => a.order - b.order)
    .map((option) => ("file" in option ? { file: option.file } : { name: option.name, value: option.value }));
}

/** The environment's `TF_VAR_*` variables: the CLI reads the environment, the engine does not. */
export function terraformEnvironment(environment: NodeJS.ProcessEnv): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [key, value] of Object.entries(environment)) if (key.startsWith("TF_VAR_") && value !== undefined) variables[key] = value;
  return variables;
}
