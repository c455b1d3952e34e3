import { defineRule } from "../../src/evaluate/rule.js";
import { isObject, type Value } from "../../src/model/value.js";

/** Small rules for the suppression tests, so they do not depend on the rule library. */
export const publicAclRule = defineRule({
  meta: {
    id: "test-public-acl",
    title: "Bucket with a public ACL",
    severity: "high",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket"],
    description: "Test rule.",
    remediation: "Test rule.",
    precision: "high",
  },
  check(resource, { report }) {
    if (resource.attributes.acl === "public-read") report({ at: ["acl"], message: `${resource.name} is public` });
  },
  examples: { valid: [], invalid: [] },
});

export const privilegedRule = defineRule({
  meta: {
    id: "test-privileged",
    title: "Privileged container",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: ["Pod"],
    description: "Test rule.",
    remediation: "Test rule.",
    precision: "high",
  },
  check(resource, { report }) {
    const spec = resource.attributes.spec;
    const containers: Value[] = isObject(spec) && Array.isArray(spec.containers) ? spec.containers : [];
    containers.forEach((container, index) => {
      const context = isObject(container) ? container.securityContext : undefined;
      if (isObject(context) && context.privileged === true) {
        report({ at: ["spec", "containers", index, "securityContext", "privileged"], message: "privileged container" });
      }
    });
  },
  examples: { valid: [], invalid: [] },
});

export const TEST_RULES = [publicAclRule, privilegedRule];
