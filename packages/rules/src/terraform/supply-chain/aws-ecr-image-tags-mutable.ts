import { defineRule, isUnknown } from "@tollgate/engine";
import { isUnset } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-ecr-image-tags-mutable",
    title: "ECR repository allows mutable image tags",
    severity: "low",
    category: "supply-chain",
    platforms: ["terraform"],
    resourceTypes: ["aws_ecr_repository"],
    description:
      "Image tags in the repository are mutable (the default): pushing again under an existing tag such as `v1.4.2` silently replaces the image. Deployments that pull by tag can then run code that was never reviewed or scanned, and a compromised pipeline can swap a released image without a trace in the tag.",
    remediation: "Set `image_tag_mutability = \"IMMUTABLE\"` (or `IMMUTABLE_WITH_EXCLUSION` for a `latest`-style tag you deliberately move), and deploy images by digest.",
    precision: "very-high",
    cwe: ["CWE-494"],
    tags: ["ecr", "container-image", "mutable-tags", "immutable-tags"],
    references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html"],
  },
  check(repository, { report }) {
    const mutability = repository.attributes.image_tag_mutability;
    if (isUnknown(mutability)) return;
    if (isUnset(mutability)) {
      report({ message: `ECR repository ${repository.name} has mutable image tags (image_tag_mutability defaults to MUTABLE)` });
    } else if (mutability === "MUTABLE" || mutability === "MUTABLE_WITH_EXCLUSION") {
      report({ at: ["image_tag_mutability"], message: `ECR repository ${repository.name} has mutable image tags (image_tag_mutability = "${mutability}")` });
    }
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
    ],
    invalid: [
      {
        name: "explicitly mutable",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "MUTABLE"
}
`,
        errors: [{ line: 3, column: 3 }],
      },
      {
        name: "default",
        filename: "main.tf",
        code: `resource "aws_ecr_repository" "api" {
  name = "api"
}
`,
        errors: [{ line: 1, column: 1 }],
      },
    ],
  },
});
