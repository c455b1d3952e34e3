import type { Diagnostic } from "../model/diagnostic.js";
import type { Edge, EdgeKind, Resource } from "../model/resource.js";

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
  readonly #edgeKeys = new Set<string>();
  readonly diagnostics: Diagnostic[] = [];

  /** Adds a resource; a second resource with the same id replaces nothing and is returned as false. */
  add(resource: Resource): boolean {
    if (this.#byId.has(resource.id)) return false;
    this.#byId.set(resource.id, resource);
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
    this.#byId.delete(from);
    const list = this.#byType.get(resource.type);
    if (list?.includes(resource)) list.splice(list.indexOf(resource), 1);
    const moved = [...(this.#outgoing.get(from) ?? []), ...(this.#incoming.get(from) ?? [])];
    for (const edge of moved) this.#unlink(edge);
    for (const edge of moved) {
      const next = { ...edge, from: edge.from === from ? to : edge.from, to: edge.to === from ? to : edge.to };
      if (next.from !== next.to) this.link(next);
    }
  }

  #unlink(edge: Edge): void {
    this.#edgeKeys.delete(`${edge.kind}\u001f${edge.from}\u001f${edge.to}`);
    const outgoing = this.#outgoing.get(edge.from);
    if (outgoing?.includes(edge)) outgoing.splice(outgoing.indexOf(edge), 1);
    const incoming = this.#incoming.get(edge.to);
    if (incoming?.includes(edge)) incoming.splice(incoming.indexOf(edge), 1);
  }

  /** Adds an edge once; edges may name resources that are not in the graph (yet). */
  link(edge: Edge): void {
    const key = `${edge.kind}\u001f${edge.from}\u001f${edge.to}`;
    if (this.#edgeKeys.has(key)) return;
    this.#edgeKeys.add(key);
    push(this.#outgoing, edge.from, edge);
    push(this.#incoming, edge.to, edge);
  }

  get(id: string): Resource | undefined {
    return this.#byId.get(id);
  }

  ofType(type: string): readonly Resource[] {
    return this.#byType.get(type) ?? [];
  }

  types(): IterableIterator<string> {
    return this.#byType.keys();
  }

  resources(): IterableIterator<Resource> {
    return this.#byId.values();
  }

  get size(): number {
    return this.#byId.size;
  }

  edgesFrom(id: string, kind?: EdgeKind): readonly Edge[] {
    const edges = this.#outgoing.get(id) ?? [];
    return kind ? edges.filter((edge) => edge.kind === kind) : edges;
  }

  edgesTo(id: string, kind?: EdgeKind): readonly Edge[] {
    const edges = this.#incoming.get(id) ?? [];
    return kind ? edges.filter((edge) => edge.kind === kind) : edges;
  }

  edges(): Edge[] {
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
