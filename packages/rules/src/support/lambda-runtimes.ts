/**
 * Lambda runtime identifiers whose deprecation date (end of security patches)
 * has passed, from the AWS Lambda runtime deprecation table. Runtimes that are
 * only scheduled for deprecation are left out until their date comes: a
 * function on them still gets patches.
 */
export const DEPRECATED_LAMBDA_RUNTIMES: ReadonlySet<string> = new Set([
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
  "dotnet7",
]);

/** Where a function on a deprecated runtime should move, by language. */
const SUCCESSORS: ReadonlyArray<[RegExp, string]> = [
  [/^nodejs/, "nodejs22.x"],
  [/^python/, "python3.13"],
  [/^ruby/, "ruby3.4"],
  [/^java/, "java21"],
  [/^dotnet/, "a supported .NET runtime (dotnet10)"],
  [/^(go1\.x|provided)$/, "provided.al2023"],
];

export function isDeprecatedLambdaRuntime(runtime: string): boolean {
  return DEPRECATED_LAMBDA_RUNTIMES.has(runtime.trim().toLowerCase());
}

export function successorRuntime(runtime: string): string | undefined {
  return SUCCESSORS.find(([pattern]) => pattern.test(runtime.trim().toLowerCase()))?.[1];
}
