import { defineRule, isObject, type AttributePath, type Resource, type Value } from "@tollgate/engine";
import { credentialFormatIn, isSecretKey, looksLikeSecretValue } from "../../support/credentials.js";

/** The mappings of a resource where values are passed as settings, and whether their keys name what they hold. */
function settingScopes(resource: Resource): Array<{ path: AttributePath; value: Value | undefined }> {
  const attributes = resource.attributes;
  switch (resource.type) {
    case "workflow":
      return [{ path: ["env"], value: attributes.env }];
    case "job": {
      const scopes: Array<{ path: AttributePath; value: Value | undefined }> = [
        { path: ["env"], value: attributes.env },
        { path: ["with"], value: attributes.with },
        { path: ["secrets"], value: attributes.secrets },
      ];
      if (isObject(attributes.container)) scopes.push({ path: ["container", "credentials"], value: attributes.container.credentials });
      if (isObject(attributes.services)) {
        for (const [name, service] of Object.entries(attributes.services)) {
          if (isObject(service)) scopes.push({ path: ["services", name, "credentials"], value: service.credentials });
        }
      }
      return scopes;
    }
    default:
      return [
        { path: ["env"], value: attributes.env },
        { path: ["with"], value: attributes.with },
      ];
  }
}

export default defineRule({
  meta: {
    id: "gha-hardcoded-credential",
    title: "Credential written in the workflow",
    severity: "high",
    category: "iam",
    platforms: ["github-actions"],
    resourceTypes: ["workflow", "job", "step"],
    description:
      "A password, token or key written as a literal in a workflow is readable by everyone who can read the repository, stays in its history after it is removed, and appears in forks. Anyone who finds it can use it until it is rotated.",
    remediation:
      "Revoke and rotate the credential, store the new one as an encrypted secret (or better, use OIDC federation) and reference it: `${{ secrets.NAME }}`.",
    precision: "medium",
    cwe: ["CWE-798"],
    tags: ["actions", "secrets", "hardcoded-secret"],
    references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"],
  },
  check(resource, { report }) {
    for (const { path, value } of settingScopes(resource)) {
      if (!isObject(value)) continue;
      for (const [key, setting] of Object.entries(value)) {
        if (typeof setting !== "string") continue;
        const format = credentialFormatIn(setting);
        if (format) {
          report({ at: [...path, key], message: `${key} holds a hardcoded ${format.name}` });
        } else if (isSecretKey(key) && looksLikeSecretValue(setting)) {
          report({ at: [...path, key], message: `${key} is set to a hardcoded secret value instead of a \${{ secrets.… }} reference` });
        }
      }
    }
    const run = resource.type === "step" ? resource.attributes.run : undefined;
    if (typeof run === "string") {
      const format = credentialFormatIn(run);
      if (format) report({ at: ["run"], message: `the run script holds a hardcoded ${format.name}` });
    }
  },
  examples: {
    valid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
env:
  REGISTRY_PASSWORD_FILE: /run/secrets/registry
jobs:
  deploy:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/deployer:2.1.0
      credentials:
        username: deployer
        password: \${{ secrets.GHCR_TOKEN }}
    steps:
      - uses: acme/login-action@6d4b68b490aef8836e8fb5e50ee7b3bdfa5894f0
        with:
          token: \${{ secrets.DEPLOY_TOKEN }}
          token-format: jwt
`,
      },
    ],
    invalid: [
      {
        filename: ".github/workflows/deploy.yml",
        code: `on: push
env:
  AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
jobs:
  deploy:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/deployer:2.1.0
      credentials:
        username: deployer
        password: Sup3rS3cretPassw0rd
    steps:
      - uses: acme/login-action@6d4b68b490aef8836e8fb5e50ee7b3bdfa5894f0
        with:
          api-key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0
`,
        errors: [
          { line: 3, column: 3, messageIncludes: "AWS access key id" },
          { line: 11, column: 9, messageIncludes: "password" },
          { line: 15, column: 11, messageIncludes: "api-key" },
        ],
      },
    ],
  },
});
