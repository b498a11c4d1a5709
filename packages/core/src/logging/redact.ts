import type { HeaderReader } from "../http/types.js";

/** Marker written in place of anything secret. */
export const REDACTED = "[redacted]";

/**
 * Headers whose values may be logged or kept on errors. Everything else is shown as present but
 * redacted: an allow-list cannot leak a credential header nobody thought of (`zt-session`,
 * `X-Vault-Token`, Sectigo's `password`).
 */
export const DEFAULT_LOGGABLE_HEADERS: readonly string[] = [
  "accept",
  "accept-api-version",
  "content-api-version",
  "content-disposition",
  "content-length",
  "content-type",
  "date",
  "etag",
  "location",
  "retry-after",
  "retry-after-ms",
  "traceparent",
  "user-agent",
  "x-forgerock-transactionid",
  "x-ping-external-transaction-id",
  "x-request-id",
  "x-total-count",
  "x-trustplane-attempt",
  "correlation-id",
];

/** A copy of `headers` where only allow-listed values survive. */
export function redactHeaders(headers: HeaderReader, allow: readonly string[] = DEFAULT_LOGGABLE_HEADERS): Headers {
  const out = new Headers();
  headers.forEach((value, name) => {
    out.set(name, allow.includes(name.toLowerCase()) ? value : REDACTED);
  });
  return out;
}

/** Plain-object form of redacted headers (a header record or a reader), for log records. */
export function headersForLog(
  headers: HeaderReader | Record<string, string>,
  allow: readonly string[] = DEFAULT_LOGGABLE_HEADERS,
): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (value: string, name: string) => {
    out[name.toLowerCase()] = allow.includes(name.toLowerCase()) ? value : REDACTED;
  };
  if (typeof (headers as HeaderReader).forEach === "function" && typeof (headers as HeaderReader).get === "function") {
    (headers as HeaderReader).forEach(put);
  } else {
    for (const [name, value] of Object.entries(headers as Record<string, string>)) put(value, name);
  }
  return out;
}

/**
 * Field names that always hold secrets, compared without case, `_` or `-`. Vendors add theirs
 * (from the specs' `x-trustplane-secret`).
 */
export const DEFAULT_SECRET_FIELDS: readonly string[] = [
  "password",
  "passphrase",
  "secret",
  "clientsecret",
  "token",
  "accesstoken",
  "refreshtoken",
  "idtoken",
  "clienttoken",
  "assertion",
  "clientassertion",
  "privatekey",
  "valuebase64",
  "apikey",
  "authorization",
  "otp",
  "pkcs12",
  "pfx",
];

const normalise = (name: string): string => name.toLowerCase().replace(/[_-]/g, "");

/** A predicate that says whether a field name holds a secret. */
export function secretFieldMatcher(extra: readonly string[] = []): (name: string) => boolean {
  const names = new Set([...DEFAULT_SECRET_FIELDS, ...extra].map(normalise));
  return (name) => names.has(normalise(name));
}

/** A deep copy of a JSON value with every secret field's value replaced by `[redacted]`. */
export function maskSecrets(value: unknown, isSecret: (name: string) => boolean, depth = 0): unknown {
  if (depth > 32) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, isSecret, depth + 1));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = isSecret(k) && v !== null && v !== undefined ? REDACTED : maskSecrets(v, isSecret, depth + 1);
    }
    return out;
  }
  return value;
}

/**
 * A body as text, safe to log: JSON and form bodies have secret fields masked; PEM private keys
 * are cut out; anything else is reduced to its length.
 */
export function maskBody(text: string, contentType: string | null, isSecret: (name: string) => boolean): string {
  const type = (contentType ?? "").toLowerCase();
  if (text === "") return "";
  if (type.includes("json") || /^\s*[[{]/.test(text)) {
    try {
      return JSON.stringify(maskSecrets(JSON.parse(text), isSecret));
    } catch {
      // not JSON after all; fall through
    }
  }
  if (type.includes("x-www-form-urlencoded")) {
    const params = new URLSearchParams(text);
    for (const key of [...params.keys()]) if (isSecret(key)) params.set(key, REDACTED);
    return params.toString();
  }
  if (type.startsWith("text/") || type.includes("pem") || type.includes("jwt")) {
    return text.replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, REDACTED);
  }
  return `[${text.length} characters of ${type || "unknown type"}]`;
}
