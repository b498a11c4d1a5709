/**
 * @trustplane/core: the request pipeline, auth adapters, paging, retries, errors and waiters that
 * every trustplane vendor client is built on.
 * @packageDocumentation
 */

// Auth
export {
  asAuthError,
  type BearerSource,
  bearerToken,
  headerCredentials,
  type LoginResult,
  type SessionLoginOptions,
  sessionLogin,
} from "./auth/adapters.js";
export { JWS_ALGORITHMS, type JwsAlgorithm, signJwt } from "./auth/jws.js";
export {
  type ClientCredentialsOptions,
  type JwtBearerOptions,
  loadPrivateKey,
  oauth2ClientCredentials,
  oauth2JwtBearer,
  type PrivateKeyInput,
  requestOAuthToken,
} from "./auth/oauth2.js";
export { type IssuedToken, raceAbort, TokenCache, type TokenCacheOptions } from "./auth/token-cache.js";
export type { AuthContext, AuthGrant, AuthProvider, AuthRequest } from "./auth/types.js";
// Client
export { ApiPromise, type ApiResponse, type CallOutcome, guard, type WithResponse } from "./client/api-promise.js";
export { CALL_OPTIONS, callInit } from "./client/call-init.js";
export {
  type ApiClient,
  type ApiClientConfig,
  type CallRequest,
  createApiClient,
  type SuccessBody,
  type VendorProfile,
} from "./client/create-api-client.js";
export {
  type ClientOverrides,
  type CoreClientOptions,
  checkCallOptions,
  checkClientOptions,
  coreOptionFields,
  headersCheck,
  type TracingOptions,
} from "./client/options.js";
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
  type ErrorRequestInfo,
  type ErrorResponseInfo,
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
  type ConnectionPhase,
  PagingError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  WaiterError,
} from "./errors/errors.js";
export { isApiError, isTrustplaneError } from "./errors/guards.js";
export { TrustplaneError } from "./errors/trustplane-error.js";
// HTTP
export { type BodyInit, type ExpectedBody, encodeBody, type ParseAs, parseKind, readBody } from "./http/body.js";
export { HeaderMap, isHeaderName, isHeaderValue, toHeaders } from "./http/headers.js";
export type { HeaderReader, HttpRequest, HttpResponse, RequestBody } from "./http/types.js";
export { checkHttpUrl, encodePathParam, expandPath, serializeQuery } from "./http/url.js";
export { type InspectFunction, inspectCustom } from "./internal/builtins.js";
export { Secret } from "./internal/secret.js";
// Logging and redaction
export { consoleLogger, filterLogger, type Logger, type LogLevel, levelFromEnv } from "./logging/logger.js";
export { DEFAULT_SECRET_FIELDS, REDACTED, redactHeaders, secretFieldMatcher } from "./logging/redact.js";
// Paging
export { type OperationPagingOptions, pageOperation, valueAt } from "./paging/from-spec.js";
export { guardPaged, type Page, Paged, type PageFetcher, type PagingOptions } from "./paging/paged.js";
export { cursorCookie, halNext, keyList, offsetLimit, singlePage, sizePosition } from "./paging/strategies.js";
// Pipeline
export { composePolicies } from "./pipeline/compose.js";
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
// Generated resources
export type {
  HeaderParams,
  ItemOf,
  PathParams,
  QueryParams,
  RequestBodyOf,
  UnwrappedBody,
  ValueAt,
} from "./resources/operation-types.js";
export {
  type OperationBinding,
  type PageHook,
  Resource,
  type ResourceContext,
  requestFor,
} from "./resources/resource.js";
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
export { dispatcherFor, type PemInput } from "./transport/dispatcher.js";
export type { ClientCertificate, TransportEngine, TransportOptions } from "./transport/options.js";
export { DEFAULT_MAX_RESPONSE_BYTES } from "./transport/read-body.js";
export {
  type JsonSchemaSource,
  type JsonSchemaText,
  type SchemaModule,
  schemaModule,
  validateJsonSchema,
} from "./validation/json-schema.js";
// Validation
export {
  anyOf,
  arrayOf,
  bool,
  type Check,
  checkValue,
  closest,
  custom,
  func,
  type Issue,
  isPlainObject,
  num,
  type ObjectIssue,
  object,
  oneOf,
  optional,
  recordOf,
  type Shape,
  str,
  strictObjectError,
  unknownFieldsMessage,
} from "./validation/rules.js";
export { describeIssue, lazy, type SchemaOutput, type StandardSchema, validate } from "./validation/validate.js";
// Waiters
export { type PollContext, type WaitOptions, type WaitProgress, WaitTimeoutError, waitFor } from "./waiter/wait-for.js";
