import { ConnectionError, type ConnectionPhase } from "../errors/errors.js";
import type { HttpRequest } from "../http/types.js";

/** Error codes that mean no byte of the request reached the server. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_CONNECT",
  "ERR_BLOCKED_PORT",
]);

/** Failures that retrying cannot fix: TLS verification, a blocked port. */
const PERMANENT_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED",
  "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE",
  "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE",
  "ERR_BLOCKED_PORT",
]);

/** What the caller configured, so a failure can say what is probably missing. */
export interface FailureHints {
  /** A client certificate (cert/key or pfx) is configured. */
  clientCertificate: boolean;
}

/** Turns a network failure into a ConnectionError that says what failed and, where it can, why. */
export function toConnectionError(
  error: unknown,
  request: Pick<HttpRequest, "method" | "url">,
  options: { what?: string; phase?: ConnectionPhase | undefined; hints?: FailureHints } = {},
): ConnectionError {
  if (error instanceof ConnectionError) return error;
  let code = errorCode(error);
  const url = new URL(request.url);
  if (code === undefined && /bad port/i.test(messages(error))) code = "ERR_BLOCKED_PORT";
  let what = options.what ?? "the request failed";
  if (code === "ERR_BLOCKED_PORT") {
    what = `port ${url.port} is blocked by the fetch standard (bad port); use another port`;
  } else if (
    url.protocol === "https:" &&
    !options.hints?.clientCertificate &&
    (code === "ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED" ||
      code === "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE" ||
      code === "UND_ERR_SOCKET" ||
      code === "ECONNRESET")
  ) {
    what = `${what}: the server closed the TLS connection; if it requires a client certificate (mutual TLS), set transport.cert and transport.key, or transport.pfx`;
  }
  const permanent = code !== undefined && PERMANENT_CODES.has(code);
  const beforeSend = code !== undefined && (NOT_SENT_CODES.has(code) || permanent);
  const phase = options.phase ?? "request";
  const prefix = phase === "token" ? "token request " : "";
  return new ConnectionError(`${prefix}${request.method} ${url.origin}: ${what}${code ? ` (${code})` : ""}`, {
    cause: error,
    beforeSend,
    code,
    permanent,
    phase,
  });
}

/** The first error code found on an error, its causes, or the errors of an AggregateError. */
export function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const errors = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(errors) && errors.length) {
      const inner = errorCode(errors[0]);
      if (inner) return inner;
    }
  }
  return undefined;
}

function messages(error: unknown): string {
  const out: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof Error) out.push(e.message);
    else if (typeof e === "string") out.push(e);
  }
  return out.join(" | ");
}
