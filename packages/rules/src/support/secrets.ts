import { isUnknown, type Value } from "@tollgate/engine";

/**
 * Names that say the value is a credential: `db_password`, `api_token`,
 * `client_secret`, `access_key`, `private_key`.
 */
const SECRET_NAME = /((^|[_-])pass$|passw(or)?d|passphrase|(^|[_-])pwd$|secret|token(s)?($|[_-])|api[_-]?key|apikey|access[_-]?key|private[_-]?key|signing[_-]?key|credential|auth[_-]?key|master[_-]?key|encryption[_-]?key)/i;

/**
 * Names that mention a credential but hold something else: where it lives,
 * how long it is, whether it is turned on, which KMS key protects it.
 */
const NOT_A_SECRET_NAME =
  /(_arn|arns?$|_ids?$|_name$|names?$|_path$|_paths$|_file$|_length$|_len$|_size$|_ttl$|_age$|_type$|_version$|_enabled$|_enable$|_policy$|_rotation|_expir|_count$|_prefix$|_suffix$|_url$|_uri$|_endpoint$|_header$|_location$|_parameter$|_params?$|_ssm$|_secret_id$|kms|key_name|key_pair|public_key|token_url|_format$|^secret_?(name|id|arn)$|secrets?_manager|use_|_required$|_reset_|reuse|hint|min_|max_|description)/i;

/** Does the name of a variable, setting or environment variable say it holds a credential? */
export function isSecretName(name: string): boolean {
  if (/access[_-]?key[_-]?id$/i.test(name)) return true;
  return SECRET_NAME.test(name) && !NOT_A_SECRET_NAME.test(name);
}

/** Values that stand for "fill this in", not for a credential. */
const PLACEHOLDER = /^(|\s+|null|none|nil|undefined|true|false|changeme|change[_-]?me|replace[_-]?me|todo|tbd|xxx+|\*+|<[^>]*>|\{\{.*\}\}|\$\{.*\}|\$[A-Z_][A-Z0-9_]*|placeholder|dummy|example|your[_-].*|\.\.\.)$/i;

/**
 * A literal that could be a real credential: a known string of some length
 * that is not a placeholder, a reference to a secret store or a number.
 */
export function isHardcodedSecretValue(value: Value | undefined): value is string {
  if (typeof value !== "string" || isUnknown(value)) return false;
  const text = value.trim();
  if (text.length < 4 || PLACEHOLDER.test(text)) return false;
  // A reference to where the secret is kept, not the secret.
  if (/^(arn:|\{\{resolve:|ssm:|secretsmanager:|vault:|projects\/|https?:\/\/|alias\/)/i.test(text)) return false;
  // An SSM parameter name or a file path: `/app/db/password`.
  if (/^\/[\w.\/-]+$/.test(text)) return false;
  if (/^\d+$/.test(text)) return false;
  return true;
}

/** One kind of credential found in a block of text. */
export interface SecretInText {
  kind: string;
}

const TEXT_PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  { kind: "an AWS access key ID", pattern: /\b(AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { kind: "an AWS secret access key", pattern: /aws_?secret_?access_?key["']?\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i },
  { kind: "a private key", pattern: /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/ },
  { kind: "a GitHub token", pattern: /\b(ghp|gho|ghs|ghu|github_pat)_[A-Za-z0-9_]{30,}\b/ },
  { kind: "a Slack token", pattern: /\bxox[abpr]-[A-Za-z0-9-]{10,}/ },
  {
    kind: "a password",
    // `DB_PASSWORD=s3cr3t`, `password: "s3cr3t"`; not `$PASSWORD`, `${var}`, `$(cat file)` or a `{ … }` block.
    // The name's tail is bounded: unbounded, every "pwd" in a long word scans to its end, quadratic in the word.
    pattern: /(?:passw(?:or)?d|passwd|pwd)\w{0,100}["']?\s*[=:]\s*["']?(?![$%{<(])[^\s"'$;|&]{6,}/i,
  },
  {
    kind: "a password",
    // `--password s3cr3t`, `--password=s3cr3t`; not `--password-stdin`.
    pattern: /--(?:password|passwd)[= ]["']?(?![$%{<(-])[^\s"'$;|&]{6,}/i,
  },
];

/** The kinds of credentials written out in a script or document. */
export function secretsInText(text: string): string[] {
  const kinds: string[] = [];
  for (const { kind, pattern } of TEXT_PATTERNS) {
    if (kinds.includes(kind)) continue;
    const match = pattern.exec(text);
    if (!match) continue;
    if (kind === "a password" && isPlaceholderAssignment(match[0])) continue;
    kinds.push(kind);
  }
  return kinds;
}

/** `password=changeme`, `password: <your password>`: a template, not a leak. */
function isPlaceholderAssignment(assignment: string): boolean {
  const value = assignment.replace(/^-*[^=:\s]*["']?\s*(?:[=:]|\s)\s*["']?/, "");
  return PLACEHOLDER.test(value) || /^(required|optional|true|false|null|none)$/i.test(value);
}

/** Base64 text decoded, when it decodes to readable text; undefined otherwise. */
export function decodeBase64Text(value: string): string | undefined {
  const compact = value.replace(/\s+/g, "");
  if (compact.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  const decoded = Buffer.from(compact, "base64").toString("utf8");
  // Binary content (gzip) is not text we can read.
  return /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(decoded) ? undefined : decoded;
}
