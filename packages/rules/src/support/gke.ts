import { asList, isObject, isUnknown, type AttributePath, type Resource, type ValueObject } from "@tollgate/engine";

export const GKE_CLUSTER = "google_container_cluster";
export const GKE_NODE_POOL = "google_container_node_pool";

/** Autopilot clusters manage nodes, network policy and Workload Identity themselves. */
export function isAutopilot(cluster: Resource): boolean {
  return cluster.attributes.enable_autopilot === true;
}

/** The first object of a nested block, if it is known. */
export function firstBlock(value: ValueObject[string] | undefined): ValueObject | undefined {
  const first = asList(value)[0];
  return isObject(first) ? first : undefined;
}

/** The node configuration of one node pool: where its `node_config` block is (or would be), and its content. */
export interface NodePoolConfig {
  at: AttributePath;
  config: ValueObject | undefined;
}

/**
 * The node pools a resource creates: a `google_container_node_pool`; or, for a
 * cluster, its inline `node_pool` blocks, else its default pool unless
 * `remove_default_node_pool` drops it. Empty when unknown or Autopilot.
 */
export function nodePoolConfigs(resource: Resource): NodePoolConfig[] {
  const attributes = resource.attributes;
  const read = (owner: ValueObject, base: AttributePath): NodePoolConfig | undefined => {
    if (isUnknown(owner.node_config)) return undefined;
    const config = asList(owner.node_config)[0];
    if (config !== undefined && !isObject(config)) return undefined;
    return { at: [...base, "node_config", 0], config };
  };
  if (resource.type === GKE_NODE_POOL) {
    const pool = read(attributes, []);
    return pool ? [pool] : [];
  }
  if (isAutopilot(resource) || isUnknown(attributes.node_pool)) return [];
  const inline = asList(attributes.node_pool);
  if (inline.length > 0) {
    return inline.flatMap((pool, index) => {
      const config = isObject(pool) ? read(pool, ["node_pool", index]) : undefined;
      return config ? [config] : [];
    });
  }
  if (attributes.remove_default_node_pool !== undefined && attributes.remove_default_node_pool !== false) return [];
  const pool = read(attributes, []);
  return pool ? [pool] : [];
}
