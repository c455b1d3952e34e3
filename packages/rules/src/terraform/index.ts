import type { Rule } from "@tollgate/engine";
import awsEbsEncryptionAtRest from "./encryption/aws-ebs-encryption-at-rest.js";
import awsS3EncryptionAtRest from "./encryption/aws-s3-encryption-at-rest.js";
import awsIamPolicyAdminAccess from "./iam/aws-iam-policy-admin-access.js";
import awsRdsPubliclyAccessible from "./networking/aws-rds-publicly-accessible.js";
import awsSecurityGroupSensitivePortOpen from "./networking/aws-security-group-sensitive-port-open.js";

export const terraformRules: readonly Rule[] = [
  awsEbsEncryptionAtRest,
  awsS3EncryptionAtRest,
  awsIamPolicyAdminAccess,
  awsRdsPubliclyAccessible,
  awsSecurityGroupSensitivePortOpen,
];
