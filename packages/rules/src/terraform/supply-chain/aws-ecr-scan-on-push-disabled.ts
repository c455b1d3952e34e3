import { asList, defineRule, isObject, isUnknown } from "@tollgate/engine";
import { isTrue } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-ecr-scan-on-push-disabled",
    title: "ECR repository image scan on push not enabled",
    severity: "low",
    category: "supply-chain",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository"],
    description:
      "Images pushed to the repository are not scanned for known vulnerabilities (`image_scanning_configuration.scan_on_push` is not true) and no registry-wide scanning configuration is declared. Images with known CVEs in their OS packages or libraries reach deployment unnoticed.",
    remediation:
      "Set `image_scanning_configuration { scan_on_push = true }`, or configure scanning for the whole registry with `aws_ecr_registry_scanning_configuration` (enhanced scanning with Amazon Inspector rescans continuously).",
    precision: "high",
    cwe: ["CWE-1104"],
    tags: ["ecr", "container-image", "scan-on-push", "vulnerability-scanning"],
    references: [
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_registry_scanning_configuration",
    ],
  },
  check(repository, { graph, report }) {
    // Registry-level scanning rules replace the repository setting.
    const group = repository.id.slice(0, repository.id.indexOf("::"));
    if (graph.ofType("aws_ecr_registry_scanning_configuration").some((configuration) => configuration.id.startsWith(`${group}::`))) return;
    const configuration = repository.attributes.image_scanning_configuration;
    if (isUnknown(configuration)) return;
    const block = asList(configuration)[0];
    if (block === undefined) {
      report({ message: `ECR repository ${repository.name} does not scan images on push (no image_scanning_configuration)` });
      return;
    }
    if (!isObject(block) || isUnknown(block.scan_on_push) || isTrue(block.scan_on_push)) return;
    const base = isObject(configuration) ? ["image_scanning_configuration"] : ["image_scanning_configuration", 0];
    const at = block.scan_on_push === undefined ? base : [...base, "scan_on_push"];
    report({ at, message: `ECR repository ${repository.name} does not scan images on push (scan_on_push is not true)` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}
`,
      },
      {
        name: "registry-wide scanning",
        filename: "main.tf",
        code: `resource "aws_ecr_registry_scanning_configuration" "registry" {
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}

resource "aws_ecr_repository" "api" {
  name = "api"
}
`,
      },
    ],
    invalid: [
      {
        name: "turned off",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name = "api"
  image_scanning_configuration {
    scan_on_push = false
  }
}
`,
        errors: [{ line: 4, column: 5 }],
      },
      {
        name: "not configured",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
