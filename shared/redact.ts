/**
 * Scrubs tokens, passwords and license keys out of text and values before they
 * are written to a log file. Logs are shared with support, so they must never
 * carry anything that unlocks an account or a server. Main's log and the
 * renderer's error reports both use it (electron/main/logging.ts, the `logs:report-error` channel).
 */
const REDACTED = '[redacted]';

/**
 * Whether a field's name says its value is secret, in any case and spelling:
 * token, apiToken, API_TOKEN, x-auth-token, authorization, password, key,
 * licenseKey, private_key, client-secret, cookie... The name decides, whatever
 * the value looks like, so a secret of an unexpected shape is blanked too.
 */
export function isSensitiveName(name: string): boolean {
  const bare = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SENSITIVE_BARE.test(bare);
}
const SENSITIVE_BARE =
  /(?:token|authorization|auth|password|passwd|passphrase|pwd|secret|cookie|credentials?|key|keymaterial|licen[cs]e|bearer|session(?:id)?|signature)$|^(?:password|token|secret|apikey|privatekey)/;

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // Authorization headers and the like.
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // name=value and "name": "value" pairs whose name is sensitive (apiToken, X-Auth-Token, private_key, Password...).
  [
    /(["']?\b[\w-]*(?:authorization|password|passwd|passphrase|secret|token|key|cookie|credentials?)\b["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,&;}]+)/gi,
    `$1${REDACTED}`,
  ],
  // JSON Web Tokens.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g, REDACTED],
  // PEM blocks (keys, certificates).
  [/-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g, REDACTED],
  // Grouped license keys: CONEX-AB12C-DE34F-... (four or more dash-separated groups).
  [/\b[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){3,}\b/g, REDACTED],
];

const OPAQUE_CANDIDATE = /[A-Za-z0-9+/_=-]{32,}/g;

/**
 * Long random-looking strings (base64, base64url, hex) are signed keys or tokens.
 * File paths and package names are long too, so a candidate counts only when one
 * slash-free run is long and mixes cases and digits, or it is all hex.
 */
function looksOpaque(candidate: string): boolean {
  if (/^[0-9a-f]{32,}$/i.test(candidate)) return true;
  const longest = candidate.split('/').reduce((max, part) => Math.max(max, part.length), 0);
  return longest >= 24 && /[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /\d/.test(candidate);
}

/** Text with every secret-looking part replaced by "[redacted]". */
export function redactText(text: string): string {
  const named = PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
  return named.replace(OPAQUE_CANDIDATE, (candidate) => (looksOpaque(candidate) ? REDACTED : candidate));
}

/** A copy of any value with secrets redacted: strings scrubbed, sensitive properties blanked, errors kept readable. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (value instanceof Error) {
    const copy = new Error(redactText(value.message));
    copy.name = value.name;
    copy.stack = value.stack === undefined ? undefined : redactText(value.stack);
    return copy;
  }
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isSensitiveName(k) ? REDACTED : redactValue(v, depth + 1);
  return out;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * A renderer failure's text for the log: secrets redacted as everywhere, and e-mail addresses too. A renderer error
 * may quote what the user typed or a stored contact (a form value, a row), which names people; main's own messages never do.
 */
export function redactReport(text: string): string {
  return redactText(text).replace(EMAIL, '[email]');
}
