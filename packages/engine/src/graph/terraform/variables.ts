import path from "node:path";
import type { HclBlock, HclDocument, HclExpression } from "../../load/hcl/ast.js";
import { Unknown, type Value } from "../../model/value.js";
import { compareStrings } from "./values.js";
import type { RawVariable, TerraformInputs } from "./inputs.js";
import { convertToType, isComplexType, readType } from "./types.js";
import { EvaluationError } from "./values.js";

/** An input variable's declaration, read once per module. */
export interface VariableDeclaration {
  name: string;
  block: HclBlock;
  file: string;
  default?: HclExpression;
  type?: HclExpression;
  nullable: boolean;
  sensitive: boolean;
}

export function readVariable(block: HclBlock, file: string): VariableDeclaration {
  const attribute = (name: string) => block.body.attributes.find((item) => item.name === name)?.expression;
  const literal = (name: string) => {
    const expression = attribute(name);
    return expression?.kind === "literal" ? expression.value : undefined;
  };
  return {
    name: block.labels[0],
    block,
    file,
    default: attribute("default"),
    type: attribute("type"),
    nullable: literal("nullable") !== false,
    sensitive: literal("sensitive") === true,
  };
}

/** A value assigned to a root module variable, before conversion to its type. */
export type Assignment = { expression: HclExpression } | { raw: RawVariable };

/**
 * The variable files Terraform loads by itself for a root module, in its
 * order: `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars`
 * and `*.auto.tfvars.json` in lexical order of their names.
 */
export function automaticVariableFiles(variableFiles: readonly HclDocument[]): HclDocument[] {
  const byName = (document: HclDocument) => path.posix.basename(document.file);
  const named = (name: string) => variableFiles.filter((document) => byName(document) === name);
  const auto = variableFiles
    .filter((document) => /\.auto\.tfvars(\.json)?$/.test(byName(document)))
    .sort((a, b) => compareStrings(byName(a), byName(b)));
  return [...named("terraform.tfvars"), ...named("terraform.tfvars.json"), ...auto];
}

/**
 * The assignments of a root module's variables, by precedence (later wins):
 * environment (`TF_VAR_`), automatic variable files, then the command
 * line's `-var` and `-var-file` in their order.
 */
export function rootAssignments(variableFiles: readonly HclDocument[], inputs: TerraformInputs): Map<string, Assignment> {
  const assignments = new Map<string, Assignment>();
  for (const raw of inputs.environment) assignments.set(raw.name, { raw });
  const fromDocument = (document: HclDocument) => {
    for (const attribute of document.body.attributes) assignments.set(attribute.name, { expression: attribute.expression });
  };
  for (const document of automaticVariableFiles(variableFiles)) fromDocument(document);
  for (const input of inputs.commandLine) {
    if (input.kind === "file") fromDocument(input.document);
    else assignments.set(input.variable.name, { raw: input.variable });
  }
  return assignments;
}

/**
 * A variable's value: the assigned one (a raw string for primitive types,
 * HCL for complex ones, as Terraform reads `-var` and `TF_VAR_`), else the
 * default; converted to the declared type; a null for a non-nullable
 * variable takes the default. Unknown when nothing is known.
 */
export function variableValue(
  declaration: VariableDeclaration | undefined,
  assigned: { value: Value } | { raw: RawVariable } | undefined,
  evaluate: (expression: HclExpression) => Value,
): Value {
  const type = readType(declaration?.type);
  let value: Value | undefined;
  if (assigned && "raw" in assigned) {
    if (isComplexType(type)) value = assigned.raw.expression ? evaluate(assigned.raw.expression) : Unknown;
    else value = assigned.raw.text;
  } else if (assigned) value = assigned.value;
  if (value === undefined || (value === null && declaration && !declaration.nullable)) {
    value = declaration?.default ? evaluate(declaration.default) : undefined;
  }
  // A variable without a value: Terraform would ask for one; we cannot know it.
  if (value === undefined) return Unknown;
  try {
    return convertToType(value, type, evaluate);
  } catch (error) {
    if (error instanceof EvaluationError) return Unknown;
    throw error;
  }
}
