import { TrustplaneError } from "./trustplane-error.js";

/** Which call a network failure interrupted: the API call itself, or the token / login call before it. */
export type ConnectionPhase = "request" | "token";

/**
 * The network failed: DNS, refused or reset connection, TLS failure, a body cut off. Thrown for
 * token and login calls too (`phase: "token"`), so `instanceof ConnectionError` always means
 * "the network", never "the credentials".
 */
export class ConnectionError extends TrustplaneError {
  static override readonly kind: string = "ConnectionError";
  /** True when the failure happened before any byte of the request reached the server. */
  readonly beforeSend: boolean;
  /** The system, TLS or undici error code (ECONNREFUSED, CERT_HAS_EXPIRED...), when known. */
  readonly code: string | undefined;
  /** True when retrying cannot help (a certificate the client does not trust, a blocked port). */
  readonly permanent: boolean;
  /** `token` when the failure hit the token or login call made before the API call. */
  readonly phase: ConnectionPhase;

  constructor(
    message: string,
    options: {
      cause?: unknown;
      beforeSend: boolean;
      code?: string | undefined;
      permanent?: boolean | undefined;
      phase?: ConnectionPhase | undefined;
    },
  ) {
    super(message, { cause: options.cause });
    this.beforeSend = options.beforeSend;
    this.code = options.code;
    this.permanent = options.permanent ?? false;
    this.phase = options.phase ?? "request";
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      code: this.code,
      beforeSend: this.beforeSend,
      permanent: this.permanent,
      phase: this.phase,
    };
  }
}

/**
 * The server redirected to another origin. Redirects are followed only within the origin the
 * request went to: a token, a body or a custom header never travels to a host the user did not name.
 */
export class RedirectError extends TrustplaneError {
  static override readonly kind: string = "RedirectError";
  /** The origin the request went to. */
  readonly from: string;
  /** The origin the server pointed at. */
  readonly to: string;
  /** The redirect status (301, 302, 303, 307, 308). */
  readonly status: number;

  constructor(message: string, options: { from: string; to: string; status: number }) {
    super(message);
    this.from = options.from;
    this.to = options.to;
    this.status = options.status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), from: this.from, to: this.to, status: this.status };
  }
}

/** A response body was larger than `maxResponseBytes` (counted after decompression). */
export class ResponseTooLargeError extends TrustplaneError {
  static override readonly kind: string = "ResponseTooLargeError";
  /** The limit, in bytes. */
  readonly limit: number;

  constructor(message: string, options: { limit: number }) {
    super(message);
    this.limit = options.limit;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), limit: this.limit };
  }
}

/**
 * A success answer whose body is not what the operation returns: HTML where JSON was expected,
 * `null` or `{}` where an object with fields was. The body is not quoted in the message.
 */
export class UnexpectedResponseError extends TrustplaneError {
  static override readonly kind: string = "UnexpectedResponseError";
  /** HTTP status of the answer. */
  readonly status: number;
  /** The operationId of the call, when known. */
  readonly operation: string | undefined;
  /** The request id (the server's, else the one trustplane sent). */
  readonly requestId: string | undefined;
  /** The answer's content type. */
  readonly contentType: string | undefined;

  constructor(
    message: string,
    options: {
      status: number;
      operation?: string | undefined;
      requestId?: string | undefined;
      contentType?: string | undefined;
      cause?: unknown;
    },
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.operation = options.operation;
    this.requestId = options.requestId;
    this.contentType = options.contentType;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      operation: this.operation,
      requestId: this.requestId,
      contentType: this.contentType,
    };
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
