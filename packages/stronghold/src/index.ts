/**
 * @trustplane/stronghold: typed client for the Stronghold (Vault, OpenBao) identity engine. Every
 * operation of the spec is a method (`client.<resource>.<method>(input, options)`); logins renew
 * themselves; lists page themselves; errors keep every server message.
 * @packageDocumentation
 */
export type {
  ApiResponse,
  CallOptions,
  ClientOverrides,
  OperationPagingOptions,
  Page,
  PagingOptions,
  WithResponse,
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
} from "@trustplane/core";
export {
  type AppRoleOptions,
  type AuthTarget,
  appRole,
  DEFAULT_SERVICE_ACCOUNT_TOKEN_PATH,
  type JwtOptions,
  jwt,
  type KubernetesOptions,
  kubernetes,
  type LoginOptions,
  type StrongholdAuth,
  token,
  type UserpassOptions,
  userpass,
} from "./auth.js";
export {
  apiUrl,
  createStrongholdClient,
  StrongholdClient,
  type StrongholdClientOptions,
  type StrongholdResources,
  type UnwrappedResponse,
  type WrapCallOptions,
  type WrapInfo,
} from "./client.js";
export {
  MembershipConflictError,
  mergeConflicts,
  parseStrongholdError,
  type StrongholdErrorDetails,
  strongholdError,
  strongholdRetryClassifier,
} from "./errors.js";
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";
export * from "./generated/resources.gen.js";
export type { Detailed } from "./internal/calls.js";
export {
  type AliasListItem,
  Entities,
  EntityAliases,
  type EntityListItem,
  LegacyAliases,
  type MergeEntitiesInput,
  type UpsertEntityInput,
} from "./resources/entities.js";
export { GroupAliases, type GroupListItem, type GroupMembershipInput, Groups } from "./resources/groups.js";
export { Lookup, type LookupByAliasInput } from "./resources/lookup.js";
export {
  type LoginEnforcementListItem,
  MfaLoginEnforcements,
  type MfaMethodListItem,
  MfaMethods,
} from "./resources/mfa.js";
export {
  type DiscoverInput,
  type OidcClientListItem,
  type OidcProviderListItem,
  type OidcProviderMetadata,
  OidcProviders,
} from "./resources/oidc.js";
export type { NamespaceInput } from "./resources/shared.js";
export { type MountAccessorInput, Sys, UnknownMountError } from "./resources/sys.js";
