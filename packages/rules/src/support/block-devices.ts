import { isUnknown, type AttributePath, type ValueObject } from "@tollgate/engine";
import { blocksOf, isFalse, isTrue, isUnset } from "./terraform-values.js";

/** One EBS volume a launch definition creates without encryption. */
export interface UnencryptedVolume {
  /** The `encrypted` key when written as false, else the block that lacks it, else nothing (the root block is missing). */
  at?: AttributePath;
  /** "root volume", "EBS volume /dev/sdf". */
  label: string;
  explicit: boolean;
}

/**
 * Unencrypted volumes of an `aws_instance` or `aws_launch_configuration`:
 * `root_block_device` (missing means the AMI's unencrypted default) and each
 * `ebs_block_device`. A volume restored from a snapshot takes the snapshot's
 * encryption, and Unknown blocks or flags are skipped.
 */
export function unencryptedInstanceVolumes(attributes: ValueObject): UnencryptedVolume[] {
  const found: UnencryptedVolume[] = [];
  const roots = blocksOf(attributes, "root_block_device");
  if (roots !== undefined) {
    if (roots.length === 0) found.push({ label: "root volume", explicit: false });
    for (const { block, at } of roots) {
      const problem = volumeProblem(block, at);
      if (problem) found.push({ ...problem, label: "root volume" });
    }
  }
  for (const { block, at } of blocksOf(attributes, "ebs_block_device") ?? []) {
    const problem = volumeProblem(block, at);
    const device = typeof block.device_name === "string" ? ` ${block.device_name}` : "";
    if (problem) found.push({ ...problem, label: `EBS volume${device}` });
  }
  return found;
}

/** Whether one block-device block (instance, launch configuration or launch template `ebs`) leaves its volume unencrypted. */
export function volumeProblem(block: ValueObject, at: AttributePath): { at: AttributePath; explicit: boolean } | undefined {
  const encrypted = block.encrypted;
  if (isTrue(encrypted) || isUnknown(encrypted)) return undefined;
  if (isFalse(encrypted)) return { at: [...at, "encrypted"], explicit: true };
  if (!isUnset(block.snapshot_id) || !isUnset(block.kms_key_id)) return undefined;
  return { at, explicit: false };
}
