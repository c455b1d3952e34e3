/**
 * What `tollgate init` writes: every section, commented, with values that
 * change nothing until edited. A test keeps it valid against the schema.
 */
export const STARTER_CONFIG = `# Tollgate configuration. Found in the scanned directory or one of its
# parents (up to the repository's top), or given with --config FILE.
# Paths and globs are relative to this file's directory (gitignore syntax).
version: 1

# Only scan files matching these globs (all recognised files when absent).
# include:
#   - infra/**
#   - k8s/**

# Never scan these.
exclude: []
#   - examples/**
#   - "**/testdata/**"

# Exit with code 1 when an unsuppressed finding is at or above this severity
# (critical, high, medium, low, none). --fail-on on the command line wins.
fail-on: low

rules:
  # Turn rules off by id or selector: "*", category:<iam|encryption|networking|
  # supply-chain|logging>, platform:<terraform|kubernetes|github-actions>, tag:<tag>.
  disable: []
  #   - category:logging
  # Turn rules back on after disable (disable: ["*"] + enable: [platform:terraform]).
  enable: []
  # Severity overrides, by id or selector; ids win over selectors.
  severity: {}
  #   aws-s3-encryption-at-rest: critical
  # Options, by rule id.
  options: {}
  #   gha-action-not-pinned:
  #     trustedOwners: [actions, github]

# Findings not to report in some files. A reason is required; after
# "until" the entry stops applying and its findings come back.
ignore: []
#   - paths: [legacy/**]
#     rules: [aws-s3-encryption-at-rest]
#     reason: Decommissioned in Q3; see TICKET-123
#     until: 2030-12-31

# Declarative custom rules (YAML files, or directories of them).
custom-rules: []
#   - policies/

# A baseline written by "tollgate baseline create": only new findings are reported.
# baseline: .tollgate-baseline.yaml
`;
