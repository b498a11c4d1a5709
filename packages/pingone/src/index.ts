/**
 * @trustplane/pingone: typed client for the PingOne Platform certificates and keys API.
 * @packageDocumentation
 */

export type { Page, PagingOptions } from "@trustplane/core";
// The errors this client throws, re-exported so one import is enough.
export {
  AbortError,
  ApiError,
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
export { createPingOneClient, type PingOneClient, type PingOneClientOptions } from "./client.js";
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
export { PINGONE_REGIONS, type PingOneRegion, type PingOneUrls, regionUrls, tokenUrlFor } from "./regions.js";
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
  SignatureAlgorithm,
} from "./types.js";
export { VERSION } from "./version.js";
