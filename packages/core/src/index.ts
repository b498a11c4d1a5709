/**
 * @trustplane/core: the request pipeline, auth adapters, paging, retries, errors and waiters that
 * every trustplane vendor client is built on.
 * @packageDocumentation
 */

// Auth
export {
  type BearerSource,
  bearerToken,
  headerCredentials,
  type LoginResult,
  type SessionLoginOptions,
  sessionLogin,
} from "./auth/adapters.js";
export {
  type ClientCredentialsOptions,
  type JwtBearerOptions,
  loadPrivateKey,
  oauth2ClientCredentials,
  oauth2JwtBearer,
  type PrivateKeyInput,
  requestOAuthToken,
} from "./auth/oauth2.js";
export { type IssuedToken, TokenCache, type TokenCacheOptions } from "./auth/token-cache.js";
export type { AuthContext, AuthGrant, AuthProvider } from "./auth/types.js";

// Pipeline and client
export {
  type ApiClient,
  type ApiClientConfig,
  CALL_OPTIONS,
  callInit,
  createApiClient,
  type VendorProfile,
} from "./client/create-api-client.js";
export { OperationMatcher } from "./client/operation-matcher.js";
export { type CoreClientOptions, coreClientOptionsSchema } from "./client/options.js";
export { requireData } from "./client/require-data.js";
// Errors
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  apiErrorClassFor,
  BadRequestError,
  ConflictError,
  type ErrorEnvelopeParser,
  NotFoundError,
  type ParsedErrorBody,
  PermissionDeniedError,
  RateLimitError,
  retryAfterFromHeaders,
  ServerError,
} from "./errors/api-error.js";
export {
  AbortError,
  AuthError,
  ConnectionError,
  PagingError,
  TimeoutError,
  ValidationError,
  WaiterError,
} from "./errors/errors.js";
export { isApiError, isTrustplaneError } from "./errors/guards.js";
export { TrustplaneError } from "./errors/trustplane-error.js";
export { Secret } from "./internal/secret.js";
// Logging and redaction
export { consoleLogger, filterLogger, type Logger, type LogLevel, levelFromEnv } from "./logging/logger.js";
export { DEFAULT_SECRET_FIELDS, maskSecrets, REDACTED, redactHeaders, secretFieldMatcher } from "./logging/redact.js";
// Paging
export { type ListParams, type OperationPagingOptions, pageOperation, valueAt } from "./paging/from-spec.js";
export { type Page, Paged, type PageFetcher, type PagingOptions } from "./paging/paged.js";
export { cursorCookie, halNext, keyList, offsetLimit, singlePage, sizePosition } from "./paging/strategies.js";
export { composePolicies } from "./pipeline/compose.js";
export { toApiError } from "./pipeline/errors.js";
export {
  type CallOptions,
  isIdempotentCall,
  isIdempotentMethod,
  type Next,
  type OperationInfo,
  type PaginationInfo,
  type Policy,
  type RequestContext,
} from "./pipeline/types.js";
// Retry
export { backoffDelay } from "./retry/backoff.js";
export {
  DEFAULT_RETRY_STATUSES,
  RETRY_DEFAULTS,
  type RetryCandidate,
  type RetryClassifier,
  type RetryOptions,
} from "./retry/retry-policy.js";
// Transport
export { createDispatcher, type PemInput, type TransportOptions } from "./transport/transport.js";
// Validation
export { validate } from "./validation/validate.js";
// Waiters
export { type WaitOptions, type WaitProgress, WaitTimeoutError, waitFor } from "./waiter/wait-for.js";
