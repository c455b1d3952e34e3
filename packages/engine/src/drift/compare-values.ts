import type { AttributePath } from "../model/source.js";
import { isObject, isUnknown, type Scalar, type Value, type ValueObject } from "../model/value.js";

/** One attribute that differs; paths are given on each side because list items may sit at different indexes. */
export interface Difference {
  kind: "changed" | "added" | "removed";
  desiredPath?: AttributePath;
  actualPath?: AttributePath;
  desired?: Value;
  actual?: Value;
}

/** What a platform knows about its own values. */
export interface ComparePolicy {
  /**
   * Report object keys that exist only live. Off when the live side holds
   * every computed attribute (a Terraform state against HCL): then only live
   * list items (an extra ingress rule) count as additions.
   */
  liveOnlyKeys: boolean;
  /** Paths (on the live side where there is one) that neither side is compared at: server-populated fields. */
  ignored(path: AttributePath): boolean;
  /** A live-only value the server fills in by default; `parent` is the live object holding it. */
  isServerDefault(path: AttributePath, value: Value, parent: ValueObject | undefined): boolean;
  /** The field that identifies the items of an object list at `path` (`name` for containers), if any. */
  mergeKey(path: AttributePath): string | undefined;
  /** Equality of two scalars at `path`; loose about numbers written as strings. */
  sameScalar(path: AttributePath, desired: Scalar, actual: Scalar): boolean;
  /** Scalar lists are sets (Terraform's `cidr_blocks`), not sequences (a container's `args`). */
  unorderedScalarLists: boolean;
}

/** Differences between a desired and an actual value, in desired order then live-only additions. */
export function compareValues(desired: Value | undefined, actual: Value | undefined, policy: ComparePolicy): Difference[] {
  const out: Difference[] = [];
  new Comparison(policy, out).compare(desired, actual, [], [], undefined);
  return out;
}

/** Absent in all but name: Kubernetes omits empty fields, Terraform writes them as null. */
export function isEmptyValue(value: Value | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

/** Zero values the Kubernetes API drops on the way in (`hostNetwork: false`), so their absence live is no change. */
function isZeroValue(value: Value | undefined): boolean {
  return isEmptyValue(value) || value === false || value === 0 || value === "";
}

function isScalar(value: Value | undefined): value is Scalar {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

class Comparison {
  constructor(
    private readonly policy: ComparePolicy,
    private readonly out: Difference[],
  ) {}

  compare(desired: Value | undefined, actual: Value | undefined, desiredPath: AttributePath, actualPath: AttributePath, liveParent: ValueObject | undefined): void {
    if (this.policy.ignored(actual === undefined ? desiredPath : actualPath)) return;
    if (isUnknown(desired) || isUnknown(actual)) return;
    if (Array.isArray(desired) && Array.isArray(actual)) return this.lists(desired, actual, desiredPath, actualPath);
    if (isObject(desired) && isObject(actual)) return this.objects(desired, actual, desiredPath, actualPath);
    if (isEmptyValue(desired)) {
      if (!isEmptyValue(actual)) this.liveOnly(actual!, actualPath, liveParent);
      return;
    }
    if (isEmptyValue(actual)) {
      this.desiredOnly(desired!, desiredPath);
      return;
    }
    if (isScalar(desired) && isScalar(actual)) {
      if (!this.policy.sameScalar(actualPath, desired, actual)) this.out.push({ kind: "changed", desiredPath, actualPath, desired, actual });
      return;
    }
    this.out.push({ kind: "changed", desiredPath, actualPath, desired, actual });
  }

  private objects(desired: ValueObject, actual: ValueObject, desiredPath: AttributePath, actualPath: AttributePath): void {
    for (const key of Object.keys(desired)) this.compare(desired[key], actual[key], [...desiredPath, key], [...actualPath, key], actual);
    for (const key of Object.keys(actual)) {
      if (Object.prototype.hasOwnProperty.call(desired, key)) continue;
      if (this.policy.liveOnlyKeys) this.liveOnly(actual[key], [...actualPath, key], actual);
    }
  }

  /** The desired side has it, the live side does not: recorded leaf by leaf so that zero values drop out. */
  private desiredOnly(desired: Value, desiredPath: AttributePath): void {
    if (this.policy.ignored(desiredPath) || isUnknown(desired) || isZeroValue(desired)) return;
    if (isObject(desired)) {
      for (const key of Object.keys(desired)) this.desiredOnly(desired[key], [...desiredPath, key]);
      return;
    }
    this.out.push({ kind: "removed", desiredPath, desired });
  }

  /**
   * The live side has it, the code does not. Objects are followed key by key
   * so that server defaults inside them (a Deployment's `strategy`) drop out;
   * lists and scalars are reported whole.
   */
  private liveOnly(actual: Value, actualPath: AttributePath, liveParent: ValueObject | undefined): void {
    if (this.policy.ignored(actualPath) || isUnknown(actual)) return;
    if (this.policy.isServerDefault(actualPath, actual, liveParent)) return;
    // An empty string is as good as absent: providers and the API write either.
    if (isEmptyValue(actual) || actual === "") return;
    if (isObject(actual)) {
      for (const key of Object.keys(actual)) this.liveOnly(actual[key], [...actualPath, key], actual);
      return;
    }
    if (Array.isArray(actual)) {
      const kept = actual.filter((item, index) => this.hasLiveContent(item, [...actualPath, index], undefined));
      if (kept.length === 0) return;
      if (kept.every((item) => isObject(item))) {
        actual.forEach((item, index) => this.liveOnlyItem(item, [...actualPath, index]));
        return;
      }
    }
    this.out.push({ kind: "added", actualPath, actual });
  }

  /** A list item only the live side has: reported whole, unless everything in it is a server default. */
  private liveOnlyItem(item: Value, actualPath: AttributePath): void {
    if (this.hasLiveContent(item, actualPath, undefined)) this.out.push({ kind: "added", actualPath, actual: item });
  }

  private hasLiveContent(value: Value, path: AttributePath, parent: ValueObject | undefined): boolean {
    if (this.policy.ignored(path) || isUnknown(value) || isEmptyValue(value) || value === "") return false;
    if (this.policy.isServerDefault(path, value, parent)) return false;
    if (isObject(value)) return Object.keys(value).some((key) => this.hasLiveContent(value[key], [...path, key], value));
    if (Array.isArray(value)) return value.some((item, index) => this.hasLiveContent(item, [...path, index], undefined));
    return true;
  }

  private lists(desired: Value[], actual: Value[], desiredPath: AttributePath, actualPath: AttributePath): void {
    const objects = [...desired, ...actual].every((item) => isObject(item));
    if (!objects) {
      if (!this.sameScalarList(desired, actual, actualPath)) this.out.push({ kind: "changed", desiredPath, actualPath, desired, actual });
      return;
    }
    const key = this.policy.mergeKey(actualPath);
    const pairs = key !== undefined ? this.pairByKey(desired, actual, key) : this.pairByContent(desired, actual, desiredPath, actualPath);
    for (const [desiredIndex, actualIndex] of pairs.matched) {
      this.compare(desired[desiredIndex], actual[actualIndex], [...desiredPath, desiredIndex], [...actualPath, actualIndex], undefined);
    }
    for (const index of pairs.desiredOnly) {
      const itemPath = [...desiredPath, index];
      if (!this.policy.ignored(itemPath) && !isEmptyValue(desired[index])) this.out.push({ kind: "removed", desiredPath: itemPath, desired: desired[index] });
    }
    for (const index of pairs.actualOnly) this.liveOnlyItem(actual[index], [...actualPath, index]);
  }

  private sameScalarList(desired: Value[], actual: Value[], path: AttributePath): boolean {
    if (desired.length !== actual.length) return false;
    const same = (a: Value, b: Value) =>
      isScalar(a) && isScalar(b) ? this.policy.sameScalar(path, a, b) : JSON.stringify(a) === JSON.stringify(b);
    if (!this.policy.unorderedScalarLists) return desired.every((item, index) => same(item, actual[index]));
    const unused = new Set(actual.keys());
    return desired.every((item) => {
      for (const index of unused) {
        if (same(item, actual[index])) {
          unused.delete(index);
          return true;
        }
      }
      return false;
    });
  }

  /** Kubernetes merge keys: containers by name, ports by number. Duplicate keys fall back to order. */
  private pairByKey(desired: Value[], actual: Value[], key: string): ListPairing {
    const keyOf = (item: Value) => (isObject(item) && isScalar(item[key]) ? String(item[key]) : undefined);
    const liveByKey = new Map<string, number>();
    actual.forEach((item, index) => {
      const value = keyOf(item);
      if (value !== undefined && !liveByKey.has(value)) liveByKey.set(value, index);
    });
    const pairing: ListPairing = { matched: [], desiredOnly: [], actualOnly: [] };
    const used = new Set<number>();
    desired.forEach((item, index) => {
      const value = keyOf(item);
      const match = value === undefined ? undefined : liveByKey.get(value);
      if (match === undefined || used.has(match)) pairing.desiredOnly.push(index);
      else {
        used.add(match);
        pairing.matched.push([index, match]);
      }
    });
    actual.forEach((_, index) => {
      if (!used.has(index)) pairing.actualOnly.push(index);
    });
    return pairing;
  }

  /**
   * Lists without a key (Terraform's ingress blocks, which are sets): an item
   * the live side covers exactly is matched first; what is left is paired
   * with the closest live item, so one edited rule reads as one change.
   */
  private pairByContent(desired: Value[], actual: Value[], desiredPath: AttributePath, actualPath: AttributePath): ListPairing {
    const differences = (d: number, a: number) => {
      const out: Difference[] = [];
      new Comparison(this.policy, out).compare(desired[d], actual[a], [...desiredPath, d], [...actualPath, a], undefined);
      return out.length;
    };
    const pairing: ListPairing = { matched: [], desiredOnly: [], actualOnly: [] };
    const free = new Set(actual.keys());
    const leftover: number[] = [];
    desired.forEach((_, d) => {
      for (const a of free) {
        if (differences(d, a) === 0) {
          free.delete(a);
          pairing.matched.push([d, a]);
          return;
        }
      }
      leftover.push(d);
    });
    for (const d of leftover) {
      let best: { index: number; count: number } | undefined;
      for (const a of free) {
        const count = differences(d, a);
        if (!best || count < best.count) best = { index: a, count };
      }
      // Pair only items that still have something in common; otherwise one was removed and another added.
      const size = Math.max(1, Object.keys(desired[d] as ValueObject).length);
      if (best && best.count * 2 <= size) {
        free.delete(best.index);
        pairing.matched.push([d, best.index]);
      } else {
        pairing.desiredOnly.push(d);
      }
    }
    pairing.actualOnly.push(...[...free].sort((a, b) => a - b));
    return pairing;
  }
}

interface ListPairing {
  matched: Array<[number, number]>;
  desiredOnly: number[];
  actualOnly: number[];
}
