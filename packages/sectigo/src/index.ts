/**
 * @trustplane/sectigo: typed client for Sectigo Certificate Manager (both API generations). Every operation of the
 * spec is a method: `client.<resource>.<method>(input, options)`.
 * @packageDocumentation
 */
export type { ApiResponse, CallOptions, OperationPagingOptions, Page, PagingOptions } from "@trustplane/core";
export {
  AbortError,
  ApiError,
  ApiPromise,
  AuthError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  isApiError,
  isTrustplaneError,
  NotFoundError,
  Paged,
  PagingError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  TrustplaneError,
  UnexpectedResponseError,
  ValidationError,
} from "@trustplane/core";
export {
  createSectigoClient,
  credentials,
  DEFAULT_SECTIGO_URL,
  SectigoClient,
  type SectigoClientOptions,
} from "./client.js";
export { parseSectigoError } from "./errors.js";
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";
export * from "./generated/resources.gen.js";
