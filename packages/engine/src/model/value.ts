/**
 * Attribute values are plain data. What cannot be known statically (a computed
 * plan attribute, a data source, a variable without a value) is the Unknown
 * marker: rules treat it as "set, value unknown" and never fire on it.
 */
export class UnknownValue {
  static readonly instance = new UnknownValue();
  private constructor() {}
  toJSON(): string {
    return "(unknown)";
  }
  toString(): string {
    return "(unknown)";
  }
}

export const Unknown = UnknownValue.instance;

export type Scalar = string | number | boolean | null;
export type Value = Scalar | UnknownValue | Value[] | { [key: string]: Value };
export type ValueObject = { [key: string]: Value };

export function isUnknown(value: unknown): value is UnknownValue {
  return value === Unknown;
}

export function isObject(value: unknown): value is ValueObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof UnknownValue);
}

/** Objects built from untrusted keys: no prototype, so `__proto__` is just a key. */
export function emptyObject(): ValueObject {
  return Object.create(null) as ValueObject;
}

/** Reads a nested value; undefined when any step is missing, Unknown when any step is unknown. */
export function getPath(value: Value | undefined, path: readonly (string | number)[]): Value | undefined {
  let current: Value | undefined = value;
  for (const segment of path) {
    if (current === undefined || current === null) return undefined;
    if (isUnknown(current)) return Unknown;
    if (typeof segment === "number") {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (!isObject(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
      current = current[segment];
    }
  }
  return current;
}

/**
 * Terraform nested blocks appear as lists of objects (in plans and in our HCL
 * model) but sometimes as a single object; this reads either as a list.
 */
export function asList(value: Value | undefined): Value[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
