// The engine's public API: what the CLI, the Action and rule packages may use.
export { scan, scanSources, type ScanOptions, type ScanOutcome } from "./scan.js";
export { discover, type DiscoverOptions } from "./discover/discover.js";
export { classify } from "./discover/classify.js";
export { ResourceGraph } from "./graph/graph.js";
export { defineRule, SEVERITIES, CATEGORIES } from "./evaluate/rule.js";
export type { Rule, RuleMeta, RuleContext, RuleExample, InvalidRuleExample, ReportDescriptor, Severity, Category, Precision } from "./evaluate/rule.js";
export type { Finding, FindingLocation } from "./evaluate/finding.js";
export { runRuleExamples, type ExampleOutcome } from "./evaluate/rule-tester.js";
export { Unknown, isUnknown, isObject, getPath, asList, type Value, type ValueObject } from "./model/value.js";
export { PLATFORMS, type Resource, type Edge, type EdgeKind, type Platform } from "./model/resource.js";
export { SourceMap, formatPath, type AttributePath, type Range, type SourceRange } from "./model/source.js";
export type { Diagnostic } from "./model/diagnostic.js";
export { hasInputErrors, type ScanResult } from "./model/scan-result.js";
export { TOLLGATE_VERSION } from "./version.js";
export * from "./report/index.js";
export { parseUses, refKindOf, type ParsedUses, type RefKind } from "./graph/actions/uses.js";
export { expressionsAt, allExpressions, findExpressions, type ExpressionLocation, type ResourceExpression } from "./graph/actions/expressions.js";
export { containersOf, podSpecOf, podSpecPath, podTemplateLabelsPath, WORKLOAD_KINDS, type ContainerView, type ContainerGroup } from "./graph/kubernetes/pod-spec.js";
