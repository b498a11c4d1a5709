/**
 * @trustplane/openziti: typed client for the OpenZiti Edge Management API. Every operation of the
 * spec is a method (`client.<resource>.<method>(input, options)`); logins refresh themselves; lists
 * page themselves; `zf` builds filters that user input cannot break; `findByName`,
 * `identities.createWithEnrollment`, `deleteByTag` and `policyAdvisor` do what CLI users do.
 * @packageDocumentation
 */
export type {
  ApiResponse,
  CallOptions,
  ClientOverrides,
  OperationPagingOptions,
  Page,
  PagingOptions,
  TransportOptions,
  WaitOptions,
  WaitProgress,
} from "@trustplane/core";
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
  WaiterError,
  WaitTimeoutError,
  waitFor,
} from "@trustplane/core";
export {
  type CertificateLoginOptions,
  type ClientCertificate,
  certificate,
  type ExternalJwtOptions,
  externalJwt,
  type LoginOptions,
  type PasswordLoginOptions,
  password,
  session,
  type TotpSource,
  type ZitiAuth,
  zitiSession,
} from "./auth.js";
export {
  type ControllerCa,
  type ControllerCaCertificate,
  type FetchControllerCaOptions,
  fetchControllerCa,
  readCaBundle,
  WELL_KNOWN_CACERTS,
} from "./ca.js";
export {
  controllerRoot,
  createZitiClient,
  MANAGEMENT_PATH,
  managementUrl,
  ZitiClient,
  type ZitiClientOptions,
} from "./client.js";
export {
  AmbiguousNameError,
  parseZitiError,
  type ZitiErrorDetails,
  type ZitiFieldIssue,
  zitiError,
} from "./errors.js";
export { type FilterValue, type SortKey, type ZitiFilter, type ZitiQuery, zf } from "./filter.js";
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";
export * from "./generated/resources.gen.js";
export { Cas, type CaVerifyInput } from "./resources/cas.js";
export {
  DELETE_ORDER,
  type DeleteByTagOptions,
  type DeleteByTagReport,
  type TaggedEntity,
  type TaggedKind,
  type TagSelector,
} from "./resources/cleanup.js";
export { Database, type IntegrityCheckOptions } from "./resources/database.js";
export {
  type CreateWithEnrollmentInput,
  type EnrollmentChoice,
  Identities,
  type IdentityWithEnrollment,
  type ReEnrollInput,
} from "./resources/identities.js";
export type { ZitiResources } from "./resources/index.js";
export {
  Configs,
  EdgeRouterPolicies,
  EdgeRouters,
  ServiceEdgeRouterPolicies,
  ServicePolicies,
  Services,
} from "./resources/named.js";
export type {
  EntityRef,
  EntitySelector,
  PolicyAdvisorInput,
  PolicyAdvisorResult,
} from "./resources/policy-advisor.js";
export type { NameInput } from "./resources/shared.js";
export { type Role, roles } from "./roles.js";
