import { defineRule } from "@tollgate/engine";
import { isFalse } from "../../support/terraform-values.js";

export default defineRule({
  meta: {
    id: "azure-security-center-alert-notifications-disabled",
    title: "Defender for Cloud security contact does not receive alert notifications",
    severity: "low",
    category: "logging",
    platforms: ["terraform"],
    resourceTypes: ["azurerm_security_center_contact"],
    description:
      "The security contact is configured but alert e-mails to it, or to the subscription's owners, are switched off. High-severity alerts then wait in the portal until someone happens to look, which delays the response to an active attack.",
    remediation: "Set `alert_notifications = true` and `alerts_to_admins = true` on the security contact.",
    precision: "very-high",
    cwe: ["CWE-778"],
    tags: ["azure", "defender", "security-center", "alerts", "notifications"],
    references: [
      "https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications",
      "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact",
    ],
  },
  check(contact, { report }) {
    const { alert_notifications: toContact, alerts_to_admins: toAdmins } = contact.attributes;
    // One finding per contact, at the first switch that is off.
    if (isFalse(toContact)) {
      const also = isFalse(toAdmins) ? " and to subscription admins" : "";
      report({ at: ["alert_notifications"], message: `Security Center contact ${contact.name} has alert notifications turned off: security alerts are not e-mailed to the contact${also}` });
    } else if (isFalse(toAdmins)) {
      report({ at: ["alerts_to_admins"], message: `Security Center contact ${contact.name} does not send alert notifications to subscription admins` });
    }
  },
  examples: {
    valid: [
      {
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}
`,
      },
    ],
    invalid: [
      {
        name: "both off",
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = false
  alerts_to_admins    = false
}
`,
        errors: [{ line: 4, column: 3, messageIncludes: "alert notifications" }],
      },
      {
        name: "admins left out",
        filename: "main.tf",
        code: `resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  alert_notifications = true
  alerts_to_admins    = false
}
`,
        errors: [{ line: 5, column: 3 }],
      },
    ],
  },
});
