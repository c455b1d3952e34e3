import { defineRule, isUnknown } from "@tollgate/engine";
import { blocksOf } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "aws-api-gateway-stage-access-logs-missing",
    title: "API Gateway stage without access logging",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["aws_api_gateway_stage", "aws_apigatewayv2_stage"],
    description:
      "API Gateway writes no access logs unless a stage names a destination. Without them there is no per-request record of callers, source addresses, authorisers' decisions and errors, so abuse of a public API cannot be traced or alerted on.",
    remediation: "Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.<name>.arn, format = jsonencode({ … }) }` to the stage (the account also needs a CloudWatch role for REST APIs).",
    precision: "high",
    cwe: ["CWE-778"],
    tags: ["aws", "api-gateway", "access-logs", "logging"],
    references: [
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_stage#access_log_settings",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage#access_log_settings",
    ],
  },
  check(stage, { report }) {
    const settings = blocksOf(stage.attributes, "access_log_settings");
    if (settings === undefined) return;
    const destination = settings[0]?.block.destination_arn;
    if (isUnknown(destination) || (typeof destination === "string" && destination.trim() !== "")) return;
    report({ message: `API Gateway stage ${stage.name} has no access logging: requests to it are not logged` });
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.orders_api.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_apigatewayv2_stage" "prod" {
  api_id      = aws_apigatewayv2_api.orders.id
  name        = "prod"
  auto_deploy = true
}
`,
        errors: [{ line: 1, column: 1, messageIncludes: "access logging" }],
      },
    ],
  },
});
