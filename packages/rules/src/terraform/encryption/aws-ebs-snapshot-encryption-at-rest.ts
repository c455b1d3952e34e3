import { defineRule, isUnknown } from "@tollgate/engine";
import { isFalse, isTrue, isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-ebs-snapshot-encryption-at-rest",
    title: "EBS snapshot not encrypted at rest",
    severity: "low",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_ebs_snapshot", "aws_ebs_snapshot_copy"],
    description:
      "The snapshot is stored unencrypted: it is taken of an unencrypted volume, or a copy explicitly turns encryption off. Unencrypted snapshots can be shared with other accounts or made public, and anyone who can restore them reads the whole disk.",
    remediation: "Snapshot only encrypted volumes, and copy existing unencrypted snapshots with `aws_ebs_snapshot_copy` and `encrypted = true` (plus `kms_key_id`).",
    precision: "high",
    cwe: ["CWE-311"],
    tags: ["ebs", "snapshot", "encryption-at-rest"],
    references: [
      "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_snapshot_copy#encrypted",
    ],
  },
  check(snapshot, { graph, report }) {
    if (snapshot.type === "aws_ebs_snapshot_copy") {
      if (isFalse(snapshot.attributes.encrypted)) {
        report({ at: ["encrypted"], message: `EBS snapshot copy ${snapshot.name} is not encrypted at rest (encrypted = false)` });
      }
      return;
    }
    if (isTrue(snapshot.attributes.encrypted)) return;
    const volumes = graph.targets(snapshot.id, "references").filter((target) => target.type === "aws_ebs_volume");
    if (volumes.length !== 1) return;
    const volume = volumes[0]!;
    const encrypted = volume.attributes.encrypted;
    if (isTrue(encrypted) || isUnknown(encrypted)) return;
    // A volume restored from a snapshot carries that snapshot's encryption, as the volume rule assumes.
    if (isUnset(encrypted) && !isUnset(volume.attributes.snapshot_id)) return;
    report({ at: ["volume_id"], message: `EBS snapshot ${snapshot.name} is not encrypted at rest: it is taken of the unencrypted volume ${volume.name}` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`,
      },
    ],
    invalid: [
      {
        name: "snapshot of an unencrypted volume",
        filename: "main.tf",
        code: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`,
        errors: [{ line: 7, column: 3 }],
      },
      {
        name: "unencrypted copy",
        filename: "main.tf",
        code: `resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0a1b2c3d4e5f67890"
  source_region      = "eu-west-1"
  encrypted          = false
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
