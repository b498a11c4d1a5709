import type { HeaderReader } from "../http/types.js";
import { DEFAULT_LOGGABLE_HEADERS, REDACTED } from "./redact.js";

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
