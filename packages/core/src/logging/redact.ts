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
