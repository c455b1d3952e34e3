import type { Diagnostic } from "../model/diagnostic.js";
import type { Edge, EdgeKind, Resource } from "../model/resource.js";
import { newWorkCounters, type WorkCounters } from "../model/work.js";

/**
 * All resources of a scan and the edges between them, indexed by id, by type
 * and by edge endpoint so that rules ask graph questions without scanning
 * everything.
 */
export class ResourceGraph {
  readonly #byId = new Map<string, Resource>();
  readonly #byType = new Map<string, Resource[]>();
  readonly #outgoing = new Map<string, Edge[]>();
  readonly #incoming = new Map<string, Edge[]>();
  /** The kinds of edge present, by `from` and then `to`: ids as they are, no key string built per edge. */
  readonly #edgeKinds = new Map<string, Map<string, EdgeKind[]>>();
  #edgeCount = 0;
  /** Per type, per index name: resources by key (`findBy`). */
  readonly #indexes = new Map<string, Map<string, Map<string, Resource[]>>>();
  /** Types whose lists may still hold replaced resources. */
  readonly #staleTypes = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];
  /** What building and querying this graph cost, in unit operations. */
  readonly work: WorkCounters = newWorkCounters();
  #revision = 0;

  /** Changes so far (resources added or replaced, edges linked): what is derived from the graph holds while this stays the same. */
  get revision(): number {
    return this.#revision;
  }

  /** Adds a resource; a second resource with the same id replaces nothing and is returned as false. */
  add(resource: Resource): boolean {
    this.work.resourcesAdded++;
    if (this.#byId.has(resource.id)) return false;
    this.#revision++;
    this.#byId.set(resource.id, resource);
    this.#indexes.delete(resource.type);
    const list = this.#byType.get(resource.type);
    if (list) list.push(resource);
    else this.#byType.set(resource.type, [resource]);
    return true;
  }

  /**
   * Puts `to` in place of `from`: removes resource `from` and moves its
   * edges to `to` (a plan resource taking over the HCL resource that
   * declared it). Edges that would link `to` to itself are dropped.
   */
  replace(from: string, to: string): void {
    const resource = this.#byId.get(from);
    if (!resource || from === to) return;
    this.#revision++;
    this.#byId.delete(from);
    // Left in its type's list until that list is next read: removing each at
    // once would scan the list per replacement, quadratic for a large plan.
    this.#staleTypes.add(resource.type);
    this.#indexes.delete(resource.type);
    const moved = [...(this.#outgoing.get(from) ?? []), ...(this.#incoming.get(from) ?? [])];
    for (const edge of moved) this.#unlink(edge);
    for (const edge of moved) {
      // A plain copy, then the ends: spreading and overriding in one literal takes V8's slow path.
      const next = { ...edge };
      next.from = edge.from === from ? to : edge.from;
      next.to = edge.to === from ? to : edge.to;
      if (next.from !== next.to) this.link(next);
    }
  }

  #unlink(edge: Edge): void {
    const kinds = this.#edgeKinds.get(edge.from)?.get(edge.to);
    const at = kinds ? kinds.indexOf(edge.kind) : -1;
    if (kinds && at !== -1) {
      kinds.splice(at, 1);
      this.#edgeCount--;
    }
    const outgoing = this.#outgoing.get(edge.from);
    if (outgoing?.includes(edge)) outgoing.splice(outgoing.indexOf(edge), 1);
    const incoming = this.#incoming.get(edge.to);
    if (incoming?.includes(edge)) incoming.splice(incoming.indexOf(edge), 1);
  }

  /** Adds an edge once; edges may name resources that are not in the graph (yet). */
  link(edge: Edge): void {
    this.work.edgesLinked++;
    let targets = this.#edgeKinds.get(edge.from);
    if (!targets) this.#edgeKinds.set(edge.from, (targets = new Map()));
    const kinds = targets.get(edge.to);
    if (kinds?.includes(edge.kind)) return;
    if (kinds) kinds.push(edge.kind);
    else targets.set(edge.to, [edge.kind]);
    this.#edgeCount++;
    this.#revision++;
    push(this.#outgoing, edge.from, edge);
    push(this.#incoming, edge.to, edge);
  }

  get(id: string): Resource | undefined {
    this.work.graphLookups++;
    return this.#byId.get(id);
  }

  ofType(type: string): readonly Resource[] {
    const resources = this.#typeList(type) ?? [];
    this.work.graphLookups++;
    this.work.itemsReturned += resources.length;
    return resources;
  }

  #typeList(type: string): Resource[] | undefined {
    const list = this.#byType.get(type);
    if (!list || !this.#staleTypes.has(type)) return list;
    this.#staleTypes.delete(type);
    const current = list.filter((resource) => this.#byId.get(resource.id) === resource);
    this.#byType.set(type, current);
    return current;
  }

  /** How many resources of `type` there are, without handing them over. */
  countOf(type: string): number {
    this.work.graphLookups++;
    return this.#typeList(type)?.length ?? 0;
  }

  /**
   * The resources of `type` that `keyOf` gives `key` (or a list holding it),
   * through an index built on the first question: "the settings resource
   * that names this bucket" costs a lookup, not a scan of every resource of
   * the type for each bucket. `index` names the key function; the index is
   * dropped when a resource of the type is added or replaced.
   */
  findBy(type: string, index: string, keyOf: (resource: Resource) => string | readonly string[] | undefined, key: string): readonly Resource[] {
    let byName = this.#indexes.get(type);
    if (!byName) this.#indexes.set(type, (byName = new Map()));
    let byKey = byName.get(index);
    if (!byKey) {
      byKey = new Map();
      for (const resource of this.#typeList(type) ?? []) {
        const keys = keyOf(resource);
        if (keys === undefined) continue;
        for (const each of typeof keys === "string" ? [keys] : new Set(keys)) push(byKey, each, resource);
      }
      this.work.itemsReturned += this.#typeList(type)?.length ?? 0;
      byName.set(index, byKey);
    }
    const found = byKey.get(key) ?? [];
    this.work.graphLookups++;
    this.work.itemsReturned += found.length;
    return found;
  }

  types(): IterableIterator<string> {
    return this.#byType.keys();
  }

  resources(): IterableIterator<Resource> {
    this.work.graphLookups++;
    this.work.itemsReturned += this.#byId.size;
    return this.#byId.values();
  }

  get size(): number {
    return this.#byId.size;
  }

  edgesFrom(id: string, kind?: EdgeKind): readonly Edge[] {
    const edges = this.#outgoing.get(id) ?? [];
    this.work.graphLookups++;
    this.work.itemsReturned += edges.length;
    return kind ? edges.filter((edge) => edge.kind === kind) : edges;
  }

  edgesTo(id: string, kind?: EdgeKind): readonly Edge[] {
    const edges = this.#incoming.get(id) ?? [];
    this.work.graphLookups++;
    this.work.itemsReturned += edges.length;
    return kind ? edges.filter((edge) => edge.kind === kind) : edges;
  }

  edges(): Edge[] {
    this.work.graphLookups++;
    this.work.itemsReturned += this.#edgeCount;
    return [...this.#outgoing.values()].flat();
  }

  /** Resources that `id` points to by edges of `kind`, present in the graph. */
  targets(id: string, kind?: EdgeKind): Resource[] {
    return this.edgesFrom(id, kind)
      .map((edge) => this.#byId.get(edge.to))
      .filter((resource): resource is Resource => resource !== undefined);
  }

  /** Resources that point at `id` by edges of `kind`, present in the graph. */
  sources(id: string, kind?: EdgeKind): Resource[] {
    return this.edgesTo(id, kind)
      .map((edge) => this.#byId.get(edge.from))
      .filter((resource): resource is Resource => resource !== undefined);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
