/**
 * @trustplane/pingone-aic: a typed client for the PingOne Advanced Identity Cloud tenant API
 * (`/environment`): ESVs, restarts, promotions and environment settings, with service-account
 * auth, self-paging lists and waiters for the long-running flows. Test doubles live in
 * `@trustplane/pingone-aic/mocks`.
 * @packageDocumentation
 */

export type {
  ApiResponse,
  CallOptions,
  ClientOverrides,
  Page,
  PagingOptions,
  TracingOptions,
  WithResponse,
} from "@trustplane/core";
// The errors this client throws, re-exported so one import is enough.
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
  ServerError,
  TimeoutError,
  TrustplaneError,
  UnexpectedResponseError,
  ValidationError,
  WaiterError,
  WaitTimeoutError,
} from "@trustplane/core";
export {
  type AicAuth,
  bearer,
  type ServiceAccountKey,
  type ServiceAccountOptions,
  serviceAccount,
} from "./auth.js";
export { AicClient, type AicClientOptions, createAicClient } from "./client.js";
export {
  PromotionError,
  type PromotionPhase,
  parseAicError,
  ScopeRefusedError,
  TRANSACTION_ID_HEADER,
} from "./errors.js";
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";
export type { Certificate, Certificates, UploadCertificateInput } from "./resources/certificates.js";
export type {
  ContentSecurityPolicy,
  ContentSecurityPolicyInput,
  ContentSecurityPolicyValue,
} from "./resources/content-security-policy.js";
export type { CookieDomains, CookieDomainsValue } from "./resources/cookie-domains.js";
export type { Count, CountInput, EsvCount } from "./resources/count.js";
export type { CertificateSigningRequest, CreateCsrInput, Csrs } from "./resources/csrs.js";
export type { CnameCheck, CustomDomains, CustomDomainsValue, Realm } from "./resources/custom-domains.js";
export type { FederationEnforcement, FederationEnforcementValue } from "./resources/federation-enforcement.js";
export type {
  LockStateInput,
  PromoteAndWaitOptions,
  PromoteInput,
  Promotion,
  PromotionActionResult,
  PromotionLockResponse,
  PromotionLockState,
  PromotionProgress,
  PromotionReport,
  PromotionReportSummary,
  PromotionStatus,
  PromotionWaitOptions,
  RollbackAndWaitOptions,
  RollbackInput,
} from "./resources/promotions.js";
export type { Release, ReleaseInfo } from "./resources/release.js";
export type {
  Restart,
  RestartAndWaitOptions,
  RestartProgress,
  RestartResult,
  RestartStatus,
} from "./resources/restart.js";
export type {
  CreateSecretInput,
  ListSecretsInput,
  RotateSecretInput,
  RotateSecretResult,
  Secret,
  SecretEncoding,
  Secrets,
  SecretVersion,
  SecretVersionStatus,
} from "./resources/secrets.js";
export type { ListOptions, WaitOptions } from "./resources/shared.js";
export type { SsoCookie, SsoCookieValue } from "./resources/sso-cookie.js";
export type {
  ExpressionType,
  ListVariablesInput,
  SetVariableInput,
  Variable,
  VariableSummary,
  Variables,
} from "./resources/variables.js";
export { AIC_SCOPES, type AicScope } from "./scopes.js";
