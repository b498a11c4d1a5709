/**
 * @trustplane/sectigo: typed client for Sectigo Certificate Manager, both API generations (the SCM
 * REST API and the Admin API). Every operation of the spec is a method,
 * `client.<resource>.<method>(input, options)`; enroll-and-collect waits for issuance; downloads
 * come back as text or bytes by format; reports stream as CSV.
 * @packageDocumentation
 */
export type {
  ApiResponse,
  CallOptions,
  OperationPagingOptions,
  Page,
  PagingOptions,
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
} from "@trustplane/core";
export {
  adminApiUrl,
  type ClientCertificateAccount,
  type ClientCertificateInput,
  clientCertificate,
  credentials,
  DEFAULT_SECTIGO_URL,
  developer,
  oauth2,
  SECTIGO_TOKEN_URL,
  type SectigoAuth,
  type SectigoCredentials,
  type SectigoDeveloperCredentials,
  type SectigoOAuth2Options,
} from "./auth.js";
export {
  createSectigoClient,
  SectigoClient,
  type SectigoClientOptions,
  type SectigoResources,
} from "./client.js";
export {
  BAD_CREDENTIALS_CODES,
  describeSectigoCode,
  isBadCredentials,
  isNotReady,
  NOT_READY_CODES,
  parseSectigoError,
  SectigoErrorCode,
  type SectigoSurface,
  sectigoCode,
  sectigoRetryClassifier,
  UnsupportedOperationError,
} from "./errors.js";
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";
export * from "./generated/resources.gen.js";
export {
  type BinaryCollectFormat,
  CertificateTimeoutError,
  COLLECT_FORMATS,
  type Collected,
  type CollectedCertificate,
  type CollectFormat,
  type CollectWaitOptions,
  type IssuanceProgress,
  type RevocationReason,
  reasonCode,
  TEXT_FORMATS,
  type TextCollectFormat,
} from "./internal/certificates.js";
export type { CreatedIdMethods, RevocationMethods, WithRevocationReason } from "./internal/mixins.js";
export {
  type AdminApiDifference,
  adminDifference,
  DEVELOPER_OPERATIONS,
  servedOn,
} from "./internal/surface.js";
export { type CsrSummary, inspectCsr, type SplitChainOptions, splitChain } from "./pki.js";
export { DeviceCertificates, type DeviceCollectFormat, type DeviceCollectRequest } from "./resources/device.js";
export { Discovery, type DiscoveryTaskType, type ScanWaitOptions } from "./resources/discovery.js";
export {
  Acme,
  Admins,
  Agents,
  Azure,
  Bimi,
  CustomFields,
  Domains,
  EnrollmentEndpoints,
  IdpTemplates,
  Notifications,
  Organizations,
  Persons,
  resourceOverrides,
} from "./resources/index.js";
export { CsvReport, Reports } from "./resources/reports.js";
export { SmimeCertificates, type SmimeCollectRequest } from "./resources/smime.js";
export { SslCertificates, type SslCollectRequest, type SslRenewBySerialInput } from "./resources/ssl.js";
