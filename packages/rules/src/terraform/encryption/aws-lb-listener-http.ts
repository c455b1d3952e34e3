import { asList, defineRule, isObject, isUnknown, type Resource, type Value } from "@tollgate/engine";
import { blocksOf, isUnset } from "../../support/terraform-values.js";

const LISTENER_RULE_TYPES = new Set(["aws_lb_listener_rule", "aws_alb_listener_rule"]);

/** A redirect to HTTPS, or a fixed response: actions that serve nothing of value over plain HTTP. */
function isSafeOverHttp(action: Value): boolean | undefined {
  if (!isObject(action)) return undefined;
  if (isUnknown(action.type)) return undefined;
  if (action.type === "fixed-response") return true;
  if (action.type !== "redirect") return false;
  const redirect = asList(action.redirect)[0];
  if (!isObject(redirect) || isUnknown(redirect.protocol)) return undefined;
  return typeof redirect.protocol === "string" && redirect.protocol.toUpperCase() === "HTTPS";
}

/** True when some action forwards or authenticates; undefined when that cannot be known. */
function servesOverHttp(actions: Value | undefined): boolean | undefined {
  if (isUnknown(actions)) return undefined;
  let unknown = false;
  for (const action of asList(actions)) {
    const safe = isSafeOverHttp(action);
    if (safe === false) return true;
    if (safe === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

export default defineRule({
  meta: {
    id: "aws-lb-listener-http",
    title: "Load balancer HTTP listener serves traffic without TLS",
    severity: "medium",
    category: "encryption",
    platforms: ["terraform"],
    resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
    description:
      "The Application Load Balancer listener uses plain HTTP and forwards requests to targets instead of redirecting them to HTTPS, so credentials, cookies and response data cross the network unencrypted and can be altered in transit.",
    remediation:
      "Serve the application on an HTTPS listener with an ACM certificate, and make the HTTP listener's default action `redirect { protocol = \"HTTPS\" port = \"443\" status_code = \"HTTP_301\" }`.",
    precision: "high",
    cwe: ["CWE-319"],
    tags: ["elb", "alb", "encryption-in-transit", "http"],
    references: [
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
    ],
  },
  check(listener, { graph, report }) {
    const attributes = listener.attributes;
    const protocol = attributes.protocol;
    if (isUnknown(protocol)) return;
    // An ALB listener without protocol is HTTP unless a certificate makes it HTTPS.
    const plainHttp = typeof protocol === "string" ? protocol.toUpperCase() === "HTTP" : isUnset(attributes.certificate_arn) && isUnset(attributes.ssl_policy) && attributes.port === 80;
    if (!plainHttp) return;
    const defaults = blocksOf(attributes, "default_action");
    if (defaults === undefined) return;
    let serves = servesOverHttp(defaults.map(({ block }) => block));
    if (serves === false) {
      // Listener rules attached to this listener may still forward some paths over HTTP.
      const rules = graph.sources(listener.id, "references").filter((resource: Resource) => LISTENER_RULE_TYPES.has(resource.type));
      serves = rules.some((rule) => servesOverHttp(rule.attributes.action) === true);
    }
    if (!serves) return;
    const at = typeof protocol === "string" ? ["protocol"] : undefined;
    report({ at, message: `Load balancer listener ${listener.name} serves plain HTTP without TLS instead of redirecting to HTTPS` });
  },
  examples: {
    valid: [
      {
        name: "HTTP redirected to HTTPS",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
`,
      },
      {
        name: "HTTPS listener",
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
        name: "forwards over HTTP",
        filename: "main.tf",
        code: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
        errors: [{ line: 4, column: 3 }],
      },
      {
        name: "a listener rule forwards over HTTP",
        filename: "main.tf",
        code: `resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

resource "aws_lb_listener_rule" "api" {
  listener_arn = aws_alb_listener.http.arn

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }

  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}
`,
        errors: [{ line: 4, column: 3 }],
      },
    ],
  },
});
