/**
 * How much the engine did during one scan, in unit operations. Unlike times
 * these are the same on every machine, so a test can check that the work
 * grows linearly with the input, and a quadratic join shows up as a ratio.
 */
export interface WorkCounters {
  /** Files handed to the loaders. */
  filesLoaded: number;
  /** Documents the loaders returned: one per HCL or JSON file, one per YAML document. */
  documentsLoaded: number;
  /** Resources offered to the graph, duplicates included. */
  resourcesAdded: number;
  /** Edges offered to the graph, duplicates included. */
  edgesLinked: number;
  /** Questions asked of the graph: by id, by type, by edge endpoint. */
  graphLookups: number;
  /** Edges and resources those questions handed back: a rule that lists every resource of a type per resource shows up here. */
  itemsReturned: number;
  /** Workloads compared with a label selector. */
  selectorComparisons: number;
  /** Rule checks run, one per (rule, resource). */
  ruleInvocations: number;
  /** Findings rules reported, before duplicates are dropped. */
  reports: number;
}

export function newWorkCounters(): WorkCounters {
  return {
    filesLoaded: 0,
    documentsLoaded: 0,
    resourcesAdded: 0,
    edgesLinked: 0,
    graphLookups: 0,
    itemsReturned: 0,
    selectorComparisons: 0,
    ruleInvocations: 0,
    reports: 0,
  };
}
