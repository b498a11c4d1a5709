import type { HttpRequest, HttpResponse, RequestBody } from "../http/types.js";
import type { Logger } from "../logging/logger.js";

/** A token or login request an auth provider sends. */
export interface AuthRequest {
  method: string;
  /** Absolute URL. */
  url: string;
  headers?: Record<string, string> | undefined;
  body?: RequestBody | undefined;
}

/** What an auth provider may use while authorizing a request. */
export interface AuthContext {
  /**
   * Sends a request (a token or login call) through the client's transport, timeout, retry,
   * redirect and logging, but not through auth. Answers with any status; non-2xx is the
   * provider's to judge. A network failure is a ConnectionError with `phase: "token"`.
   */
  fetch(request: AuthRequest, options?: { operationId?: string }): Promise<HttpResponse>;
  /** The caller's signal; waiting for a shared token respects it. */
  signal: AbortSignal | undefined;
  vendor: string;
  logger: Logger;
}

/** Returned by `authorize`: lets the pipeline drop a credential the server refused with 401. */
export interface AuthGrant {
  /** Forget the credential this grant applied, so the next authorize fetches a new one. */
  invalidate(): void;
}

/**
 * One interface for every way of authenticating. `authorize` sets headers on the request; if it
 * returns a grant, a 401 answer invalidates it and the request is replayed once with a new one.
 */
export interface AuthProvider {
  /** `oauth2-client-credentials`, `oauth2-jwt-bearer`, `bearer`, `header-credentials`, `session`. */
  readonly kind: string;
  /** Sets the credential headers on `request`; the grant (if any) lets a refusal drop this credential. */
  authorize(request: HttpRequest, ctx: AuthContext): Promise<AuthGrant | undefined>;
  /**
   * Whether a refused answer means the credential is stale and should be replaced once (default:
   * status 401). Vault answers 403 "permission denied" for an expired token.
   */
  isRefusal?(response: HttpResponse): boolean;
}
