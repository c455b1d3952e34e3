/**
 * Names of settings that hold credentials, in any spelling: `DB_PASSWORD`,
 * `apiKey`, `client-secret`, `GITHUB_TOKEN`. Names are split into words so
 * that `KEYCLOAK_URL` or `TOKENIZER_MODEL` are not taken for a key or a token.
 */
const CREDENTIAL_WORDS: ReadonlySet<string> = new Set(["PASSWORD", "PASSWD", "PASSPHRASE", "PWD", "SECRET", "TOKEN", "CREDENTIAL", "CREDENTIALS", "APIKEY"]);
const CREDENTIAL_PAIRS: readonly string[] = ["API_KEY", "ACCESS_KEY", "PRIVATE_KEY", "SECRET_KEY", "SIGNING_KEY", "ENCRYPTION_KEY", "MASTER_KEY", "AUTH_KEY", "LICENSE_KEY", "CLIENT_SECRET"];

/** Last words that make the setting a reference to a credential, not the credential itself. */
const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  "FILE", "PATH", "DIR", "NAME", "REF", "ID", "URL", "URI", "ENDPOINT", "HOST", "PORT", "USER", "USERNAME", "LENGTH", "TTL", "EXPIRY",
  "EXPIRATION", "TIMEOUT", "ENABLED", "ENABLE", "DISABLED", "HEADER", "TYPE", "FIELD", "LOCATION", "MOUNT", "PREFIX", "ALGORITHM", "SIZE",
  "AGE", "DURATION", "COUNT", "MODE", "KEY_NAME", "REQUIRED", "POLICY", "ROTATION", "VERSION", "PROVIDER", "STORE", "ISSUER", "AUDIENCE",
]);

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== "");
}

/** True when a setting's name says it holds a password, token, secret or key. */
export function isCredentialName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  if (REFERENCE_WORDS.has(last)) return false;
  const joined = words.join("_");
  if (words.some((word) => CREDENTIAL_WORDS.has(word))) return true;
  if (CREDENTIAL_PAIRS.some((pair) => joined === pair || joined.endsWith(`_${pair}`) || joined.startsWith(`${pair}_`) || joined.includes(`_${pair}_`))) return true;
  // `STRIPE_KEY`, `DB_PASS`: a bare key or pass at the end of the name.
  return last === "KEY" || last === "PASS";
}

/**
 * True when a literal is not a credential: empty, a template or variable
 * reference resolved elsewhere, a placeholder, a path, a boolean or a number.
 */
export function isPlaceholderValue(value: string): boolean {
  const text = value.trim();
  if (text.length < 4) return true;
  if (/\$\(|\$\{|\{\{|<%|%\{/.test(text)) return true;
  if (/^<.*>$|^\[.*\]$/.test(text)) return true;
  if (/^(true|false|yes|no|on|off|none|null|nil|undefined|enabled|disabled|required|optional)$/i.test(text)) return true;
  if (/^(changeme|change[-_]?me|replace[-_]?me|to[-_]?do|todo|tbd|xxx+|\*+|redacted|placeholder|example|dummy|secret|password|token)$/i.test(text)) return true;
  if (/^(your|my|insert|enter|replace|put)[-_ ]/i.test(text)) return true;
  if (/^\d+(\.\d+)?[smhd]?$/i.test(text)) return true;
  if (/^(\/|\.\/|~\/|file:|vault:|ref\+|arn:aws:(secretsmanager|ssm)|projects\/[^/]+\/secrets\/|https?:\/\/[^:@/]+(\/|$))/i.test(text)) return true;
  return false;
}
