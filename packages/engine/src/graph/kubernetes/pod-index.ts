import type { Resource } from "../../model/resource.js";
import { getPath } from "../../model/value.js";
import { labelsOf, matchesSelector, type LabelSelector, type Labels } from "./label-selector.js";
import { podTemplateLabelsPath, WORKLOAD_KINDS } from "./pod-spec.js";
import type { ResourceGraph } from "../graph.js";
import { namespaceOf } from "./scope.js";
import { newWorkCounters, type WorkCounters } from "../../model/work.js";

interface IndexedPods {
  resource: Resource;
  labels: Labels;
}

interface NamespacePods {
  all: IndexedPods[];
  /** `key=value` (neither may contain `=`) → workloads whose pods carry that label. */
  byLabel: Map<string, IndexedPods[]>;
  byKey: Map<string, IndexedPods[]>;
}

/**
 * Workloads by namespace and pod label, so that a selector only looks at
 * the workloads that carry its most selective label.
 */
export class PodIndex {
  readonly #namespaces = new Map<string, NamespacePods>();

  constructor(private readonly work: WorkCounters = newWorkCounters()) {}

  static fromGraph(graph: ResourceGraph): PodIndex {
    const index = new PodIndex(graph.work);
    for (const kind of WORKLOAD_KINDS) {
      for (const resource of graph.ofType(kind)) {
        if (resource.platform === "kubernetes") index.add(resource);
      }
    }
    return index;
  }

  add(resource: Resource): void {
    const labelsPath = podTemplateLabelsPath(resource.type);
    const namespace = namespaceOf(resource);
    if (!labelsPath || namespace === undefined) return;
    const entry: IndexedPods = { resource, labels: labelsOf(getPath(resource.attributes, labelsPath)) };
    let pods = this.#namespaces.get(namespace);
    if (!pods) {
      pods = { all: [], byLabel: new Map(), byKey: new Map() };
      this.#namespaces.set(namespace, pods);
    }
    pods.all.push(entry);
    for (const [key, value] of entry.labels) {
      push(pods.byLabel, `${key}=${value}`, entry);
      push(pods.byKey, key, entry);
    }
  }

  /** Workloads of `namespace` whose pods match `selector`. */
  select(namespace: string, selector: LabelSelector): Resource[] {
    const pods = this.#namespaces.get(namespace);
    if (!pods) return [];
    const found = candidates(pods, selector);
    this.work.selectorComparisons += found.length;
    return found
      .filter((entry) => matchesSelector(selector, entry.labels))
      .map((entry) => entry.resource);
  }
}

/** The smallest set that can hold every match: the narrowest `In` or `Exists` requirement. */
function candidates(pods: NamespacePods, selector: LabelSelector): IndexedPods[] {
  let best = pods.all;
  for (const requirement of selector) {
    let narrowed: IndexedPods[] | undefined;
    if (requirement.operator === "In") {
      // A workload has one value per key, so the lists of different values are disjoint.
      narrowed = requirement.values.flatMap((value) => pods.byLabel.get(`${requirement.key}=${value}`) ?? []);
    } else if (requirement.operator === "Exists") {
      narrowed = pods.byKey.get(requirement.key) ?? [];
    }
    if (narrowed && narrowed.length < best.length) best = narrowed;
    if (best.length === 0) break;
  }
  return best;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
