import { defineRule } from "@tollgate/engine";
import { isOutdatedElbPolicy } from "../../support/tls-policies.js";

export default defineRule({
  meta: {
    id: "aws-lb-listener-outdated-tls-policy",
    title: "Load balancer listener TLS policy accepts TLS 1.0 or 1.1",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
    description:
      "The listener's `ssl_policy` still negotiates TLS 1.0 or 1.1 (for example `ELBSecurityPolicy-2016-08` or `ELBSecurityPolicy-TLS-1-0-2015-04`). These versions are deprecated (RFC 8996), rely on weak ciphers and let an attacker in the path downgrade clients.",
    remediation: "Use a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.",
    precision: "very-high",
    cwe: ["CWE-327"],
    tags: ["elb", "alb", "nlb", "encryption-in-transit", "tls"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html",
    ],
  },
  check(listener, { report }) {
    const policy = listener.attributes.ssl_policy;
    if (isOutdatedElbPolicy(policy)) {
      report({ at: ["ssl_policy"], message: `Load balancer listener ${listener.name} accepts TLS 1.0/1.1 (ssl_policy = "${policy}")` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
      },
    ],
    invalid: [
      {
        filename: "main.tf",
        code: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
        errors: [{ line: 5, column: 3 }],
      },
      {
        name: "NLB TLS listener with a TLS 1.0 policy",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.mqtt.arn
  port              = 8883
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-0-2015-04"
  certificate_arn   = aws_acm_certificate.mqtt.arn
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
