/**
 * @trustplane/pingone: typed client for the PingOne Platform certificates and keys API.
 * @packageDocumentation
 */

export type { ApiResponse, Page, PagingOptions, WithResponse } from "@trustplane/core";
// What methods return and the errors this client throws, re-exported so one import is enough.
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
} from "@trustplane/core";

export {
  bearer,
  clientCredentials,
  isPingOneAuth,
  type PingOneAuth,
  type PingOneAuthContext,
  type PingOneClientCredentialsOptions,
} from "./auth.js";
export {
  createPingOneClient,
  PINGONE_ENV,
  type PingOneClient,
  type PingOneClientOptions,
  type PingOneClientOverrides,
} from "./client.js";
export {
  type PingOneErrorBody,
  type PingOneErrorDetail,
  type PingOneErrorInfo,
  type PingOneInnerError,
  parsePingOneError,
  pingOneError,
  transientAfterCreateClassifier,
  UnexpectedContentError,
} from "./errors.js";
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";
export type { BinaryInput } from "./internal/binary.js";
export {
  PINGONE_REGION_CODES,
  PINGONE_REGIONS,
  type PingOneRegion,
  type PingOneUrls,
  regionUrls,
  tokenUrlFor,
} from "./regions.js";
export { type CertificateRef, Certificates, type UploadCertificateInput } from "./resources/certificates.js";
export { Crypto, type CryptoInput } from "./resources/crypto.js";
export { KeyRotationPolicies, type KeyRotationPolicyRef } from "./resources/key-rotation-policies.js";
export {
  type CertificateFormat,
  type CsrFormat,
  type ImportCsrResponseInput,
  type ImportKeyInput,
  type KeyRef,
  Keys,
  type OrganizationKeyInput,
  type UpdateKeyInput,
} from "./resources/keys.js";
export type {
  Application,
  CallOptions,
  Certificate,
  CryptoRequest,
  CryptoResult,
  EnvironmentInput,
  FilteredListInput,
  GenerateKeyAttributes,
  Jwk,
  JwkSet,
  Key,
  KeyAlgorithm,
  KeyRotationPolicy,
  KeyRotationPolicyAttributes,
  KeyStatus,
  KeyUsageType,
  ListInput,
  ListOptions,
  OptionalUndefined,
  SignatureAlgorithm,
} from "./types.js";
export { VERSION } from "./version.js";
