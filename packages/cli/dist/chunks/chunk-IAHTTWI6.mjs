#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  WORKLOAD_KINDS,
  allExpressions,
  containersOf,
  expressionsAt,
  parseUses,
  podSpecOf,
  referencedThrough,
  rolesDesignatedBy
} from "./chunk-7WD6VUQZ.mjs";
import {
  Unknown,
  asList,
  emptyObject,
  getPath,
  isObject,
  isUnknown
} from "./chunk-JNLKQLQK.mjs";

// packages/rules/src/support/action-advisories.ts
var COMPROMISED_ACTIONS = [
  {
    action: "tj-actions/changed-files",
    id: "CVE-2025-30066 (GHSA-mrrh-fwg8-r2c3)",
    summary: "tags up to v45.0.7 were repointed to a commit that printed the runner's secrets to the workflow log",
    fixed: "46.0.1",
    commits: ["0e58ed8671d6b60d0890c21b07f8835ace038e67"]
  },
  {
    action: "reviewdog/action-setup",
    id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)",
    summary: "the v1 tag pointed to a commit that printed the runner's secrets to the workflow log",
    tags: ["v1"],
    commits: ["f0d342d24037bb11d26b9bd8496e0808ba32e9ec"]
  },
  { action: "reviewdog/action-shellcheck", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.29.2" },
  { action: "reviewdog/action-composite-template", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "0.20.2" },
  { action: "reviewdog/action-staticcheck", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.26.2" },
  { action: "reviewdog/action-ast-grep", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.26.2" },
  { action: "reviewdog/action-typos", id: "CVE-2025-30154 (GHSA-qmg3-hpqr-gqvc)", summary: "ran the compromised reviewdog/action-setup@v1", fixed: "1.17.2" }
];
var VULNERABLE_ACTIONS = [
  {
    action: "kartverket/github-workflows/.github/workflows/run-terraform.yml",
    id: "CVE-2022-39326 (GHSA-f9qj-7gh3-mhj4)",
    summary: "a pull request could run arbitrary code through terraform plan",
    fixed: "2.7.5"
  }
];
function versionOf(ref) {
  const match = /^v?(\d+(?:\.\d+){0,2})$/i.exec(ref.trim());
  return match ? match[1].split(".").map(Number) : void 0;
}
function allBelow(ref, fixed) {
  const version = versionOf(ref);
  const bound = versionOf(fixed);
  if (!version || !bound) return false;
  for (let index = 0; index < 3; index++) {
    const part = version[index] ?? Number.POSITIVE_INFINITY;
    const limit = bound[index] ?? 0;
    if (part < limit) return true;
    if (part > limit) return false;
  }
  return false;
}
function advisoryFor(list, action, ref) {
  if (ref === void 0) return void 0;
  const name = action.toLowerCase();
  return list.find(
    (advisory) => advisory.action === name && (advisory.tags?.some((tag) => tag.toLowerCase() === ref.toLowerCase()) || advisory.commits?.includes(ref.toLowerCase()) || advisory.fixed !== void 0 && allBelow(ref, advisory.fixed))
  );
}

// packages/engine/src/graph/cross-platform/policy-document.ts
var POLICY_DOCUMENT_DATA_SOURCE = "aws_iam_policy_document";
function policyDocumentAt(graph, resource, attribute) {
  const value = getPath(resource.attributes, attribute);
  const rendered = referencedThrough(graph, resource, attribute).filter((target) => target.type === POLICY_DOCUMENT_DATA_SOURCE);
  if (rendered.length === 1 && value !== void 0 && (value === rendered[0].attributes.json || value === rendered[0].attributes.minified_json)) {
    const fromSource = policyDocumentDataSource(rendered[0]);
    if (fromSource) return fromSource;
  }
  const literal = parseDocument(value);
  if (literal) return { document: literal, resource, statementAt: () => attribute };
  if (value !== void 0 && !isUnknown(value)) return void 0;
  const sources = referencedThrough(graph, resource, attribute).filter((target) => target.type === POLICY_DOCUMENT_DATA_SOURCE);
  return sources.length === 1 ? policyDocumentDataSource(sources[0]) : void 0;
}
function policyDocumentDataSource(source) {
  const merged = [source.attributes.override_policy_documents, source.attributes.override_json, source.attributes.source_policy_documents, source.attributes.source_json].some(
    (documents) => documents !== void 0 && documents !== null && !(Array.isArray(documents) && documents.length === 0)
  );
  const rendered = parseDocument(source.attributes.json);
  if (rendered && (merged || source.origin === "plan" || source.origin === "state")) return { document: rendered, resource: source, statementAt: () => ["json"] };
  if (merged) return void 0;
  const blocks = source.attributes.statement;
  if (isUnknown(blocks)) return void 0;
  const document = emptyObject();
  document.Version = "2012-10-17";
  document.Statement = asList(blocks).map((block) => isObject(block) ? statementFromBlock(block) : Unknown);
  return { document, resource: source, statementAt: (index) => ["statement", index] };
}
function statementFromBlock(block) {
  const statement = emptyObject();
  if (typeof block.sid === "string") statement.Sid = block.sid;
  statement.Effect = block.effect === void 0 || block.effect === null ? "Allow" : block.effect;
  const fields = [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"]
  ];
  for (const [from, to] of fields) {
    if (block[from] !== void 0 && block[from] !== null) statement[to] = block[from];
  }
  const principals = principalsFromBlocks(block.principals);
  if (principals !== void 0) statement.Principal = principals;
  const notPrincipals = principalsFromBlocks(block.not_principals);
  if (notPrincipals !== void 0) statement.NotPrincipal = notPrincipals;
  const conditions = conditionsFromBlocks(block.condition);
  if (conditions !== void 0) statement.Condition = conditions;
  return statement;
}
function principalsFromBlocks(value) {
  if (value === void 0 || value === null) return void 0;
  if (isUnknown(value)) return Unknown;
  const principal = emptyObject();
  for (const block of asList(value)) {
    if (!isObject(block)) return Unknown;
    if (block.type === "*") return "*";
    if (typeof block.type !== "string") return Unknown;
    const identifiers = isUnknown(block.identifiers) ? [Unknown] : asList(block.identifiers);
    const existing = principal[block.type];
    principal[block.type] = Array.isArray(existing) ? [...existing, ...identifiers] : identifiers;
  }
  return principal;
}
function conditionsFromBlocks(value) {
  if (value === void 0 || value === null) return void 0;
  if (isUnknown(value)) return Unknown;
  const conditions = emptyObject();
  for (const block of asList(value)) {
    if (!isObject(block) || typeof block.test !== "string" || typeof block.variable !== "string") return Unknown;
    let operator = conditions[block.test];
    if (!isObject(operator)) {
      operator = emptyObject();
      conditions[block.test] = operator;
    }
    const values = isUnknown(block.values) ? [Unknown] : asList(block.values);
    const existing = operator[block.variable];
    operator[block.variable] = Array.isArray(existing) ? [...existing, ...values] : values;
  }
  return conditions;
}
function parseDocument(value) {
  let document = value;
  if (typeof value === "string") {
    try {
      document = JSON.parse(value);
    } catch {
      return void 0;
    }
  }
  if (!isObject(document)) return void 0;
  const object = document;
  return Object.prototype.hasOwnProperty.call(object, "Statement") ? object : void 0;
}

// packages/rules/src/support/iam-policy.ts
function readPolicy(value) {
  let document = value;
  if (typeof value === "string") {
    try {
      document = JSON.parse(value);
    } catch {
      return void 0;
    }
  }
  if (!isObject(document)) return void 0;
  const raw = document.Statement;
  if (raw === void 0 || isUnknown(raw)) return void 0;
  const statements = Array.isArray(raw) ? raw : [raw];
  return statements.flatMap((statement, index) => isObject(statement) ? [readStatement(statement, index)] : []);
}
function readStatement(statement, index) {
  let partial = false;
  const strings = (field) => {
    if (field === void 0 || field === null) return [];
    if (isUnknown(field)) {
      partial = true;
      return [];
    }
    const list = Array.isArray(field) ? field : [field];
    return list.flatMap((item) => {
      if (typeof item === "string") return [item];
      if (typeof item === "boolean" || typeof item === "number") return [String(item)];
      partial = true;
      return [];
    });
  };
  const read = {
    index,
    sid: typeof statement.Sid === "string" ? statement.Sid : void 0,
    effect: statement.Effect === "Deny" ? "Deny" : "Allow",
    actions: strings(statement.Action),
    notActions: strings(statement.NotAction),
    resources: strings(statement.Resource),
    notResources: strings(statement.NotResource),
    principal: readPrincipal(statement.Principal, strings),
    conditions: {},
    partial: false
  };
  if (isObject(statement.Condition)) {
    for (const [operator, keys] of Object.entries(statement.Condition)) {
      if (!isObject(keys)) continue;
      read.conditions[operator] = {};
      for (const [key, values] of Object.entries(keys)) read.conditions[operator][key] = strings(values);
    }
  } else if (isUnknown(statement.Condition)) {
    partial = true;
  }
  read.partial = partial;
  return read;
}
function readPrincipal(principal, strings) {
  if (principal === void 0) return void 0;
  if (principal === "*") return "*";
  if (!isObject(principal)) return void 0;
  const result = {};
  for (const [type, values] of Object.entries(principal)) result[type] = strings(values);
  if (result.AWS?.includes("*")) return "*";
  return result;
}
function actionMatches(pattern, action) {
  const source = [...pattern].map((char) => char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, "i").test(action);
}
function grantsFullAdmin(statement) {
  return statement.effect === "Allow" && statement.actions.includes("*") && statement.resources.includes("*");
}

// packages/rules/src/support/aws-policy-source.ts
function policyAt(graph, resource, attribute) {
  const document = policyDocumentAt(graph, resource, attribute);
  if (!document) return void 0;
  const statements = readPolicy(document.document);
  if (!statements) return void 0;
  return {
    statements,
    at: attribute,
    related: (statement) => document.resource === resource ? [] : [{ resource: document.resource.id, at: document.statementAt(statement.index), message: `${statementLabel(statement)} of ${document.resource.name}` }]
  };
}
var IDENTITY_POLICY_TYPES = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "aws_iam_role"];
function identityPoliciesOf(graph, resource) {
  if (resource.mode === "data") return [];
  if (resource.type !== "aws_iam_role") {
    const policy = policyAt(graph, resource, ["policy"]);
    return policy ? [policy] : [];
  }
  const blocks = resource.attributes.inline_policy;
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((_, index) => {
    const policy = policyAt(graph, resource, ["inline_policy", index, "policy"]);
    return policy ? [policy] : [];
  });
}
function statementLabel(statement) {
  return statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
}
var NARROWING_KEYS = /* @__PURE__ */ new Set([
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:principalservicename",
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:userid",
  "aws:username",
  "aws:calledvia",
  "kms:calleraccount",
  "kms:viaservice",
  "lambda:functionarn",
  "s3:dataaccesspointaccount",
  "s3:dataaccesspointarn"
]);
function narrowsCallers(statement) {
  for (const [operator, keys] of Object.entries(statement.conditions)) {
    if (/not/i.test(operator.replace(/^(ForAnyValue|ForAllValues):/i, ""))) continue;
    for (const [key, values] of Object.entries(keys)) {
      if (!NARROWING_KEYS.has(key.toLowerCase()) || values.length === 0) continue;
      if (values.some((value) => value === "*")) continue;
      return true;
    }
  }
  return false;
}
function allowsAnyone(statement) {
  return !statement.partial && statement.effect === "Allow" && statement.principal === "*" && !narrowsCallers(statement);
}
function actionsText(statement) {
  if (statement.actions.length > 0) return statement.actions.join(", ");
  if (statement.notActions.length > 0) return `every action except ${statement.notActions.join(", ")}`;
  return "no action";
}

// packages/engine/src/graph/cross-platform/role-permissions.ts
var AWS_MANAGED_POLICY_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([\w+=,.@-]+)$/;
function rolePolicies(graph, role) {
  const policies = [];
  for (const attachment of attachedTo(graph, role, "aws_iam_role_policy_attachment", "role")) {
    policies.push(...policiesAt(graph, attachment, ["policy_arn"]));
  }
  for (const attachment of attachedTo(graph, role, "aws_iam_policy_attachment", "roles")) {
    policies.push(...policiesAt(graph, attachment, ["policy_arn"]));
  }
  for (const inline of attachedTo(graph, role, "aws_iam_role_policy", "role")) {
    const document = policyDocumentAt(graph, inline, ["policy"]);
    policies.push({ kind: "inline", resource: inline, at: ["policy"], ...document ? { document } : {} });
  }
  asList(role.attributes.inline_policy).forEach((block, index) => {
    if (!isObject(block)) return;
    const at = ["inline_policy", index, "policy"];
    const document = policyDocumentAt(graph, role, at);
    policies.push({ kind: "inline", resource: role, at, ...document ? { document } : {} });
  });
  const managed = role.attributes.managed_policy_arns;
  if (Array.isArray(managed)) managed.forEach((_, index) => policies.push(...policiesAt(graph, role, ["managed_policy_arns", index])));
  else if (isUnknown(managed)) policies.push(...policiesAt(graph, role, ["managed_policy_arns"]));
  return policies;
}
function policiesAt(graph, resource, at) {
  const value = getPath(resource.attributes, at);
  const awsManaged = typeof value === "string" ? AWS_MANAGED_POLICY_ARN.exec(value)?.[1] : void 0;
  if (awsManaged) return [{ kind: "attached", resource, at, awsManaged }];
  const found = [];
  for (const policy of referencedThrough(graph, resource, at)) {
    if (policy.type !== "aws_iam_policy") continue;
    const document = policyDocumentAt(graph, policy, ["policy"]);
    found.push({ kind: "attached", resource, at, ...document ? { document } : {} });
  }
  return found;
}
function attachedTo(graph, role, type, attribute) {
  const found = /* @__PURE__ */ new Set();
  for (const edge of graph.edgesTo(role.id, "references")) {
    if (edge.via?.[0] !== attribute) continue;
    const source = graph.get(edge.from);
    if (source?.type === type) found.add(source);
  }
  const name = role.attributes.name;
  if (typeof name === "string") {
    const keyOf = (candidate) => {
      const value = candidate.attributes[attribute];
      const group = idGroup(candidate.id);
      if (typeof value === "string") return `${group}${value}`;
      return Array.isArray(value) ? value.filter((item) => typeof item === "string").map((item) => `${group}${item}`) : void 0;
    };
    for (const candidate of graph.findBy(type, `role-name:${attribute}`, keyOf, `${idGroup(role.id)}${name}`)) found.add(candidate);
  }
  return [...found];
}
function idGroup(id) {
  const separator = id.indexOf("::");
  return separator === -1 ? id : id.slice(0, separator);
}

// packages/rules/src/support/aws-role-access.ts
var ADMIN_MANAGED_POLICIES = /* @__PURE__ */ new Map([
  ["AdministratorAccess", "the AWS-managed AdministratorAccess policy"],
  ["IAMFullAccess", "the AWS-managed IAMFullAccess policy (it can grant itself anything)"]
]);
function adminGrantsOf(graph, role) {
  const grants = [];
  for (const policy of rolePolicies(graph, role)) {
    if (policy.awsManaged) {
      const description = ADMIN_MANAGED_POLICIES.get(policy.awsManaged);
      if (description) grants.push({ resource: policy.resource, at: policy.at, description });
      continue;
    }
    if (!policy.document) continue;
    for (const statement of readPolicy(policy.document.document) ?? []) {
      if (statement.partial || statement.effect !== "Allow" || !statement.resources.includes("*")) continue;
      if (statement.notActions.length > 0) continue;
      const action = statement.actions.find((candidate) => candidate === "*" || grantsAllOfIam(candidate));
      if (!action) continue;
      const label = statement.sid ? `statement "${statement.sid}"` : `statement ${statement.index + 1}`;
      const source = policy.document.resource;
      grants.push({
        resource: source,
        at: policy.document.statementAt(statement.index),
        description: `${source.name} (${label}: ${action === "*" ? "every action" : `"${action}"`} on every resource)`
      });
    }
  }
  return unique(grants);
}
function grantsAllOfIam(action) {
  return ["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:CreatePolicyVersion"].every((needed) => actionMatches(action, needed));
}
function unique(grants) {
  const seen = /* @__PURE__ */ new Set();
  return grants.filter((grant) => {
    const key = `${grant.resource.id}${grant.at.join("")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function describeAdminGrants(grants) {
  const [first, ...rest] = grants;
  if (!first) return "";
  return rest.length === 0 ? first.description : `${first.description} and ${rest.length} more`;
}
function adminRolesDesignatedBy(graph, resource, attribute) {
  return rolesDesignatedBy(graph, resource, attribute).flatMap((role) => {
    const grants = adminGrantsOf(graph, role);
    return grants.length > 0 ? [{ role, grants }] : [];
  });
}
function adminRoleRelated(admin) {
  return [
    { resource: admin.role.id, message: `the role ${admin.role.name}` },
    ...admin.grants.map((grant) => ({ resource: grant.resource.id, at: grant.at, message: `grants administrator access: ${grant.description}` }))
  ];
}

// packages/rules/src/support/azure-app-service.ts
var APP_SERVICE_TYPES = [
  "azurerm_app_service",
  "azurerm_app_service_slot",
  "azurerm_function_app",
  "azurerm_linux_web_app",
  "azurerm_windows_web_app",
  "azurerm_linux_web_app_slot",
  "azurerm_windows_web_app_slot",
  "azurerm_linux_function_app",
  "azurerm_windows_function_app"
];
function siteConfigOf(attributes) {
  const config = asList(attributes.site_config)[0];
  return isObject(config) ? { config, index: 0 } : void 0;
}

// packages/rules/src/support/network.ts
var INTERNET_CIDRS = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0", "0.0.0.0", "::", "*", "internet", "any", "0.0.0.0/0,::/0"]);
function isInternetCidr(value) {
  return typeof value === "string" && INTERNET_CIDRS.has(value.trim().toLowerCase());
}
var SENSITIVE_PORTS = /* @__PURE__ */ new Map([
  [20, "FTP data"],
  [21, "FTP"],
  [22, "SSH"],
  [23, "Telnet"],
  [135, "RPC"],
  [445, "SMB"],
  [1433, "SQL Server"],
  [1521, "Oracle"],
  [2375, "Docker API"],
  [2379, "etcd"],
  [3306, "MySQL"],
  [3389, "RDP"],
  [5432, "PostgreSQL"],
  [5601, "Kibana"],
  [5900, "VNC"],
  [5985, "WinRM"],
  [5986, "WinRM"],
  [6379, "Redis"],
  [6443, "Kubernetes API"],
  [8020, "HDFS"],
  [9042, "Cassandra"],
  [9200, "Elasticsearch"],
  [9300, "Elasticsearch"],
  [10250, "kubelet"],
  [11211, "Memcached"],
  [27017, "MongoDB"]
]);
function sensitivePortsIn(from, to) {
  const found = [];
  for (const [port, name] of SENSITIVE_PORTS) if (port >= from && port <= to) found.push({ port, name });
  return found;
}
function isAllProtocols(protocol) {
  return protocol === "-1" || protocol === -1 || protocol === "all" || protocol === "*";
}
function parsePortRange(value) {
  if (typeof value === "number" && Number.isInteger(value)) return { from: value, to: value };
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (text === "*") return { from: 0, to: 65535 };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  if (!match) return void 0;
  const from = Number(match[1]);
  return { from, to: match[2] ? Number(match[2]) : from };
}

// packages/rules/src/support/azure.ts
var PORTLESS_PROTOCOLS = /* @__PURE__ */ new Set(["icmp", "esp", "ah"]);
function openInboundRules(resource) {
  if (resource.type === "azurerm_network_security_rule") {
    const open = openInbound(resource.attributes, []);
    return open ? [{ ...open, label: resource.name }] : [];
  }
  return asList(resource.attributes.security_rule).flatMap((rule, index) => {
    if (!isObject(rule)) return [];
    const open = openInbound(rule, ["security_rule", index]);
    if (!open) return [];
    return [{ ...open, label: typeof rule.name === "string" ? rule.name : `security_rule ${index + 1}` }];
  });
}
var NETWORK_SECURITY_TYPES = ["azurerm_network_security_group", "azurerm_network_security_rule"];
function openInbound(rule, base) {
  if (!equalsIgnoringCase(rule.direction, "inbound") || !equalsIgnoringCase(rule.access, "allow")) return void 0;
  const protocol = rule.protocol;
  if (typeof protocol !== "string" || PORTLESS_PROTOCOLS.has(protocol.toLowerCase())) return void 0;
  let source;
  if (isInternetCidr(rule.source_address_prefix)) source = { at: [...base, "source_address_prefix"], value: rule.source_address_prefix };
  else if (Array.isArray(rule.source_address_prefixes)) {
    const index = rule.source_address_prefixes.findIndex((prefix) => isInternetCidr(prefix));
    if (index >= 0) source = { at: [...base, "source_address_prefixes", index], value: rule.source_address_prefixes[index] };
  }
  if (!source) return void 0;
  const specs = [];
  if (rule.destination_port_range !== void 0 && rule.destination_port_range !== null) specs.push(rule.destination_port_range);
  if (Array.isArray(rule.destination_port_ranges)) specs.push(...rule.destination_port_ranges);
  else if (isUnknown(rule.destination_port_ranges)) return void 0;
  const ranges = [];
  for (const spec of specs) {
    const range = parsePortRange(spec);
    if (!range) return void 0;
    ranges.push(range);
  }
  if (ranges.length === 0) return void 0;
  return { at: source.at, source: source.value, ranges };
}
function equalsIgnoringCase(value, expected) {
  return typeof value === "string" && value.toLowerCase() === expected;
}
function tlsVersionOf(value) {
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^(tls)?enforcementdisabled$|^disabled$/i.test(text)) return 0;
  const match = /^(?:tls)?\s*(\d)[._](\d)$/i.exec(text);
  return match ? Number(`${match[1]}.${match[2]}`) : void 0;
}
function allowsTlsBelow12(value) {
  const version = tlsVersionOf(value);
  return version !== void 0 && version < 1.2;
}
function isLiteralSecret(value) {
  return typeof value === "string" && value.trim().length > 0;
}

// packages/rules/src/support/terraform-values.ts
function isUnset(value) {
  return value === void 0 || value === null || value === "";
}
function isTrue(value) {
  return value === true || typeof value === "string" && value.toLowerCase() === "true";
}
function isFalse(value) {
  return value === false || typeof value === "string" && value.toLowerCase() === "false";
}
function blocksOf(parent, key, base = []) {
  const value = parent[key];
  if (isUnknown(value)) return void 0;
  if (isObject(value)) return [{ block: value, at: [...base, key] }];
  return asList(value).flatMap((item, index) => isObject(item) ? [{ block: item, at: [...base, key, index] }] : []);
}
function singleBlock(parent, key, base = []) {
  const blocks = blocksOf(parent, key, base);
  if (blocks === void 0) return "unknown";
  return blocks[0];
}

// packages/rules/src/support/block-devices.ts
function unencryptedInstanceVolumes(attributes) {
  const found = [];
  const roots = blocksOf(attributes, "root_block_device");
  if (roots !== void 0) {
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
function volumeProblem(block, at) {
  const encrypted = block.encrypted;
  if (isTrue(encrypted) || isUnknown(encrypted)) return void 0;
  if (isFalse(encrypted)) return { at: [...at, "encrypted"], explicit: true };
  if (!isUnset(block.snapshot_id) || !isUnset(block.kms_key_id)) return void 0;
  return { at, explicit: false };
}

// packages/rules/src/support/container-image.ts
function imageReference(image) {
  const [withoutDigest, digest] = image.split("@", 2);
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return { tag: colon === -1 ? void 0 : withoutDigest.slice(colon + 1), digest };
}

// packages/rules/src/support/credentials.ts
var CREDENTIAL_FORMATS = [
  { name: "GitHub personal access token", pattern: /\bghp_[A-Za-z0-9]{36}\b/ },
  { name: "GitHub fine-grained token", pattern: /\bgithub_pat_[A-Za-z0-9_]{82}\b/ },
  { name: "GitHub OAuth or app token", pattern: /\bgh[ousr]_[A-Za-z0-9]{36}\b/ },
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20}\b/ },
  { name: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { name: "Slack webhook", pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]{20,}/ },
  { name: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: "PyPI token", pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: "Stripe secret key", pattern: /\b[sr]k_live_[0-9A-Za-z]{24,}\b/ },
  { name: "private key", pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ }
];
function credentialFormatIn(value) {
  return CREDENTIAL_FORMATS.find((format) => format.pattern.test(value));
}
var SECRET_KEY = /(?:^|[_.-])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|secret[_-]?key|access[_-]?key|auth|credentials?)$/i;
var DESCRIPTIVE_KEY = /(?:file|path|name|id|url|uri|env|var|type|format|length|header|ttl|expiry|expires|scope|scopes|source|method|mode|enabled|required|version)$/i;
function isSecretKey(key) {
  return SECRET_KEY.test(key) && !DESCRIPTIVE_KEY.test(key);
}
var PLACEHOLDER = /^(?:x+|\*+|changeme|change-me|changeit|placeholder|dummy|example|test|testing|none|null|undefined|redacted|secret|password|token|postgres|mysql|root|admin|guest|\$\w+|\$\{\w+\}|<[^>]*>|\{\{[^}]*\}\}|%[\w]+%)$/i;
function looksLikeSecretValue(value) {
  const text = value.trim();
  if (text.length < 8 || text.includes("${{")) return false;
  if (PLACEHOLDER.test(text) || /^(?:true|false|yes|no|on|off)$/i.test(text)) return false;
  if (/^[~./]|^\$|^[\w-]+\.(?:json|pem|key|txt|p12|yml|yaml)$/i.test(text)) return false;
  if (/\s/.test(text) && !credentialFormatIn(text)) return false;
  return true;
}

// packages/rules/src/support/github-contexts.ts
var ATTACKER_CONTROLLED = [
  "github.head_ref",
  "github.event.issue.title",
  "github.event.issue.body",
  "github.event.pull_request.title",
  "github.event.pull_request.body",
  "github.event.pull_request.head.ref",
  "github.event.pull_request.head.label",
  "github.event.pull_request.head.repo.default_branch",
  "github.event.pull_request.head.repo.description",
  "github.event.pull_request.head.repo.homepage",
  "github.event.comment.body",
  "github.event.review.body",
  "github.event.review_comment.body",
  "github.event.discussion.title",
  "github.event.discussion.body",
  "github.event.pages.*.page_name",
  "github.event.commits.*.message",
  "github.event.commits.*.author.email",
  "github.event.commits.*.author.name",
  "github.event.commits.*.committer.email",
  "github.event.commits.*.committer.name",
  "github.event.head_commit.message",
  "github.event.head_commit.author.email",
  "github.event.head_commit.author.name",
  "github.event.head_commit.committer.email",
  "github.event.head_commit.committer.name",
  "github.event.workflow_run.head_branch",
  "github.event.workflow_run.head_commit.message",
  "github.event.workflow_run.head_commit.author.email",
  "github.event.workflow_run.head_commit.author.name",
  "github.event.workflow_run.head_repository.description",
  "github.event.workflow_run.pull_requests.*.head.ref",
  "github.event.workflow_run.display_title",
  "github.event.merge_group.head_commit.message",
  "github.event.merge_group.head_commit.author.name",
  "github.event.merge_group.head_commit.author.email"
];
var PATTERNS = ATTACKER_CONTROLLED.map(
  (pattern) => new RegExp(`^${pattern.split(".").map((part) => part === "*" ? "(?:[^.]+|\\*|\\[[^\\]]*\\])" : part.replace(/[$]/g, "\\$&")).join("\\.")}$`, "i")
);
function contextReferences(expression) {
  const normalised = expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1").replace(/\[\s*(\*|\d+)\s*\]/g, ".$1");
  return normalised.match(/(?=[A-Za-z_])(?:(?<![\w-])|(?<=(?:^|[^\w-])[\d-]+))[A-Za-z_][\w-]*(?:\.[\w*-]+)+/g) ?? [];
}
function attackerControlledContexts(expression) {
  return contextReferences(expression).filter((reference) => PATTERNS.some((pattern) => pattern.test(reference)) || isPrefixOfControlled(reference) || filterReachesControlled(reference));
}
function filterReachesControlled(reference) {
  if (!reference.includes("*")) return false;
  const filter = new RegExp(`^${reference.split(".").map((part) => part === "*" ? "[^.]+" : part.replace(/[$]/g, "\\$&")).join("\\.")}$`, "i");
  return ATTACKER_CONTROLLED.some((context) => filter.test(context));
}
function isPrefixOfControlled(reference) {
  return /^github\.event\.(issue|pull_request|comment|review|review_comment|discussion|head_commit|commits)$/i.test(reference);
}
function yieldsBoolean(expression) {
  const text = expression.trim().replace(/^!\s*/, "");
  const withoutStrings = text.replace(/'(?:[^']|'')*'/g, "''");
  if (/&&|\|\|/.test(withoutStrings)) return false;
  const call = /^(?:contains|startsWith|endsWith)\s*\(/i.exec(withoutStrings);
  if (call) {
    let depth = 0;
    for (let index = call[0].length - 1; index < withoutStrings.length; index++) {
      const char = withoutStrings[index];
      if (char === "(") depth++;
      else if (char === ")" && --depth === 0) return withoutStrings.slice(index + 1).trim() === "";
    }
    return false;
  }
  return /(?:==|!=|<=|>=|<|>)/.test(withoutStrings);
}

// packages/rules/src/support/workflow.ts
function workflowOf(resource, graph) {
  let current = resource;
  for (let depth = 0; current && depth < 3; depth++) {
    if (current.type === "workflow") return current;
    current = current.parent !== void 0 ? graph.get(current.parent) : void 0;
  }
  return void 0;
}
function jobOf(step, graph) {
  const parent = step.parent !== void 0 ? graph.get(step.parent) : void 0;
  return parent?.type === "job" ? parent : void 0;
}
function stepsOf(job, graph) {
  return graph.targets(job.id, "contains").filter((resource) => resource.type === "step");
}
function onValue(workflow) {
  const attributes = workflow.attributes;
  return attributes.on ?? attributes.true ?? attributes.On;
}
function triggersOf(workflow) {
  const events = /* @__PURE__ */ new Set();
  if (!workflow) return events;
  const on = onValue(workflow);
  if (typeof on === "string") {
    events.add(on);
  } else if (Array.isArray(on)) {
    for (const event of on) if (typeof event === "string") events.add(event);
  } else if (isObject(on)) {
    for (const event of Object.keys(on)) events.add(event);
  }
  return events;
}
function triggerConfig(workflow, event) {
  if (!workflow) return void 0;
  const config = getPath(onValue(workflow), [event]);
  return isObject(config) ? config : void 0;
}
var PRIVILEGED_UNTRUSTED_TRIGGERS = ["pull_request_target", "workflow_run", "issue_comment"];
var PUBLIC_PULL_REQUEST_TRIGGERS = ["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "issue_comment"];
function hasAnyTrigger(triggers, events) {
  return events.find((event) => triggers.has(event));
}
function actionName(step) {
  const uses = step.attributes.uses;
  if (typeof uses !== "string") return void 0;
  const parsed = parseUses(uses);
  if (parsed.kind !== "repository") return void 0;
  return [parsed.owner, parsed.repo, parsed.path].filter(Boolean).join("/").toLowerCase();
}
function usesAction(step, ...names) {
  const name = actionName(step);
  return name !== void 0 && names.includes(name);
}
function usesLocalAction(step) {
  const uses = step.attributes.uses;
  return typeof uses === "string" && parseUses(uses).kind === "local";
}
function runScript(step) {
  const run = step.attributes.run;
  return typeof run === "string" ? run : void 0;
}
function stepInput(step, name) {
  const value = getPath(step.attributes, ["with", name]);
  return typeof value === "string" || typeof value === "boolean" || typeof value === "number" ? value : void 0;
}
function isTrue2(value) {
  return value === true || typeof value === "string" && value.trim().toLowerCase() === "true";
}
function isFalse2(value) {
  return value === false || typeof value === "string" && value.trim().toLowerCase() === "false";
}
var COMMAND_START = String.raw`(?:^|[;&|(\n]|\bthen\b|\bdo\b|\belse\b)\s*(?:(?:sudo|time|exec|env(?:\s+\w+=\S*)*)\s+)*`;
function commandPattern(command, flags = "m") {
  return new RegExp(`${COMMAND_START}(?:${command})`, flags);
}
function ownExpressions(resource) {
  const nested = resource.type === "workflow" ? "jobs" : resource.type === "job" ? "steps" : resource.type === "action" ? "runs" : void 0;
  return allExpressions(resource).filter((found) => nested === void 0 || found.path[0] !== nested || resource.type === "action" && found.path[1] !== "steps");
}
function remoteTarget(resource) {
  const uses = resource.attributes.uses;
  if (typeof uses !== "string") return void 0;
  const parsed = parseUses(uses);
  if (parsed.kind !== "repository" && parsed.kind !== "reusable-workflow") return void 0;
  return { name: [parsed.owner, parsed.repo, parsed.path].filter(Boolean).join("/").toLowerCase(), ref: parsed.ref };
}

// packages/rules/src/support/env-files.ts
var FILE_REFERENCE = /\$\{?(?:env:)?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT)\b/;
function writingLines(script) {
  const lines = script.split("\n");
  const out = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const match = FILE_REFERENCE.exec(line);
    if (!match || !/>>?|tee\b|Out-File|Add-Content/i.test(line)) continue;
    const file = match[1];
    out.push({ index, file });
    const heredoc = /<<-?\s*["']?(\w+)["']?/.exec(line);
    if (!heredoc) continue;
    for (let body = index + 1; body < lines.length && lines[body].trim() !== heredoc[1]; body++) out.push({ index: body, file });
  }
  return out;
}
function attackerControlledEnv(step, graph) {
  const tainted = /* @__PURE__ */ new Map();
  const scopes = [workflowOf(step, graph), jobOf(step, graph), step];
  for (const scope of scopes) {
    const env = scope?.attributes.env;
    if (!scope || !isObject(env)) continue;
    for (const name of Object.keys(env)) {
      const context = expressionsAt(scope, ["env", name]).flatMap(({ expression }) => attackerControlledContexts(expression))[0];
      if (context) tainted.set(name, context);
      else tainted.delete(name);
    }
  }
  return tainted;
}
function environmentFileWrites(step, graph) {
  const script = runScript(step);
  if (script === void 0 || !FILE_REFERENCE.test(script)) return [];
  const lines = script.split("\n");
  const expressions = expressionsAt(step, ["run"]);
  const expressionLines = [];
  lines.forEach((line, index) => {
    for (let at = line.indexOf("${{"); at !== -1; at = line.indexOf("${{", at + 3)) expressionLines.push(index);
  });
  const aligned = expressionLines.length === expressions.length;
  const tainted = attackerControlledEnv(step, graph);
  const writes = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { index, file } of writingLines(script)) {
    const line = lines[index];
    if (aligned) {
      expressions.forEach(({ expression, range }, position) => {
        if (expressionLines[position] !== index) return;
        for (const context of attackerControlledContexts(expression)) {
          const key = `${file}${context}${position}`;
          if (seen.has(key)) continue;
          seen.add(key);
          writes.push({ file, context, range });
        }
      });
    }
    for (const [variable, context] of tainted) {
      if (!new RegExp(String.raw`\$\{?(?:env:)?${variable}\b`).test(line)) continue;
      const key = `${file}${variable}`;
      if (seen.has(key)) continue;
      seen.add(key);
      writes.push({ file, context, variable });
    }
  }
  return writes;
}

// packages/rules/src/support/gcp.ts
var PUBLIC_MEMBERS = ["allUsers", "allAuthenticatedUsers"];
function isPublicMember(value) {
  return typeof value === "string" && PUBLIC_MEMBERS.includes(value.trim());
}
function isDefaultComputeServiceAccount(value) {
  return typeof value === "string" && (value === "default" || /-compute@developer\.gserviceaccount\.com$/i.test(value.trim()));
}
function metadataFlag(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : void 0;
  if (typeof value !== "string") return void 0;
  const text = value.trim().toLowerCase();
  if (["true", "1", "yes", "y", "on"].includes(text)) return true;
  if (["false", "0", "no", "n", "off"].includes(text)) return false;
  return void 0;
}
var METADATA_TYPES = [
  "google_compute_instance",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_project_metadata",
  "google_compute_project_metadata_item"
];
function metadataEntry(resource, key) {
  const attributes = resource.attributes;
  if (resource.type === "google_compute_project_metadata_item") {
    return attributes.key === key && attributes.value !== void 0 ? { at: ["value"], value: attributes.value } : void 0;
  }
  const metadata = attributes.metadata;
  if (isUnknown(metadata)) return { at: ["metadata"], value: metadata };
  if (!isObject(metadata) || !Object.prototype.hasOwnProperty.call(metadata, key)) return void 0;
  return { at: ["metadata", key], value: metadata[key] };
}
function projectMetadataEnables(resources, key) {
  for (const resource of resources) {
    const entry = metadataEntry(resource, key);
    if (entry && metadataFlag(entry.value) === true) return true;
  }
  return false;
}
function durationSeconds(value) {
  if (typeof value !== "string") return void 0;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Number(match[1]) : void 0;
}
var PORT_PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "udp", "sctp", "6", "17", "132"]);
function openFirewallIngress(firewall) {
  const attributes = firewall.attributes;
  const direction = attributes.direction ?? "INGRESS";
  if (direction !== "INGRESS" || attributes.disabled !== void 0 && attributes.disabled !== false) return void 0;
  const sources = attributes.source_ranges;
  if (!Array.isArray(sources)) return void 0;
  const index = sources.findIndex((cidr) => isInternetCidr(cidr));
  if (index < 0) return void 0;
  const allows = attributes.allow;
  if (isUnknown(allows)) return void 0;
  const ranges = [];
  for (const allow of asList(allows)) {
    if (!isObject(allow) || typeof allow.protocol !== "string") return void 0;
    const protocol = allow.protocol.toLowerCase();
    if (protocol === "all") {
      ranges.push({ from: 0, to: 65535 });
      continue;
    }
    if (!PORT_PROTOCOLS.has(protocol)) continue;
    const ports = allow.ports;
    if (ports === void 0 || ports === null || Array.isArray(ports) && ports.length === 0) {
      ranges.push({ from: 0, to: 65535 });
      continue;
    }
    if (!Array.isArray(ports)) return void 0;
    for (const port of ports) {
      const range = parsePortRange(port);
      if (!range) return void 0;
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return void 0;
  return { at: ["source_ranges", index], cidr: sources[index], ranges };
}
var FULL_ACCESS_SCOPES = /* @__PURE__ */ new Set(["cloud-platform", "https://www.googleapis.com/auth/cloud-platform"]);
function instanceServiceAccount(instance) {
  const block = asList(instance.attributes.service_account)[0];
  if (!isObject(block)) return void 0;
  const email = block.email;
  if (isUnknown(email) || isUnknown(block.scopes)) return void 0;
  const scopes = Array.isArray(block.scopes) ? block.scopes : [];
  return {
    at: ["service_account", 0],
    isDefault: email === void 0 || email === null || isDefaultComputeServiceAccount(email),
    fullScopeIndex: scopes.findIndex((scope) => typeof scope === "string" && FULL_ACCESS_SCOPES.has(scope))
  };
}
function sqlIpConfiguration(instance) {
  const settings = instance.attributes.settings;
  if (isUnknown(settings)) return "unknown";
  const first = asList(settings)[0];
  if (first === void 0) return "missing";
  if (!isObject(first) || isUnknown(first.ip_configuration)) return "unknown";
  const config = asList(first.ip_configuration)[0];
  if (config === void 0) return "missing";
  if (!isObject(config)) return "unknown";
  return { config, at: ["settings", 0, "ip_configuration", 0] };
}
function openAuthorizedNetwork(config) {
  return asList(config.authorized_networks).findIndex((network) => isObject(network) && isInternetCidr(network.value));
}

// packages/engine/src/graph/cross-platform/github-oidc-trust.ts
var GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";
var SUBJECT_KEY = `${GITHUB_OIDC_HOST}:sub`;
function githubOidcTrust(graph, role) {
  let cache = trustsByGraph.get(graph);
  if (!cache || cache.revision !== graph.revision) trustsByGraph.set(graph, cache = { revision: graph.revision, byRole: /* @__PURE__ */ new WeakMap() });
  let known = cache.byRole.get(role);
  if (!known || known.attributes !== role.attributes) cache.byRole.set(role, known = { attributes: role.attributes, trusts: readTrusts(graph, role) });
  return [...known.trusts];
}
var trustsByGraph = /* @__PURE__ */ new WeakMap();
function readTrusts(graph, role) {
  const policy = policyDocumentAt(graph, role, ["assume_role_policy"]);
  if (!policy) return [];
  const raw = policy.document.Statement;
  const statements = Array.isArray(raw) ? raw : [raw];
  const trusts = [];
  statements.forEach((statement, index) => {
    if (!isObject(statement) || statement.Effect !== "Allow") return;
    if (!allowsWebIdentity(statement.Action) || !trustsGitHub(statement.Principal, statement.Condition)) return;
    const subjects = subjectConstraints(statement.Condition);
    if (!subjects) return;
    const { reach, pullRequestsByWildcard } = reachOf(subjects);
    const scope = scopeOf(reach, pullRequestsByWildcard);
    trusts.push(Object.freeze({ resource: policy.resource, at: policy.statementAt(index), subjects: subjects.flatMap((constraint) => constraint.patterns), reach, scope }));
  });
  return trusts;
}
function broadestTrust(trusts) {
  const order = ["any-repository", "any-repository-of-owner", "any-ref", "any-branch", "pull-requests", "specific"];
  return [...trusts].sort((a, b) => order.indexOf(a.scope) - order.indexOf(b.scope))[0];
}
function allowsWebIdentity(action) {
  const actions = Array.isArray(action) ? action : [action];
  return actions.some((item) => typeof item === "string" && /^(\*|sts:\*|sts:AssumeRoleWithWebIdentity)$/i.test(item));
}
function trustsGitHub(principal, condition) {
  if (!isObject(principal)) return false;
  const federated = principal.Federated;
  const values = Array.isArray(federated) ? federated : [federated];
  if (values.some((value) => typeof value === "string" && value.toLowerCase().endsWith(GITHUB_OIDC_HOST))) return true;
  if (!values.some(isUnknown) || !isObject(condition)) return false;
  return Object.values(condition).some((keys) => isObject(keys) && Object.keys(keys).some((key) => key.toLowerCase().startsWith(`${GITHUB_OIDC_HOST}:`)));
}
function subjectConstraints(condition) {
  if (condition === void 0 || condition === null) return [];
  if (!isObject(condition)) return void 0;
  const constraints = [];
  for (const [operator, keys] of Object.entries(condition)) {
    const base = operator.replace(/^(ForAnyValue|ForAllValues):/i, "").replace(/IfExists$/i, "").toLowerCase();
    if (isUnknown(keys)) return void 0;
    if (!isObject(keys)) continue;
    for (const [key, values] of Object.entries(keys)) {
      if (key.toLowerCase() !== SUBJECT_KEY) continue;
      if (base !== "stringlike" && base !== "stringequals" && base !== "stringequalsignorecase") continue;
      const list = Array.isArray(values) ? values : [values];
      if (!list.every((value) => typeof value === "string")) return void 0;
      constraints.push({ wildcards: base === "stringlike", patterns: list });
    }
  }
  return constraints;
}
function reachOf(constraints) {
  if (constraints.length === 0) {
    return { reach: { anyRepository: true, anyRepositoryOfOwner: true, anyBranch: true, pullRequests: true }, pullRequestsByWildcard: true };
  }
  const { owner, repository } = namedRepository(constraints);
  const accepts = (subject) => constraints.every((constraint) => constraint.patterns.some((pattern) => subjectMatches(pattern, subject, constraint.wildcards)));
  const patterns = constraints.flatMap((constraint) => constraint.patterns.map(parseSubject));
  const anyRepository = patterns.some((pattern) => accepts(`repo:${PROBE_OWNER}/${pattern.repository}:${pattern.context}`));
  const anyRepositoryOfOwner = anyRepository || patterns.some((pattern) => accepts(`repo:${pattern.owner}/${PROBE_REPOSITORY}:${pattern.context}`));
  const pullRequest = `repo:${owner}/${repository}:pull_request`;
  return {
    reach: {
      anyRepository,
      anyRepositoryOfOwner,
      anyBranch: anyRepositoryOfOwner || accepts(`repo:${owner}/${repository}:ref:refs/heads/${PROBE_BRANCH}`),
      pullRequests: anyRepositoryOfOwner || accepts(pullRequest)
    },
    pullRequestsByWildcard: constraints.some(
      (constraint) => constraint.wildcards && constraint.patterns.some((pattern) => /[*?]/.test(pattern) && subjectMatches(pattern, pullRequest, true))
    )
  };
}
var PROBE_OWNER = "tollgate-probe-owner";
var PROBE_REPOSITORY = "tollgate-probe-repository";
var PROBE_BRANCH = "tollgate-probe-branch";
function parseSubject(pattern) {
  const literal = pattern.replace(/[*?]/g, "x");
  const match = /^repo:([^/:]*)\/([^:]*)(?::(.*))?$/i.exec(literal);
  if (!match) return { owner: PROBE_OWNER, repository: PROBE_REPOSITORY, context: `ref:refs/heads/${PROBE_BRANCH}` };
  return { owner: match[1], repository: match[2], context: match[3] ?? `ref:refs/heads/${PROBE_BRANCH}` };
}
function scopeOf(reach, pullRequestsByWildcard) {
  if (reach.anyRepository) return "any-repository";
  if (reach.anyRepositoryOfOwner) return "any-repository-of-owner";
  if (reach.anyBranch && reach.pullRequests) return "any-ref";
  if (reach.anyBranch) return "any-branch";
  if (reach.pullRequests) return pullRequestsByWildcard ? "any-ref" : "pull-requests";
  return "specific";
}
function namedRepository(constraints) {
  for (const constraint of constraints) {
    for (const pattern of constraint.patterns) {
      if (/^repo:[^/:]+\/[^:]+/i.test(pattern)) return parseSubject(pattern);
    }
  }
  return { owner: PROBE_OWNER, repository: PROBE_REPOSITORY };
}
function subjectMatches(pattern, subject, wildcards) {
  if (!wildcards) return pattern === subject;
  return likePattern(pattern).test(subject);
}
var compiledPatterns = /* @__PURE__ */ new Map();
var MAX_COMPILED_PATTERNS = 1024;
function likePattern(pattern) {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    const source = [...pattern].map((char) => char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
    compiled = new RegExp(`^${source}$`, "s");
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

// packages/rules/src/support/github-oidc-role.ts
function githubTrustFinding(graph, role) {
  const trust = broadestTrust(githubOidcTrust(graph, role));
  if (!trust) return void 0;
  const related = [];
  if (trust.resource !== role) related.push({ resource: trust.resource.id, at: trust.at, message: `the trust statement in ${trust.resource.name}` });
  for (const step of graph.sources(role.id, "assumes")) {
    if (step.platform === "github-actions") related.push({ resource: step.id, at: ["with", "role-to-assume"], message: `assumed by ${step.name} of ${step.source.file}` });
  }
  return { trust, at: trust.resource === role ? trust.at : ["assume_role_policy"], related };
}

// packages/rules/src/support/gke.ts
var GKE_CLUSTER = "google_container_cluster";
var GKE_NODE_POOL = "google_container_node_pool";
function isAutopilot(cluster) {
  return cluster.attributes.enable_autopilot === true;
}
function firstBlock(value) {
  const first = asList(value)[0];
  return isObject(first) ? first : void 0;
}
function nodePoolConfigs(resource) {
  const attributes = resource.attributes;
  const read = (owner, base) => {
    if (isUnknown(owner.node_config)) return void 0;
    const config = asList(owner.node_config)[0];
    if (config !== void 0 && !isObject(config)) return void 0;
    return { at: [...base, "node_config", 0], config };
  };
  if (resource.type === GKE_NODE_POOL) {
    const pool2 = read(attributes, []);
    return pool2 ? [pool2] : [];
  }
  if (isAutopilot(resource) || isUnknown(attributes.node_pool)) return [];
  const inline = asList(attributes.node_pool);
  if (inline.length > 0) {
    return inline.flatMap((pool2, index) => {
      const config = isObject(pool2) ? read(pool2, ["node_pool", index]) : void 0;
      return config ? [config] : [];
    });
  }
  if (attributes.remove_default_node_pool !== void 0 && attributes.remove_default_node_pool !== false) return [];
  const pool = read(attributes, []);
  return pool ? [pool] : [];
}

// packages/rules/src/support/kubernetes-exposure.ts
var EXTERNAL_SERVICE_TYPES = ["LoadBalancer", "NodePort"];
function externalServiceType(service) {
  const type = getPath(service.attributes, ["spec", "type"]);
  return typeof type === "string" && EXTERNAL_SERVICE_TYPES.includes(type) ? type : void 0;
}
function externalExposures(graph, workload) {
  const exposures = [];
  for (const service of graph.sources(workload.id, "selects")) {
    if (service.type !== "Service") continue;
    const type = externalServiceType(service);
    if (type) exposures.push({ by: service, at: ["spec", "type"], description: `${service.name} (${type})` });
    for (const edge of graph.edgesTo(service.id, "references")) {
      const ingress = graph.get(edge.from);
      if (ingress?.type !== "Ingress") continue;
      exposures.push({ by: ingress, at: edge.via ?? [], description: `${ingress.name} through ${service.name}` });
    }
  }
  return exposures;
}

// packages/rules/src/support/kubernetes-privilege.ts
var NODE_ROOT_CAPABILITIES = /* @__PURE__ */ new Set(["ALL", "SYS_ADMIN", "CAP_SYS_ADMIN"]);
function privilegedContainersOf(workload) {
  const found = [];
  for (const { container, path, name } of containersOf(workload)) {
    if (getPath(container, ["securityContext", "privileged"]) === true) {
      found.push({ name, at: [...path, "securityContext", "privileged"], reason: "privileged" });
      continue;
    }
    const added = asList(getPath(container, ["securityContext", "capabilities", "add"]));
    const index = added.findIndex((capability) => typeof capability === "string" && NODE_ROOT_CAPABILITIES.has(capability.toUpperCase()));
    if (index !== -1) found.push({ name, at: [...path, "securityContext", "capabilities", "add", index], reason: `adds ${String(added[index])}` });
  }
  return found;
}

// packages/rules/src/support/kubernetes-scope.ts
function namespaceOf(resource) {
  const namespace = getPath(resource.attributes, ["metadata", "namespace"]);
  return typeof namespace === "string" && namespace !== "" ? namespace : "default";
}
function scanHasWorkloadsIn(graph, namespace) {
  return WORKLOAD_KINDS.some((kind) => graph.findBy(kind, "kubernetes-namespace", kubernetesNamespace, namespace).length > 0);
}
function kubernetesNamespace(resource) {
  return resource.platform === "kubernetes" ? namespaceOf(resource) : void 0;
}

// packages/rules/src/support/lambda-runtimes.ts
var DEPRECATED_LAMBDA_RUNTIMES = /* @__PURE__ */ new Set([
  "nodejs",
  "nodejs4.3",
  "nodejs4.3-edge",
  "nodejs6.10",
  "nodejs8.10",
  "nodejs10.x",
  "nodejs12.x",
  "nodejs14.x",
  "nodejs16.x",
  "nodejs18.x",
  "python2.7",
  "python3.6",
  "python3.7",
  "python3.8",
  "python3.9",
  "ruby2.5",
  "ruby2.7",
  "java8",
  "go1.x",
  "provided",
  "dotnetcore1.0",
  "dotnetcore2.0",
  "dotnetcore2.1",
  "dotnetcore3.1",
  "dotnet5.0",
  "dotnet6",
  "dotnet7"
]);
var SUCCESSORS = [
  [/^nodejs/, "nodejs22.x"],
  [/^python/, "python3.13"],
  [/^ruby/, "ruby3.4"],
  [/^java/, "java21"],
  [/^dotnet/, "a supported .NET runtime (dotnet10)"],
  [/^(go1\.x|provided)$/, "provided.al2023"]
];
function isDeprecatedLambdaRuntime(runtime) {
  return DEPRECATED_LAMBDA_RUNTIMES.has(runtime.trim().toLowerCase());
}
function successorRuntime(runtime) {
  return SUCCESSORS.find(([pattern]) => pattern.test(runtime.trim().toLowerCase()))?.[1];
}

// packages/rules/src/support/network-acl.ts
var NETWORK_ACL_TYPES = ["aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule"];
function openAclIngressOf(resource) {
  const attributes = resource.attributes;
  if (resource.type === "aws_network_acl_rule") {
    if (!(attributes.egress === void 0 || attributes.egress === null || isFalse(attributes.egress))) return [];
    return fromEntry(attributes, attributes.rule_action, []);
  }
  return asList(attributes.ingress).flatMap((entry, index) => isObject(entry) ? fromEntry(entry, entry.action, ["ingress", index]) : []);
}
function fromEntry(entry, action, base) {
  if (typeof action !== "string" || action.toLowerCase() !== "allow") return [];
  const reach = reachOf2(entry);
  if (!reach) return [];
  const open = [];
  for (const key of ["cidr_block", "ipv6_cidr_block"]) {
    if (isInternetCidr(entry[key])) open.push({ at: [...base, key], cidr: entry[key], reach });
  }
  return open;
}
function reachOf2(entry) {
  if (isAllProtocols(entry.protocol)) return "all ports";
  const protocol = typeof entry.protocol === "string" ? entry.protocol.toLowerCase() : entry.protocol;
  if (!["tcp", "udp", "6", "17", 6, 17].includes(protocol)) return void 0;
  const from = Number(entry.from_port);
  const to = Number(entry.to_port);
  if (!Number.isInteger(from) || !Number.isInteger(to) || typeof entry.from_port === "boolean") return void 0;
  if (from <= 0 && to >= 65535) return "all ports";
  const ports = sensitivePortsIn(from, to);
  return ports.length > 0 ? ports.map(({ port, name }) => `${port} (${name})`).join(", ") : void 0;
}

// packages/rules/src/support/open-ports.ts
var REMOTE_ADMIN_PORTS = /* @__PURE__ */ new Map([
  [22, "SSH"],
  [3389, "RDP"]
]);
function classifyExposure(ranges) {
  if (ranges.some((range) => range.from <= 1 && range.to >= 65535)) return { kind: "all-ports" };
  const admin = [...REMOTE_ADMIN_PORTS].filter(([port]) => ranges.some((range) => port >= range.from && port <= range.to));
  if (admin.length > 0) return { kind: "remote-admin", ports: admin.map(([port, name]) => ({ port, name })) };
  const sensitive = /* @__PURE__ */ new Map();
  for (const range of ranges) for (const { port, name } of sensitivePortsIn(range.from, range.to)) sensitive.set(port, name);
  if (sensitive.size > 0) return { kind: "sensitive", ports: [...sensitive].sort(([a], [b]) => a - b).map(([port, name]) => ({ port, name })) };
  return void 0;
}
function describePorts(ports) {
  return ports.map(({ port, name }) => `${port} (${name})`).join(", ");
}

// packages/rules/src/support/opensearch.ts
var SEARCH_DOMAIN_TYPES = ["aws_opensearch_domain", "aws_elasticsearch_domain"];
function domainKind(resource) {
  return resource.type === "aws_elasticsearch_domain" ? "Elasticsearch domain" : "OpenSearch domain";
}
function isInVpc(domain) {
  const options = singleBlock(domain.attributes, "vpc_options");
  if (options === "unknown") return void 0;
  if (!options) return false;
  const subnets = options.block.subnet_ids;
  if (isUnknown(subnets)) return void 0;
  return Array.isArray(subnets) ? subnets.length > 0 : subnets !== void 0 && subnets !== null;
}

// packages/rules/src/support/pod-security.ts
function podOf(workload) {
  const pod = podSpecOf(workload);
  if (!pod) return void 0;
  return { spec: pod.spec, path: pod.path, containers: containersOf(workload) };
}
function isWindowsPod(pod) {
  const os = getPath(pod.spec, ["os", "name"]);
  return typeof os === "string" && os.toLowerCase() === "windows";
}
function effectiveSetting(pod, view, field) {
  const own = getPath(view.container, ["securityContext", field]);
  if (own !== void 0 && own !== null) return { value: own, path: [...view.path, "securityContext", field], from: "container" };
  const inherited = getPath(pod.spec, ["securityContext", field]);
  if (inherited !== void 0 && inherited !== null) return { value: inherited, path: [...pod.path, "securityContext", field], from: "pod" };
  return void 0;
}
function capabilities(view, which) {
  const list = getPath(view.container, ["securityContext", "capabilities", which]);
  if (!Array.isArray(list)) return [];
  const entries = [];
  list.forEach((item, index) => {
    if (typeof item !== "string") return;
    entries.push({ name: normaliseCapability(item), path: [...view.path, "securityContext", "capabilities", which, index] });
  });
  return entries;
}
function normaliseCapability(name) {
  const upper = name.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
var NODE_ESCAPE_CAPABILITIES = /* @__PURE__ */ new Set([
  "ALL",
  "SYS_ADMIN",
  "SYS_MODULE",
  "SYS_PTRACE",
  "SYS_RAWIO",
  "DAC_READ_SEARCH",
  "BPF",
  "SYS_BOOT"
]);
var NETWORK_CAPABILITIES = /* @__PURE__ */ new Set(["NET_RAW", "NET_ADMIN"]);
var RESTRICTED_ADDABLE_CAPABILITY = "NET_BIND_SERVICE";
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]);
function volumesOf(pod) {
  const volumes = [];
  asList(pod.spec.volumes).forEach((volume, index) => {
    if (!isObject(volume)) return;
    const name = typeof volume.name === "string" ? volume.name : `volumes[${index}]`;
    volumes.push({ name, volume, path: [...pod.path, "volumes", index] });
  });
  return volumes;
}
function hostPathVolumes(pod) {
  const found = [];
  for (const volume of volumesOf(pod)) {
    const hostPath = volume.volume.hostPath;
    if (!isObject(hostPath) || typeof hostPath.path !== "string") continue;
    const normalised = normaliseHostPath(hostPath.path);
    found.push({ ...volume, hostPath: normalised, at: [...volume.path, "hostPath", "path"], kind: classifyHostPath(normalised) });
  }
  return found;
}
function normaliseHostPath(path) {
  const collapsed = path.trim().replace(/\/+/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/$/, "") : collapsed;
}
var RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|cri-dockerd|podman|dockershim)\.sock$/;
var RUNTIME_SOCKET_FOLDERS = /* @__PURE__ */ new Set(["/run/containerd", "/var/run/containerd", "/run/crio", "/var/run/crio", "/run/docker", "/var/run/docker", "/run/podman", "/var/run/podman"]);
var SENSITIVE_EXACT = /* @__PURE__ */ new Set(["/", "/var", "/var/lib", "/var/run", "/run", "/home"]);
var SENSITIVE_TREES = [
  "/etc",
  "/root",
  "/proc",
  "/sys",
  "/dev",
  "/boot",
  "/usr",
  "/bin",
  "/sbin",
  "/lib",
  "/lib64",
  "/var/lib/kubelet",
  "/var/lib/etcd",
  "/var/lib/docker",
  "/var/lib/containerd",
  "/var/lib/cri-o",
  "/var/lib/rancher",
  "/var/lib/k0s",
  "/var/lib/kube-proxy",
  "/var/lib/kube-scheduler",
  "/var/lib/kube-controller-manager",
  "/srv/kubernetes",
  "/opt/cni"
];
function classifyHostPath(path) {
  if (RUNTIME_SOCKET.test(path) || RUNTIME_SOCKET_FOLDERS.has(path)) return "runtime-socket";
  if (SENSITIVE_EXACT.has(path)) return "sensitive";
  if (SENSITIVE_TREES.some((tree) => path === tree || path.startsWith(`${tree}/`))) return "sensitive";
  return "other";
}
function containersMounting(pod, volume) {
  return pod.containers.filter(({ container }) => asList(container.volumeMounts).some((mount) => isObject(mount) && mount.name === volume)).map(({ name }) => name);
}
function namespaceOf2(resource) {
  const namespace = getPath(resource.attributes, ["metadata", "namespace"]);
  return typeof namespace === "string" && namespace !== "" ? namespace : "default";
}
function annotationsAt(attributes, metadataPath) {
  const annotations = getPath(attributes, [...metadataPath, "annotations"]);
  const out = /* @__PURE__ */ new Map();
  if (!isObject(annotations)) return out;
  for (const [key, value] of Object.entries(annotations)) if (typeof value === "string") out.set(key, value);
  return out;
}
function podMetadataPath(pod) {
  return [...pod.path.slice(0, -1), "metadata"];
}
function groupBySetting(entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const { view, setting } of entries) {
    const key = JSON.stringify(setting.path);
    const group = groups.get(key);
    if (group) group.containers.push(view.name);
    else groups.set(key, { path: setting.path, from: setting.from, containers: [view.name] });
  }
  return [...groups.values()];
}
function containerList(names) {
  return `${names.length === 1 ? "container" : "containers"} ${names.map((name) => `"${name}"`).join(", ")}`;
}
function containerAnnotation(workloadAttributes, pod, prefix, container) {
  const metadata = podMetadataPath(pod);
  const key = `${prefix}/${container}`;
  const value = annotationsAt(workloadAttributes, metadata).get(key);
  return value === void 0 ? void 0 : { value, path: [...metadata, "annotations", key] };
}
function serviceAccountUse(pod, accounts) {
  const field = ["serviceAccountName", "serviceAccount"].find((key) => typeof pod.spec[key] === "string" && pod.spec[key] !== "");
  const name = field ? String(pod.spec[field]) : "default";
  const account = accounts.find((candidate) => candidate.type === "ServiceAccount");
  return {
    name,
    at: field ? [...pod.path, field] : pod.path,
    podAutomount: pod.spec.automountServiceAccountToken ?? void 0,
    accountAutomount: account ? account.attributes.automountServiceAccountToken ?? void 0 : void 0,
    accountInScan: account !== void 0
  };
}

// packages/rules/src/support/postgresql-configuration.ts
var POSTGRESQL_CONFIGURATION_TYPES = ["azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"];
function isOffSetting(value) {
  if (value === false || value === 0) return true;
  return typeof value === "string" && ["off", "false", "0"].includes(value.trim().toLowerCase());
}
function parameterTurnedOff(resource, names) {
  const { name, value } = resource.attributes;
  if (typeof name !== "string") return void 0;
  const parameter = name.trim().toLowerCase();
  return names.includes(parameter) && isOffSetting(value) ? parameter : void 0;
}

// packages/rules/src/support/rbac-grants.ts
function rbacRules(role) {
  const rules = [];
  asList(role.attributes.rules).forEach((rule, index) => {
    if (!isObject(rule)) return;
    const read = (value) => {
      const list = asList(value);
      return { items: list.map((item) => typeof item === "string" ? item : ""), partial: isUnknown(value) || list.some(isUnknown) };
    };
    const apiGroups = read(rule.apiGroups);
    const resources = read(rule.resources);
    const verbs = read(rule.verbs);
    const resourceNames = read(rule.resourceNames);
    rules.push({
      index,
      apiGroups: apiGroups.items,
      resources: resources.items,
      verbs: verbs.items.map((verb) => verb.toLowerCase()),
      resourceNames: resourceNames.items,
      partial: apiGroups.partial || resources.partial || verbs.partial || resourceNames.partial
    });
  });
  return rules;
}
function wildcardShape(rule) {
  const verbs = rule.verbs.includes("*");
  const resources = rule.resources.includes("*");
  if (verbs && resources) return "both";
  if (verbs) return "verbs";
  if (resources) return "resources";
  return "none";
}
function coversGroup(rule, group) {
  return rule.apiGroups.includes("*") || rule.apiGroups.includes(group);
}
function namedResources(rule, wanted) {
  const matches = [];
  rule.resources.forEach((resource, index) => {
    const subresource = resource.startsWith("*/") ? resource.slice(1) : void 0;
    const hit = wanted.has(resource) || subresource !== void 0 && [...wanted].some((name) => name.endsWith(subresource));
    if (hit) matches.push({ resource, path: ["rules", rule.index, "resources", index] });
  });
  return matches;
}
function grantsAnyVerb(rule, verbs) {
  return rule.verbs.filter((verb) => verbs.includes(verb));
}
function subjectsOf(binding) {
  const subjects = [];
  asList(binding.attributes.subjects).forEach((subject, index) => {
    if (!isObject(subject) || typeof subject.kind !== "string" || typeof subject.name !== "string") return;
    subjects.push({
      kind: subject.kind,
      name: subject.name,
      ...typeof subject.namespace === "string" ? { namespace: subject.namespace } : {},
      path: ["subjects", index]
    });
  });
  return subjects;
}
function describeSubject(subject) {
  if (subject.kind === "ServiceAccount") return `service account ${subject.namespace ? `${subject.namespace}/` : ""}${subject.name}`;
  return `${subject.kind.toLowerCase()} ${subject.name}`;
}
function roleRefOf(binding) {
  const ref = binding.attributes.roleRef;
  if (!isObject(ref) || typeof ref.kind !== "string" || typeof ref.name !== "string") return void 0;
  return { kind: ref.kind, name: ref.name };
}
function explicitGrants(role, permission) {
  const grants = [];
  for (const rule of rbacRules(role)) {
    if (rule.partial || wildcardShape(rule) !== "none") continue;
    if (permission.ignoreNamed && rule.resourceNames.length > 0) continue;
    if (!permission.groups.some((group) => coversGroup(rule, group))) continue;
    const resources = namedResources(rule, permission.resources);
    const verbs = grantsAnyVerb(rule, permission.verbs);
    if (resources.length > 0 && verbs.length > 0) grants.push({ rule, resources, verbs });
  }
  return grants;
}
function describeGrant(grant) {
  return `${grant.verbs.join(", ")} on ${grant.resources.map((match) => match.resource).join(", ")}`;
}
var PUBLIC_DEFAULT_ROLES = /* @__PURE__ */ new Set([
  "system:public-info-viewer",
  "system:discovery",
  "system:basic-user",
  "system:service-account-issuer-discovery",
  "system:volume-scheduler"
]);
function broadSubjects(binding, groups, users = /* @__PURE__ */ new Set()) {
  return subjectsOf(binding).filter((subject) => subject.kind === "Group" && groups.has(subject.name) || subject.kind === "User" && users.has(subject.name));
}

// packages/rules/src/support/s3-bucket.ts
var PUBLIC_ACCESS_BLOCK_SETTINGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];
function bucketSettings(graph, bucket, type) {
  const found = /* @__PURE__ */ new Set();
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
function bucketOf(graph, setting) {
  const referenced = graph.targets(setting.id, "references").find((target) => target.type === "aws_s3_bucket");
  if (referenced) return referenced;
  const name = setting.attributes.bucket;
  return typeof name === "string" ? graph.findBy("aws_s3_bucket", "bucket-name", bucketNameKey, groupKey(setting, name))[0] : void 0;
}
function bucketNameKey(resource) {
  const name = resource.attributes.bucket;
  return typeof name === "string" ? groupKey(resource, name) : void 0;
}
function groupKey(resource, name) {
  return `${resource.id.slice(0, resource.id.indexOf("::"))}${name}`;
}
function unblockedSettings(block) {
  return PUBLIC_ACCESS_BLOCK_SETTINGS.filter((setting) => {
    const value = block.attributes[setting];
    return value === void 0 || value === null || value === false;
  });
}
function accountBlocksPublicAccess(graph, near) {
  return graph.ofType("aws_s3_account_public_access_block").some((block) => sameGroup(block, near) && unblockedSettings(block).length === 0);
}
function sameGroup(a, b) {
  return a.id.slice(0, a.id.indexOf("::")) === b.id.slice(0, b.id.indexOf("::"));
}

// packages/rules/src/support/secrets.ts
var SECRET_NAME = /((^|[_-])pass$|passw(or)?d|passphrase|(^|[_-])pwd$|secret|token(s)?($|[_-])|api[_-]?key|apikey|access[_-]?key|private[_-]?key|signing[_-]?key|credential|auth[_-]?key|master[_-]?key|encryption[_-]?key)/i;
var NOT_A_SECRET_NAME = /(_arn|arns?$|_ids?$|_name$|names?$|_path$|_paths$|_file$|_length$|_len$|_size$|_ttl$|_age$|_type$|_version$|_enabled$|_enable$|_policy$|_rotation|_expir|_count$|_prefix$|_suffix$|_url$|_uri$|_endpoint$|_header$|_location$|_parameter$|_params?$|_ssm$|_secret_id$|kms|key_name|key_pair|public_key|token_url|_format$|^secret_?(name|id|arn)$|secrets?_manager|use_|_required$|_reset_|reuse|hint|min_|max_|description)/i;
function isSecretName(name) {
  if (/access[_-]?key[_-]?id$/i.test(name)) return true;
  return SECRET_NAME.test(name) && !NOT_A_SECRET_NAME.test(name);
}
var PLACEHOLDER2 = /^(|\s+|null|none|nil|undefined|true|false|changeme|change[_-]?me|replace[_-]?me|todo|tbd|xxx+|\*+|<[^>]*>|\{\{.*\}\}|\$\{.*\}|\$[A-Z_][A-Z0-9_]*|placeholder|dummy|example|your[_-].*|\.\.\.)$/i;
function isHardcodedSecretValue(value) {
  if (typeof value !== "string" || isUnknown(value)) return false;
  const text = value.trim();
  if (text.length < 4 || PLACEHOLDER2.test(text)) return false;
  if (/^(arn:|\{\{resolve:|ssm:|secretsmanager:|vault:|projects\/|https?:\/\/|alias\/)/i.test(text)) return false;
  if (/^\/[\w.\/-]+$/.test(text)) return false;
  if (/^\d+$/.test(text)) return false;
  return true;
}
var TEXT_PATTERNS = [
  { kind: "an AWS access key ID", pattern: /\b(AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { kind: "an AWS secret access key", pattern: /aws_?secret_?access_?key["']?\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i },
  { kind: "a private key", pattern: /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/ },
  { kind: "a GitHub token", pattern: /\b(ghp|gho|ghs|ghu|github_pat)_[A-Za-z0-9_]{30,}\b/ },
  { kind: "a Slack token", pattern: /\bxox[abpr]-[A-Za-z0-9-]{10,}/ },
  {
    kind: "a password",
    // `DB_PASSWORD=s3cr3t`, `password: "s3cr3t"`; not `$PASSWORD`, `${var}`, `$(cat file)` or a `{ … }` block.
    // The name's tail is bounded: unbounded, every "pwd" in a long word scans to its end, quadratic in the word.
    pattern: /(?:passw(?:or)?d|passwd|pwd)\w{0,100}["']?\s*[=:]\s*["']?(?![$%{<(])[^\s"'$;|&]{6,}/i
  },
  {
    kind: "a password",
    // `--password s3cr3t`, `--password=s3cr3t`; not `--password-stdin`.
    pattern: /--(?:password|passwd)[= ]["']?(?![$%{<(-])[^\s"'$;|&]{6,}/i
  }
];
function secretsInText(text) {
  const kinds = [];
  for (const { kind, pattern } of TEXT_PATTERNS) {
    if (kinds.includes(kind)) continue;
    const match = pattern.exec(text);
    if (!match) continue;
    if (kind === "a password" && isPlaceholderAssignment(match[0])) continue;
    kinds.push(kind);
  }
  return kinds;
}
function isPlaceholderAssignment(assignment) {
  const value = assignment.replace(/^-*[^=:\s]*["']?\s*(?:[=:]|\s)\s*["']?/, "");
  return PLACEHOLDER2.test(value) || /^(required|optional|true|false|null|none)$/i.test(value);
}
function decodeBase64Text(value) {
  const compact = value.replace(/\s+/g, "");
  if (compact.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return void 0;
  const decoded = Buffer.from(compact, "base64").toString("utf8");
  return /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(decoded) ? void 0 : decoded;
}

// packages/rules/src/support/security-group.ts
function openIngressOf(resource) {
  const attributes = resource.attributes;
  switch (resource.type) {
    case "aws_security_group":
      return asList(attributes.ingress).flatMap((rule, index) => isObject(rule) ? fromRule(rule, ["ingress", index]) : []);
    case "aws_security_group_rule":
      return attributes.type === "ingress" ? fromRule(attributes, []) : [];
    case "aws_vpc_security_group_ingress_rule": {
      const open = [];
      const allProtocols = isAllProtocols(attributes.ip_protocol);
      const from = allProtocols ? 0 : attributes.from_port;
      const to = allProtocols ? 65535 : attributes.to_port;
      if (typeof from !== "number" || typeof to !== "number") return [];
      for (const key of ["cidr_ipv4", "cidr_ipv6"]) {
        if (isInternetCidr(attributes[key])) open.push({ at: [key], cidr: attributes[key], from, to, allProtocols });
      }
      return open;
    }
    default:
      return [];
  }
}
function fromRule(rule, base) {
  const allProtocols = isAllProtocols(rule.protocol);
  const from = allProtocols ? 0 : rule.from_port;
  const to = allProtocols ? 65535 : rule.to_port;
  if (typeof from !== "number" || typeof to !== "number") return [];
  const open = [];
  for (const key of ["cidr_blocks", "ipv6_cidr_blocks"]) {
    const cidrs = rule[key];
    if (!Array.isArray(cidrs)) continue;
    cidrs.forEach((cidr, index) => {
      if (isInternetCidr(cidr)) open.push({ at: [...base, key, index], cidr, from, to, allProtocols });
    });
  }
  return open;
}
var SECURITY_GROUP_TYPES = ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"];

// packages/rules/src/support/service-account-grants.ts
var BUILT_IN_SECRET_READERS = /* @__PURE__ */ new Set(["cluster-admin", "admin", "edit"]);
var READ_VERBS = ["get", "list", "watch", "*"];
function bindingGrant(graph, binding) {
  const ref = roleRefOf(binding);
  if (!ref || ref.kind !== "Role" && ref.kind !== "ClusterRole") return void 0;
  const role = graph.targets(binding.id, "binds").find((target) => target.type === ref.kind);
  return { binding, roleKind: ref.kind, roleName: ref.name, ...role ? { role } : {}, clusterWide: binding.type === "ClusterRoleBinding" };
}
function grantsToServiceAccount(graph, serviceAccountId) {
  return graph.sources(serviceAccountId, "binds").filter((binding) => binding.type === "RoleBinding" || binding.type === "ClusterRoleBinding").flatMap((binding) => bindingGrant(graph, binding) ?? []);
}
function everythingRuleIndex(role) {
  return rbacRules(role).find((rule) => !rule.partial && wildcardShape(rule) === "both")?.index;
}
function grantsEverything(grant) {
  if (grant.role) return everythingRuleIndex(grant.role) !== void 0;
  return grant.roleKind === "ClusterRole" && grant.roleName === "cluster-admin";
}
function secretReadRuleIndex(role) {
  return rbacRules(role).find(
    (rule) => !rule.partial && coversGroup(rule, "") && (rule.resources.includes("secrets") || rule.resources.includes("*")) && rule.resourceNames.length === 0 && rule.verbs.some((verb) => READ_VERBS.includes(verb))
  )?.index;
}
function grantReadsSecrets(grant) {
  if (grant.role) return secretReadRuleIndex(grant.role) !== void 0;
  return grant.roleKind === "ClusterRole" && BUILT_IN_SECRET_READERS.has(grant.roleName);
}

// packages/rules/src/support/tls-policies.ts
var OUTDATED_ELB_POLICIES = /* @__PURE__ */ new Set([
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-2015-05",
  "ELBSecurityPolicy-2015-03",
  "ELBSecurityPolicy-2015-02",
  "ELBSecurityPolicy-2014-10",
  "ELBSecurityPolicy-2014-01",
  "ELBSecurityPolicy-2011-08",
  "ELBSecurityPolicy-FS-2018-06",
  "ELBSecurityPolicy-FS-1-1-2019-08",
  "ELBSample-ELBDefaultCipherPolicy",
  "ELBSample-OpenSSLDefaultCipherPolicy"
]);
var OUTDATED_ELB_POLICY_PATTERN = /^ELBSecurityPolicy-(TLS13-)?(TLS-)?1-[01]-/i;
function isOutdatedElbPolicy(policy) {
  if (typeof policy !== "string") return false;
  return OUTDATED_ELB_POLICIES.has(policy) || OUTDATED_ELB_POLICY_PATTERN.test(policy);
}
var OUTDATED_CLOUDFRONT_PROTOCOLS = /* @__PURE__ */ new Set(["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"]);
function isOutdatedCloudFrontProtocol(version) {
  return typeof version === "string" && OUTDATED_CLOUDFRONT_PROTOCOLS.has(version);
}
var OPENSEARCH_TLS_1_0_POLICY = "Policy-Min-TLS-1-0-2019-07";

// packages/rules/src/support/token-permissions.ts
function effectivePermissions(job, workflow) {
  if (job.attributes.permissions !== void 0) return { value: job.attributes.permissions, from: job };
  if (workflow && workflow.attributes.permissions !== void 0) return { value: workflow.attributes.permissions, from: workflow };
  return void 0;
}
function grantsWrite(permissions, scope) {
  if (permissions === "write-all") return true;
  return isObject(permissions) && permissions[scope] === "write";
}

// packages/rules/src/support/untrusted-checkout.ts
function normalise(expression) {
  return expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1");
}
var HEAD_REFERENCE = /github\.head_ref\b|\.head\.(?:sha|ref)\b|\bhead_(?:sha|ref|branch)\b|\.merge_commit_sha\b|workflow_run\.head_commit\.id\b|\boutputs\.[\w-]*(?:head|pr)[_-]?(?:sha|ref|branch|commit)\b/i;
var HEAD_REPOSITORY = /\.head\.repo\.full_name\b|workflow_run\.head_repository\.full_name\b|\boutputs\.[\w-]*head[_-]?repo[\w-]*\b/i;
function headReferenceIn(step, path) {
  const value = getPath(step.attributes, path);
  if (typeof value !== "string") return void 0;
  for (const { expression } of expressionsAt(step, path)) {
    const normalised = normalise(expression);
    const match = HEAD_REFERENCE.exec(normalised) ?? (path[path.length - 1] === "repository" ? HEAD_REPOSITORY.exec(normalised) : null);
    if (match) return `\${{ ${expression} }}`;
  }
  if (/\brefs\/pull\/(?:\$\{\{[^}]*\}\}|[^/\s]+)\/(?:head|merge)\b/.test(value)) return value;
  return void 0;
}
var GH_PR_CHECKOUT = commandPattern(String.raw`gh\s+pr\s+checkout\b`);
var GIT_FETCH_PULL = commandPattern(String.raw`git\s+(?:fetch|pull)\b[^\n]*\bpull\/(?:\$\{\{[^}]*\}\}|[^\s/]+)\/(?:head|merge)\b`);
var GIT_SWITCH_HEAD = commandPattern(String.raw`git\s+(?:checkout|switch|fetch|pull)\b[^\n]*\$\{\{[^}]*(?:head_ref|head\.ref|head\.sha|head_sha|head_branch)`);
function untrustedCheckout(step) {
  if (usesAction(step, "actions/checkout")) {
    for (const input of ["ref", "repository"]) {
      const what = headReferenceIn(step, ["with", input]);
      if (what) return { at: ["with", input], what };
    }
    return void 0;
  }
  const script = runScript(step);
  if (script === void 0) return void 0;
  if (GH_PR_CHECKOUT.test(script)) return { at: ["run"], what: "gh pr checkout" };
  if (GIT_FETCH_PULL.test(script)) return { at: ["run"], what: "git fetch of refs/pull/…" };
  if (GIT_SWITCH_HEAD.test(script)) return { at: ["run"], what: "git checkout of the pull request head" };
  return void 0;
}
function firstUntrustedCheckout(job, graph) {
  const steps = stepsOf(job, graph);
  for (const [index, step] of steps.entries()) {
    const checkout = untrustedCheckout(step);
    if (checkout) return { step, index, checkout };
  }
  return void 0;
}
var WORKSPACE_CODE = [
  [commandPattern(String.raw`(?:npm|pnpm)\s+(?:install|i|ci|run|run-script|test|t|build|start|exec|rebuild|pack|publish)\b`), "npm/pnpm"],
  [commandPattern(String.raw`yarn(?:\s+(?:install|run|test|build|start|exec)\b|\s*$)`), "yarn"],
  [commandPattern(String.raw`(?:npx|bunx|bun\s+(?:install|run|test|x))\b`), "npx/bun"],
  [commandPattern(String.raw`(?:make|cmake|ninja|bazel|bazelisk)\b`), "make"],
  [commandPattern(String.raw`(?:\.\/gradlew|gradle|\.\/mvnw|mvn|ant|sbt)\b`), "a JVM build"],
  [commandPattern(String.raw`(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\b[^\n]*(?:\s-e\s|\s--editable\b|\s-r\s|\s\.(?:\[[^\]]*\])?(?:\s|$)|requirements)`), "pip install"],
  [commandPattern(String.raw`(?:python3?\s+(?:setup\.py|-m\s+(?:pytest|tox|nox|build|unittest))|pytest|tox|nox|poetry\s+(?:install|run|build)|pipenv\s+(?:install|run)|uv\s+(?:sync|run|build)|hatch\s+(?:run|build)|pdm\s+(?:install|run))\b`), "a Python build or test run"],
  [commandPattern(String.raw`go\s+(?:build|test|run|generate|install|vet)\b`), "go"],
  [commandPattern(String.raw`cargo\s+(?:build|test|run|check|clippy|bench|install\s+--path)\b`), "cargo"],
  [commandPattern(String.raw`(?:bundle\s+(?:install|exec)|rake|composer\s+(?:install|update|run)|dotnet\s+(?:build|test|run|restore|pack)|mix\s+(?:deps\.get|compile|test)|swift\s+(?:build|test)|deno\s+(?:run|task|test))\b`), "a build tool"],
  [commandPattern(String.raw`pre-commit\s+run\b`), "pre-commit"],
  [commandPattern(String.raw`docker\s+(?:buildx\s+)?(?:build|compose)\b|docker-compose\b`), "docker build"],
  [commandPattern(String.raw`(?:\.\/[\w.\/-]+|(?:ba|z)?sh\s+(?!-c\b)[\w.\/-]+\.sh\b|source\s+[\w.\/-]+|\.\s+[\w.\/-]+\.sh\b|node\s+(?!-e\b)[\w.\/-]+\.[cm]?js\b)`), "a script from the repository"]
];
function workspaceCodeRun(step) {
  if (usesLocalAction(step)) return `the local action ${String(step.attributes.uses)}`;
  const script = runScript(step);
  if (script === void 0) return void 0;
  for (const [pattern, what] of WORKSPACE_CODE) {
    const match = pattern.exec(script);
    if (match) return `\`${match[0].replace(/^[\s;&|(]+/, "").trim()}\` (${what})`;
  }
  return void 0;
}
function commenterChecked(job, step, graph) {
  const guard = /author_association|comment\.user\.login|github\.actor\b|github\.triggering_actor\b/i;
  if (typeof job.attributes.if === "string" && guard.test(job.attributes.if)) return true;
  for (const candidate of stepsOf(job, graph)) {
    if (typeof candidate.attributes.if === "string" && guard.test(candidate.attributes.if)) return true;
    if (usesAction(
      candidate,
      "actions-cool/check-user-permission",
      "prince-chrismc/check-actor-permissions-action",
      "sushichop/action-repository-permission",
      "lannonbr/repo-permission-check-action",
      "xt0rted/slash-command-action",
      "peter-evans/slash-command-dispatch",
      "skjnldsv/check-actor-permission"
    ))
      return true;
    const script = runScript(candidate);
    if (script && /collaborators\/[^\s/]+\/permission|getCollaboratorPermissionLevel|author_association/i.test(script)) return true;
    const code = getPath(candidate.attributes, ["with", "script"]);
    if (typeof code === "string" && /getCollaboratorPermissionLevel|author_association|collaborators\/[^\s/]+\/permission/i.test(code)) return true;
    if (candidate === step) break;
  }
  return false;
}

export {
  COMPROMISED_ACTIONS,
  VULNERABLE_ACTIONS,
  advisoryFor,
  policyDocumentAt,
  readPolicy,
  actionMatches,
  grantsFullAdmin,
  policyAt,
  IDENTITY_POLICY_TYPES,
  identityPoliciesOf,
  statementLabel,
  allowsAnyone,
  actionsText,
  adminGrantsOf,
  describeAdminGrants,
  adminRolesDesignatedBy,
  adminRoleRelated,
  APP_SERVICE_TYPES,
  siteConfigOf,
  isInternetCidr,
  sensitivePortsIn,
  openInboundRules,
  NETWORK_SECURITY_TYPES,
  allowsTlsBelow12,
  isLiteralSecret,
  isUnset,
  isTrue,
  isFalse,
  blocksOf,
  singleBlock,
  unencryptedInstanceVolumes,
  volumeProblem,
  imageReference,
  credentialFormatIn,
  isSecretKey,
  looksLikeSecretValue,
  attackerControlledContexts,
  yieldsBoolean,
  workflowOf,
  jobOf,
  stepsOf,
  triggersOf,
  triggerConfig,
  PRIVILEGED_UNTRUSTED_TRIGGERS,
  PUBLIC_PULL_REQUEST_TRIGGERS,
  hasAnyTrigger,
  actionName,
  usesAction,
  usesLocalAction,
  runScript,
  stepInput,
  isTrue2,
  isFalse2,
  commandPattern,
  ownExpressions,
  remoteTarget,
  attackerControlledEnv,
  environmentFileWrites,
  isPublicMember,
  isDefaultComputeServiceAccount,
  metadataFlag,
  METADATA_TYPES,
  metadataEntry,
  projectMetadataEnables,
  durationSeconds,
  openFirewallIngress,
  instanceServiceAccount,
  sqlIpConfiguration,
  openAuthorizedNetwork,
  githubOidcTrust,
  broadestTrust,
  githubTrustFinding,
  GKE_CLUSTER,
  GKE_NODE_POOL,
  isAutopilot,
  firstBlock,
  nodePoolConfigs,
  externalServiceType,
  externalExposures,
  privilegedContainersOf,
  namespaceOf,
  scanHasWorkloadsIn,
  isDeprecatedLambdaRuntime,
  successorRuntime,
  NETWORK_ACL_TYPES,
  openAclIngressOf,
  classifyExposure,
  describePorts,
  SEARCH_DOMAIN_TYPES,
  domainKind,
  isInVpc,
  podOf,
  isWindowsPod,
  effectiveSetting,
  capabilities,
  NODE_ESCAPE_CAPABILITIES,
  NETWORK_CAPABILITIES,
  RESTRICTED_ADDABLE_CAPABILITY,
  BASELINE_CAPABILITIES,
  volumesOf,
  hostPathVolumes,
  containersMounting,
  namespaceOf2,
  annotationsAt,
  podMetadataPath,
  groupBySetting,
  containerList,
  containerAnnotation,
  serviceAccountUse,
  POSTGRESQL_CONFIGURATION_TYPES,
  parameterTurnedOff,
  rbacRules,
  wildcardShape,
  subjectsOf,
  describeSubject,
  roleRefOf,
  explicitGrants,
  describeGrant,
  PUBLIC_DEFAULT_ROLES,
  broadSubjects,
  bucketSettings,
  bucketOf,
  unblockedSettings,
  accountBlocksPublicAccess,
  isSecretName,
  isHardcodedSecretValue,
  secretsInText,
  decodeBase64Text,
  openIngressOf,
  SECURITY_GROUP_TYPES,
  bindingGrant,
  grantsToServiceAccount,
  everythingRuleIndex,
  grantsEverything,
  secretReadRuleIndex,
  grantReadsSecrets,
  isOutdatedElbPolicy,
  isOutdatedCloudFrontProtocol,
  OPENSEARCH_TLS_1_0_POLICY,
  effectivePermissions,
  grantsWrite,
  untrustedCheckout,
  firstUntrustedCheckout,
  workspaceCodeRun,
  commenterChecked
};
