import { defineRule } from "../../src/evaluate/rule.js";
import { containersOf, WORKLOAD_KINDS } from "../../src/graph/kubernetes/pod-spec.js";
import { asList, getPath, isObject } from "../../src/model/value.js";

/** Small rules for the drift tests, so that the engine's tests do not depend on the rule library. */
export const openSshRule = defineRule({
  meta: {
    id: "test-ssh-open",
    title: "SSH open to the internet",
    severity: "critical",
    category: "networking",
    platforms: ["terraform"],
    resourceTypes: ["aws_security_group"],
    description: "Test rule.",
    remediation: "Test rule.",
    precision: "high",
  },
  check(group, { report }) {
    asList(group.attributes.ingress).forEach((rule, index) => {
      if (!isObject(rule) || !(Number(rule.from_port) <= 22 && Number(rule.to_port) >= 22)) return;
      asList(rule.cidr_blocks).forEach((cidr, cidrIndex) => {
        if (cidr === "0.0.0.0/0") report({ at: ["ingress", index, "cidr_blocks", cidrIndex], message: `${group.name} opens SSH to the internet` });
      });
    });
  },
  examples: { valid: [], invalid: [] },
});

export const bucketTagRule = defineRule({
  meta: {
    id: "test-bucket-untagged-owner",
    title: "Bucket without an owner tag",
    severity: "low",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["aws_s3_bucket"],
    description: "Test rule: fires on both sides of the fixtures, so it is never new.",
    remediation: "Test rule.",
    precision: "high",
  },
  check(bucket, { report }) {
    if (getPath(bucket.attributes, ["tags", "owner"]) === undefined) report({ at: ["tags"], message: `${bucket.name} has no owner tag` });
  },
  examples: { valid: [], invalid: [] },
});

export const privilegedWorkloadRule = defineRule({
  meta: {
    id: "test-privileged",
    title: "Privileged container",
    severity: "critical",
    category: "iam",
    platforms: ["kubernetes"],
    resourceTypes: WORKLOAD_KINDS,
    description: "Test rule.",
    remediation: "Test rule.",
    precision: "high",
  },
  check(workload, { report }) {
    for (const { container, path, name } of containersOf(workload)) {
      if (getPath(container, ["securityContext", "privileged"]) === true) {
        report({ at: [...path, "securityContext", "privileged"], message: `container "${name}" of ${workload.name} runs privileged` });
      }
    }
  },
  examples: { valid: [], invalid: [] },
});

export const DRIFT_TEST_RULES = [openSshRule, bucketTagRule, privilegedWorkloadRule];
