/**
 * @trustplane/openziti: typed client for the OpenZiti Edge Management API. Every operation of the
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
  createZitiClient,
  MANAGEMENT_PATH,
  managementUrl,
  ZitiClient,
  type ZitiClientOptions,
  zitiSession,
} from "./client.js";
export { parseZitiError, type ZitiErrorDetails, type ZitiFieldIssue } from "./errors.js";
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";
export * from "./generated/resources.gen.js";
