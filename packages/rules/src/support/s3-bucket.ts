import type { Resource, ResourceGraph } from "@tollgate/engine";

export const PUBLIC_ACCESS_BLOCK_SETTINGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"] as const;

/**
 * Resources of `type` configuring a bucket (`bucket = aws_s3_bucket.x.id`):
 * by reference, or by the bucket's literal name in the same module, plan or
 * state.
 */
export function bucketSettings(graph: ResourceGraph, bucket: Resource, type: string): Resource[] {
  const found = new Set<Resource>();
  for (const edge of graph.edgesTo(bucket.id, "references")) {
    const source = graph.get(edge.from);
    if (source?.type === type && edge.via?.[0] === "bucket") found.add(source);
  }
  const name = bucket.attributes.bucket;
  if (typeof name === "string") {
    for (const candidate of graph.findBy(type, "bucket-name", bucketNameKey, groupKey(bucket, name))) found.add(candidate);
  }
  return [...found];
}

/** The bucket a per-bucket setting resource configures. */
export function bucketOf(graph: ResourceGraph, setting: Resource): Resource | undefined {
  const referenced = graph.targets(setting.id, "references").find((target) => target.type === "aws_s3_bucket");
  if (referenced) return referenced;
  const name = setting.attributes.bucket;
  return typeof name === "string" ? graph.findBy("aws_s3_bucket", "bucket-name", bucketNameKey, groupKey(setting, name))[0] : undefined;
}

/** A bucket name within its module, plan or state: buckets and their settings meet on it. */
function bucketNameKey(resource: Resource): string | undefined {
  const name = resource.attributes.bucket;
  return typeof name === "string" ? groupKey(resource, name) : undefined;
}

function groupKey(resource: Resource, name: string): string {
  return `${resource.id.slice(0, resource.id.indexOf("::"))}\u001f${name}`;
}

/** Public access settings a block leaves off: `false`, or absent (the default). Unknown values count as set. */
export function unblockedSettings(block: Resource): string[] {
  return PUBLIC_ACCESS_BLOCK_SETTINGS.filter((setting) => {
    const value = block.attributes[setting];
    return value === undefined || value === null || value === false;
  });
}

/** An account-wide block with every setting on covers every bucket of the account. */
export function accountBlocksPublicAccess(graph: ResourceGraph, near: Resource): boolean {
  return graph.ofType("aws_s3_account_public_access_block").some((block) => sameGroup(block, near) && unblockedSettings(block).length === 0);
}

/** `terraform:infra::aws_s3_bucket.x` and `terraform:infra::aws_s3_bucket_policy.y` are in one module. */
function sameGroup(a: Resource, b: Resource): boolean {
  return a.id.slice(0, a.id.indexOf("::")) === b.id.slice(0, b.id.indexOf("::"));
}
