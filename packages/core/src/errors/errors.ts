import { TrustplaneError } from "./trustplane-error.js";

/** The network failed: DNS, refused or reset connection, TLS failure. */
export class ConnectionError extends TrustplaneError {
  static override readonly kind: string = "ConnectionError";
  /** True when the failure happened before any byte of the request reached the server. */
  readonly beforeSend: boolean;
  /** The system, TLS or undici error code (ECONNREFUSED, CERT_HAS_EXPIRED...), when known. */
  readonly code: string | undefined;
  /** True when retrying cannot help (a certificate the client does not trust). */
  readonly permanent: boolean;

  constructor(
    message: string,
    options: { cause?: unknown; beforeSend: boolean; code?: string | undefined; permanent?: boolean },
  ) {
    super(message, { cause: options.cause });
    this.beforeSend = options.beforeSend;
    this.code = options.code;
    this.permanent = options.permanent ?? false;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), code: this.code, beforeSend: this.beforeSend, permanent: this.permanent };
  }
}

/** An attempt (headers and body) or a waiter took longer than its timeout. */
export class TimeoutError extends TrustplaneError {
  static override readonly kind: string = "TimeoutError";
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, options: { timeoutMs: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.timeoutMs = options.timeoutMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs };
  }
}

/** The caller aborted through its AbortSignal. */
export class AbortError extends TrustplaneError {
  static override readonly kind: string = "AbortError";
}

/** Input or options were rejected before any request was sent. */
export class ValidationError extends TrustplaneError {
  static override readonly kind: string = "ValidationError";
  /** One entry per problem: the dotted path of the field and the rule it broke. */
  readonly issues: ReadonlyArray<{ path: string; message: string }>;

  constructor(message: string, issues: ReadonlyArray<{ path: string; message: string }>) {
    super(message);
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** A token could not be obtained (token endpoint refused the credentials, the scopes, or failed). */
export class AuthError extends TrustplaneError {
  static override readonly kind: string = "AuthError";
  /** HTTP status of the token endpoint's answer, if there was one. */
  readonly status: number | undefined;
  /** OAuth2 `error` code (`invalid_client`, `invalid_scope`...) or the vendor's code. */
  readonly code: string | undefined;
  /** The server's explanation (`error_description`), if any. */
  readonly description: string | undefined;

  constructor(
    message: string,
    options: {
      status?: number | undefined;
      code?: string | undefined;
      description?: string | undefined;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.code = options.code;
    this.description = options.description;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, code: this.code, description: this.description };
  }
}

/** A list could not be paged safely (a repeated continuation token, a next link to another origin). */
export class PagingError extends TrustplaneError {
  static override readonly kind: string = "PagingError";
}

/** A waiter saw a terminal failure state, or ran out of time. */
export class WaiterError extends TrustplaneError {
  static override readonly kind: string = "WaiterError";
  /** The last value the poll returned. */
  readonly lastValue: unknown;

  constructor(message: string, options: { lastValue: unknown; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.lastValue = options.lastValue;
  }
}
