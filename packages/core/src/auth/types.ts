import type { Logger } from "../logging/logger.js";

/** What an auth provider may use while authorizing a request. */
export interface AuthContext {
  /**
   * Sends a request (a token or login call) through the client's transport, timeout, retry and
   * logging, but not through auth. Answers with any status; non-2xx is the provider's to judge.
   */
  fetch(request: Request, options?: { operationId?: string }): Promise<Response>;
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
  authorize(request: Request, ctx: AuthContext): Promise<AuthGrant | undefined>;
}
