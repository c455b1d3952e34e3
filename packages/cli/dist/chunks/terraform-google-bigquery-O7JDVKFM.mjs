#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  isPublicMember
} from "./chunk-IAHTTWI6.mjs";
import {
  defineRule
} from "./chunk-7WD6VUQZ.mjs";
import "./chunk-5PNFQAMN.mjs";
import {
  asList,
  isObject
} from "./chunk-JNLKQLQK.mjs";
import "./chunk-XLRDP7NM.mjs";

// packages/rules/src/terraform/iam/gcp-bigquery-dataset-public.ts
var IAM_MEMBER_TYPES = ["google_bigquery_dataset_iam_member", "google_bigquery_table_iam_member"];
var IAM_BINDING_TYPES = ["google_bigquery_dataset_iam_binding", "google_bigquery_table_iam_binding"];
var gcp_bigquery_dataset_public_default = defineRule({
  meta: {
    id: "gcp-bigquery-dataset-public",
    title: "BigQuery dataset or table publicly accessible (allUsers / allAuthenticatedUsers)",
    severity: "critical",
    category: "iam",
    platforms: ["terraform"],
    resourceTypes: ["google_bigquery_dataset", "google_bigquery_dataset_access", ...IAM_MEMBER_TYPES, ...IAM_BINDING_TYPES],
    description: "Access is granted to `allUsers` (anyone, anonymously) or `allAuthenticatedUsers` (anyone with a Google account), so the dataset's tables can be queried and exported by the public.",
    remediation: "Remove the public grant and give roles to specific users, groups or service accounts; share data externally through authorized views or Analytics Hub.",
    precision: "very-high",
    cwe: ["CWE-284", "CWE-200"],
    frameworks: { "CIS Google Cloud Platform Foundation 2.0": ["7.1"] },
    tags: ["gcp", "bigquery", "public-access", "allUsers"],
    references: [
      "https://cloud.google.com/bigquery/docs/control-access-to-resources-iam",
      "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access"
    ]
  },
  check(resource, { report }) {
    const attributes = resource.attributes;
    const message = (member) => `${resource.name} makes BigQuery data public: access granted to ${member}`;
    if (resource.type === "google_bigquery_dataset") {
      asList(attributes.access).forEach((access, index) => {
        if (!isObject(access)) return;
        for (const key of ["special_group", "iam_member"]) {
          if (isPublicMember(access[key])) report({ at: ["access", index, key], message: message(access[key]) });
        }
      });
    } else if (resource.type === "google_bigquery_dataset_access") {
      for (const key of ["special_group", "iam_member"]) {
        if (isPublicMember(attributes[key])) report({ at: [key], message: message(attributes[key]) });
      }
    } else if (IAM_MEMBER_TYPES.includes(resource.type)) {
      if (isPublicMember(attributes.member)) report({ at: ["member"], message: message(attributes.member) });
    } else if (Array.isArray(attributes.members)) {
      attributes.members.forEach((member, index) => {
        if (isPublicMember(member)) report({ at: ["members", index], message: message(member) });
      });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }

  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}
`
      }
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
}
`,
        errors: [{ line: 7, column: 5 }]
      },
      {
        filename: "main.tf",
        code: `resource "google_bigquery_dataset_iam_member" "public" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers"
}
`,
        errors: [{ line: 4, column: 3 }]
      }
    ]
  }
});

// packages/rules/src/groups/terraform-google-bigquery.ts
var rules = [
  gcp_bigquery_dataset_public_default
];
export {
  rules
};
