/**
 * Telling a literal credential from a name, a path or a placeholder.
 * Known token formats are matched anywhere; other values only under a key
 * that names a secret.
 */

export interface CredentialFormat {
  name: string;
  pattern: RegExp;
}

/** Token formats with a fixed, recognisable shape (prefix and length). */
export const CREDENTIAL_FORMATS: readonly CredentialFormat[] = [
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
  { name: "private key", pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ },
];

export function credentialFormatIn(value: string): CredentialFormat | undefined {
  return CREDENTIAL_FORMATS.find((format) => format.pattern.test(value));
}

/**
 * Keys that hold a secret: `password`, `DB_PASS`, `api-key`, `NPM_TOKEN`,
 * `client_secret`, `private_key`. Keys that only describe one (`token-format`,
 * `password-file`, `secret-name`, `key-id`) are not.
 */
const SECRET_KEY = /(?:^|[_.-])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|secret[_-]?key|access[_-]?key|auth|credentials?)$/i;
const DESCRIPTIVE_KEY = /(?:file|path|name|id|url|uri|env|var|type|format|length|header|ttl|expiry|expires|scope|scopes|source|method|mode|enabled|required|version)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !DESCRIPTIVE_KEY.test(key);
}

const PLACEHOLDER = /^(?:x+|\*+|changeme|change-me|changeit|placeholder|dummy|example|test|testing|none|null|undefined|redacted|secret|password|token|postgres|mysql|root|admin|guest|\$\w+|\$\{\w+\}|<[^>]*>|\{\{[^}]*\}\}|%[\w]+%)$/i;

/** Whether a literal value looks like a real secret rather than a boolean, a reference or a placeholder. */
export function looksLikeSecretValue(value: string): boolean {
  const text = value.trim();
  if (text.length < 8 || text.includes("${{")) return false;
  if (PLACEHOLDER.test(text) || /^(?:true|false|yes|no|on|off)$/i.test(text)) return false;
  // Paths, file names and references to other variables are not secrets.
  if (/^[~./]|^\$|^[\w-]+\.(?:json|pem|key|txt|p12|yml|yaml)$/i.test(text)) return false;
  if (/\s/.test(text) && !credentialFormatIn(text)) return false;
  return true;
}
