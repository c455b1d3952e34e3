#!/usr/bin/env node
// The Tollgate CLI, bundled: do not edit; run `pnpm run build:cli`.
import { createRequire as __tollgateCreateRequire } from "node:module";
const require = __tollgateCreateRequire(import.meta.url);
import {
  pathKey
} from "./chunk-5PNFQAMN.mjs";
import {
  LineIndex,
  getPath,
  isObject
} from "./chunk-JNLKQLQK.mjs";

// packages/engine/src/evaluate/rule.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
var CATEGORIES = ["iam", "encryption", "networking", "supply-chain", "logging"];
function defineRule(rule) {
  return rule;
}

// packages/engine/src/graph/actions/expressions.ts
var OPEN = "${{";
var CLOSE = "}}";
function findExpressions(node, sourceText) {
  if (typeof node.value !== "string" || !node.value.includes(OPEN)) return [];
  const lines = linesOf(sourceText);
  const start = offsetOf(lines, node.range.start, sourceText.length);
  const end = offsetOf(lines, node.range.end, sourceText.length);
  const raw = sourceText.slice(start, end);
  if (!raw.startsWith("*")) {
    const found = scanExpressions(raw).map(({ open, close, expression }) => ({
      expression,
      range: { start: lines.position(start + open), end: lines.position(start + close) }
    }));
    if (found.length > 0) return found;
  }
  return scanExpressions(node.value).map(({ expression }) => ({ expression, range: node.range }));
}
function scanExpressions(text) {
  const found = [];
  let open = text.indexOf(OPEN);
  while (open !== -1) {
    let inString = false;
    let close = -1;
    for (let index = open + OPEN.length; index < text.length; index++) {
      const char = text[index];
      if (char === "'") {
        inString = !inString;
      } else if (!inString && char === "}" && text[index + 1] === "}") {
        close = index;
        break;
      }
    }
    if (close === -1) close = text.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) break;
    const expression = text.slice(open + OPEN.length, close).trim().replace(/\s+/g, joinLines);
    found.push({ open, close: close + CLOSE.length, expression });
    open = text.indexOf(OPEN, close + CLOSE.length);
  }
  return found;
}
function joinLines(space) {
  return space.includes("\n") ? " " : space;
}
var cachedText;
var cachedLines = new LineIndex([0]);
function linesOf(text) {
  if (text === cachedText) return cachedLines;
  cachedLines = LineIndex.of(text, text.charCodeAt(0) === 65279 ? 1 : 0);
  cachedText = text;
  return cachedLines;
}
function offsetOf(lines, position, length) {
  const lineStart = lines.starts[Math.min(Math.max(position.line, 1), lines.starts.length) - 1] ?? 0;
  return Math.min(lineStart + position.column - 1, length);
}
var pending = /* @__PURE__ */ new WeakMap();
var computed = /* @__PURE__ */ new WeakMap();
var scannedScalars = /* @__PURE__ */ new WeakMap();
function registerExpressions(resource, root, sourceText) {
  pending.set(resource, { root, sourceText });
  computed.delete(resource);
}
function expressionsAt(resource, path) {
  return expressionsOf(resource)?.byPath.get(pathKey(path)) ?? [];
}
function allExpressions(resource) {
  return expressionsOf(resource)?.all ?? [];
}
function expressionsOf(resource) {
  const done = computed.get(resource);
  if (done) return done;
  const registered = pending.get(resource);
  if (!registered) return void 0;
  const result = { byPath: /* @__PURE__ */ new Map(), all: [] };
  const text = registered.sourceText();
  collect(registered.root, [], text, result);
  computed.set(resource, result);
  pending.delete(resource);
  return result;
}
function collect(node, path, text, into) {
  switch (node.kind) {
    case "scalar": {
      if (typeof node.value !== "string" || !node.value.includes(OPEN)) return;
      let found = scannedScalars.get(node);
      if (!found) {
        found = findExpressions(node, text);
        scannedScalars.set(node, found);
      }
      if (found.length === 0) return;
      const at = path.slice();
      into.byPath.set(pathKey(at), found);
      for (const location of found) into.all.push({ path: at, ...location });
      return;
    }
    case "list":
      for (let index = 0; index < node.items.length; index++) {
        path.push(index);
        collect(node.items[index], path, text, into);
        path.pop();
      }
      return;
    case "map":
      for (const entry of node.entries) {
        path.push(entry.key);
        collect(entry.value, path, text, into);
        path.pop();
      }
      return;
  }
}

// packages/engine/src/graph/actions/uses.ts
var FULL_SHA = /^[0-9a-f]{40}$/i;
var WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/;
var NAME = /^[A-Za-z0-9_.-]+$/;
function refKindOf(ref) {
  if (ref === void 0 || ref === "") return "none";
  return FULL_SHA.test(ref) ? "sha" : "tag-or-branch";
}
function parseUses(value) {
  let parsed = parsedByValue.get(value);
  if (!parsed) {
    parsed = Object.freeze(parse(value));
    if (parsedByValue.size >= MAX_PARSED) parsedByValue.clear();
    parsedByValue.set(value, parsed);
  }
  return parsed;
}
var parsedByValue = /* @__PURE__ */ new Map();
var MAX_PARSED = 4096;
function parse(value) {
  const uses = value.trim();
  const invalid = { kind: "invalid", value };
  if (uses === "") return invalid;
  if (uses.startsWith("docker://")) return parseDocker(uses.slice("docker://".length)) ?? invalid;
  if (uses.startsWith("./") || uses === ".") {
    const path2 = normaliseLocalPath(uses);
    return WORKFLOW_PATH.test(path2) ? { kind: "local-reusable-workflow", path: path2 } : { kind: "local", path: path2 };
  }
  const at = uses.indexOf("@");
  const target = at === -1 ? uses : uses.slice(0, at);
  const ref = at === -1 ? void 0 : uses.slice(at + 1);
  const [owner, repo, ...rest] = target.split("/");
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo)) return invalid;
  const path = rest.filter((segment) => segment !== "").join("/");
  const refKind = refKindOf(ref);
  const pinned = ref !== void 0 && ref !== "";
  if (WORKFLOW_PATH.test(path)) return pinned ? { kind: "reusable-workflow", owner, repo, path, ref, refKind } : { kind: "reusable-workflow", owner, repo, path, refKind };
  if (path) return pinned ? { kind: "repository", owner, repo, path, ref, refKind } : { kind: "repository", owner, repo, path, refKind };
  return pinned ? { kind: "repository", owner, repo, ref, refKind } : { kind: "repository", owner, repo, refKind };
}
function parseDocker(reference) {
  const at = reference.indexOf("@");
  const digest = at === -1 ? void 0 : reference.slice(at + 1);
  const named = at === -1 ? reference : reference.slice(0, at);
  const lastSlash = named.lastIndexOf("/");
  const colon = named.indexOf(":", lastSlash + 1);
  const image = colon === -1 ? named : named.slice(0, colon);
  const tag = colon === -1 ? void 0 : named.slice(colon + 1);
  if (image === "") return void 0;
  const parsed = { kind: "docker", image };
  if (tag) parsed.tag = tag;
  if (digest) parsed.digest = digest;
  return parsed;
}
function normaliseLocalPath(uses) {
  const segments = [];
  for (const segment of uses.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

// packages/engine/src/graph/cross-platform/referenced-through.ts
function referencedThrough(graph, resource, attribute) {
  const found = [];
  for (const edge of graph.edgesFrom(resource.id, "references")) {
    if (!edge.via || !pathsOverlap(edge.via, attribute)) continue;
    const target = graph.get(edge.to);
    if (target && !found.includes(target)) found.push(target);
  }
  return found;
}
function pathsOverlap(a, b) {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return false;
  return true;
}

// packages/engine/src/graph/kubernetes/pod-spec.ts
var POD_SPEC_PATHS = /* @__PURE__ */ new Map([
  ["Pod", ["spec"]],
  ["Deployment", ["spec", "template", "spec"]],
  ["StatefulSet", ["spec", "template", "spec"]],
  ["DaemonSet", ["spec", "template", "spec"]],
  ["ReplicaSet", ["spec", "template", "spec"]],
  ["ReplicationController", ["spec", "template", "spec"]],
  ["Job", ["spec", "template", "spec"]],
  ["CronJob", ["spec", "jobTemplate", "spec", "template", "spec"]]
]);
var WORKLOAD_KINDS = [...POD_SPEC_PATHS.keys()];
var CONTAINER_GROUPS = ["initContainers", "containers", "ephemeralContainers"];
function podSpecPath(kind) {
  return POD_SPEC_PATHS.get(kind);
}
function podTemplateLabelsPath(kind) {
  const specPath = POD_SPEC_PATHS.get(kind);
  if (!specPath) return void 0;
  return [...specPath.slice(0, -1), "metadata", "labels"];
}
function podSpecOf(resource) {
  if (resource.platform !== "kubernetes") return void 0;
  const path = POD_SPEC_PATHS.get(resource.type);
  if (!path) return void 0;
  const spec = getPath(resource.attributes, path);
  return isObject(spec) ? { spec, path } : void 0;
}
function containersOf(resource) {
  const known = viewsOf.get(resource);
  if (known && known.attributes === resource.attributes && known.type === resource.type && known.platform === resource.platform) return known.views;
  const views = readContainers(resource);
  viewsOf.set(resource, { attributes: resource.attributes, type: resource.type, platform: resource.platform, views });
  return views;
}
var viewsOf = /* @__PURE__ */ new WeakMap();
function readContainers(resource) {
  const podSpec = podSpecOf(resource);
  if (!podSpec) return Object.freeze([]);
  const views = [];
  for (const group of CONTAINER_GROUPS) {
    const containers = podSpec.spec[group];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, index) => {
      if (!isObject(container)) return;
      const name = typeof container.name === "string" ? container.name : `${group}[${index}]`;
      views.push(Object.freeze({ container, path: Object.freeze([...podSpec.path, group, index]), name, group }));
    });
  }
  return Object.freeze(views);
}

// packages/engine/src/graph/cross-platform/aws-roles.ts
var AWS_IAM_ROLE = "aws_iam_role";
var ROLE_NAME = /^[\w+=,.@-]+$/;
var ROLE_ARN = /^arn:aws[a-z-]*:iam::([^:]*):role(\/.*)$/;
function parseRoleReference(value) {
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  const arn = ROLE_ARN.exec(text);
  if (!arn) return ROLE_NAME.test(text) ? { name: text } : void 0;
  const pathAndName = arn[2];
  const slash = pathAndName.lastIndexOf("/");
  const name = pathAndName.slice(slash + 1);
  if (!ROLE_NAME.test(name)) return void 0;
  const literalAccount = /^\d{12}$/.test(arn[1]);
  return { name, path: pathAndName.slice(0, slash + 1), ...literalAccount ? { arn: text } : {} };
}
var AwsRoleIndex = class {
  #byName = /* @__PURE__ */ new Map();
  #byArn = /* @__PURE__ */ new Map();
  constructor(graph) {
    for (const resource of graph.ofType(AWS_IAM_ROLE)) {
      if (resource.platform !== "terraform" || resource.mode !== void 0 && resource.mode !== "managed") continue;
      const { name, path, arn } = resource.attributes;
      const role = {
        resource,
        name: typeof name === "string" ? name : "",
        ...typeof path === "string" ? { path } : path === void 0 || path === null ? { path: "/" } : {},
        ...typeof arn === "string" ? { arn } : {}
      };
      if (role.arn) push(this.#byArn, role.arn, role);
      if (role.name !== "") push(this.#byName, role.name, role);
    }
  }
  /**
   * The roles an ARN or role name designates. A literal ARN matches a role
   * whose ARN is known only by that ARN, and matches by name and path the
   * roles whose ARN is not known (declared in HCL, created by the plan).
   */
  find(reference) {
    const parsed = parseRoleReference(reference);
    if (!parsed) return [];
    const found = /* @__PURE__ */ new Set();
    if (parsed.arn) for (const role of this.#byArn.get(parsed.arn) ?? []) found.add(role.resource);
    for (const role of this.#byName.get(parsed.name) ?? []) {
      if (parsed.arn && role.arn) continue;
      if (parsed.path !== void 0 && role.path !== void 0 && parsed.path !== role.path) continue;
      found.add(role.resource);
    }
    return [...found];
  }
};
var indexes = /* @__PURE__ */ new WeakMap();
function awsRoleIndex(graph) {
  let index = indexes.get(graph);
  if (!index) {
    index = new AwsRoleIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}
function rolesDesignatedBy(graph, resource, attribute) {
  const referenced = referencedThrough(graph, resource, attribute).filter((target) => target.type === AWS_IAM_ROLE && target.mode !== "data");
  if (referenced.length > 0) return referenced;
  return awsRoleIndex(graph).find(getPath(resource.attributes, attribute));
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export {
  registerExpressions,
  expressionsAt,
  allExpressions,
  parseUses,
  referencedThrough,
  awsRoleIndex,
  rolesDesignatedBy,
  WORKLOAD_KINDS,
  podSpecPath,
  podTemplateLabelsPath,
  podSpecOf,
  containersOf,
  SEVERITIES,
  CATEGORIES,
  defineRule
};
