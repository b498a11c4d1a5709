/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/openziti/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

import {
  type ApiPromise,
  type CallOptions,
  type HeaderParams,
  type ItemOf,
  type OperationBinding,
  type OperationPagingOptions,
  type PageHook,
  type Paged,
  type PathParams,
  type QueryParams,
  type RequestBodyOf,
  Resource,
  type ResourceContext,
  type SuccessBody,
  schemaModule,
  type UnwrappedBody,
} from "@trustplane/core";
import type { operations } from "./openapi.gen.js";

/** Each operation's input schema, from ./schemas.gen.js, imported when an input is first checked. */
const s = schemaModule(() => import("./schemas.gen.js"));

/** How each operation's input object maps onto its request, and the input's JSON Schema. */
export const bindings: Readonly<Record<string, OperationBinding>> = {
  associateIdentitysServiceConfigs: { path: ["id"], body: "field", unwrap: "data", schema: s("associateIdentitysServiceConfigs") },
  authenticate: { query: ["method"], body: "flat", unwrap: "data", schema: s("authenticate") },
  authenticateMfa: { body: "flat", unwrap: "data", schema: s("authenticateMfa") },
  checkDataIntegrity: { unwrap: "data", schema: s("checkDataIntegrity") },
  createAuthPolicy: { body: "flat", unwrap: "data", schema: s("createAuthPolicy") },
  createAuthenticator: { body: "flat", unwrap: "data", schema: s("createAuthenticator") },
  createCa: { body: "flat", unwrap: "data", schema: s("createCa") },
  createConfig: { body: "flat", unwrap: "data", schema: s("createConfig") },
  createConfigType: { body: "flat", unwrap: "data", schema: s("createConfigType") },
  createControllerSetting: { body: "flat", unwrap: "data", schema: s("createControllerSetting") },
  createDatabaseSnapshot: { unwrap: "data", schema: s("createDatabaseSnapshot") },
  createEdgeRouter: { body: "flat", unwrap: "data", schema: s("createEdgeRouter") },
  createEdgeRouterPolicy: { body: "flat", unwrap: "data", schema: s("createEdgeRouterPolicy") },
  createEnrollment: { body: "flat", unwrap: "data", schema: s("createEnrollment") },
  createExternalJwtSigner: { body: "flat", unwrap: "data", schema: s("createExternalJwtSigner") },
  createIdentity: { body: "flat", unwrap: "data", schema: s("createIdentity") },
  createMfaRecoveryCodes: { body: "flat", unwrap: "data", schema: s("createMfaRecoveryCodes") },
  createPostureCheck: { body: "flat", unwrap: "data", schema: s("createPostureCheck") },
  createRevocation: { body: "flat", unwrap: "data", schema: s("createRevocation") },
  createRouter: { body: "flat", unwrap: "data", schema: s("createRouter") },
  createService: { body: "flat", unwrap: "data", schema: s("createService") },
  createServiceEdgeRouterPolicy: { body: "flat", unwrap: "data", schema: s("createServiceEdgeRouterPolicy") },
  createServicePolicy: { body: "flat", unwrap: "data", schema: s("createServicePolicy") },
  createTerminator: { body: "flat", unwrap: "data", schema: s("createTerminator") },
  createTotpToken: { body: "flat", unwrap: "data", schema: s("createTotpToken") },
  createTransitRouter: { body: "flat", unwrap: "data", schema: s("createTransitRouter") },
  dataIntegrityResults: { unwrap: "data", schema: s("dataIntegrityResults") },
  deleteAPISessions: { path: ["id"], unwrap: "data", schema: s("deleteAPISessions") },
  deleteAuthPolicy: { path: ["id"], unwrap: "data", schema: s("deleteAuthPolicy") },
  deleteAuthenticator: { path: ["id"], unwrap: "data", schema: s("deleteAuthenticator") },
  deleteCa: { path: ["id"], unwrap: "data", schema: s("deleteCa") },
  deleteConfig: { path: ["id"], unwrap: "data", schema: s("deleteConfig") },
  deleteConfigType: { path: ["id"], unwrap: "data", schema: s("deleteConfigType") },
  deleteControllerSetting: { path: ["id"], unwrap: "data", schema: s("deleteControllerSetting") },
  deleteCurrentApiSession: { unwrap: "data", schema: s("deleteCurrentApiSession") },
  deleteEdgeRouter: { path: ["id"], unwrap: "data", schema: s("deleteEdgeRouter") },
  deleteEdgeRouterPolicy: { path: ["id"], unwrap: "data", schema: s("deleteEdgeRouterPolicy") },
  deleteEnrollment: { path: ["id"], unwrap: "data", schema: s("deleteEnrollment") },
  deleteExternalJwtSigner: { path: ["id"], unwrap: "data", schema: s("deleteExternalJwtSigner") },
  deleteIdentity: { path: ["id"], unwrap: "data", schema: s("deleteIdentity") },
  deleteMfa: { header: ["mfa-validation-code"], unwrap: "data", schema: s("deleteMfa") },
  deletePostureCheck: { path: ["id"], unwrap: "data", schema: s("deletePostureCheck") },
  deleteRouter: { path: ["id"], unwrap: "data", schema: s("deleteRouter") },
  deleteService: { path: ["id"], unwrap: "data", schema: s("deleteService") },
  deleteServiceEdgeRouterPolicy: { path: ["id"], unwrap: "data", schema: s("deleteServiceEdgeRouterPolicy") },
  deleteServicePolicy: { path: ["id"], unwrap: "data", schema: s("deleteServicePolicy") },
  deleteSession: { path: ["id"], unwrap: "data", schema: s("deleteSession") },
  deleteTerminator: { path: ["id"], unwrap: "data", schema: s("deleteTerminator") },
  deleteTransitRouter: { path: ["id"], unwrap: "data", schema: s("deleteTransitRouter") },
  detailAPISessions: { path: ["id"], unwrap: "data", schema: s("detailAPISessions") },
  detailAuthPolicy: { path: ["id"], unwrap: "data", schema: s("detailAuthPolicy") },
  detailAuthenticator: { path: ["id"], unwrap: "data", schema: s("detailAuthenticator") },
  detailCa: { path: ["id"], unwrap: "data", schema: s("detailCa") },
  detailConfig: { path: ["id"], unwrap: "data", schema: s("detailConfig") },
  detailConfigType: { path: ["id"], unwrap: "data", schema: s("detailConfigType") },
  detailControllerSetting: { path: ["id"], unwrap: "data", schema: s("detailControllerSetting") },
  detailControllerSettingEffective: { path: ["id"], unwrap: "data", schema: s("detailControllerSettingEffective") },
  detailCurrentIdentityAuthenticator: { path: ["id"], unwrap: "data", schema: s("detailCurrentIdentityAuthenticator") },
  detailEdgeRouter: { path: ["id"], unwrap: "data", schema: s("detailEdgeRouter") },
  detailEdgeRouterPolicy: { path: ["id"], unwrap: "data", schema: s("detailEdgeRouterPolicy") },
  detailEnrollment: { path: ["id"], unwrap: "data", schema: s("detailEnrollment") },
  detailExternalJwtSigner: { path: ["id"], unwrap: "data", schema: s("detailExternalJwtSigner") },
  detailIdentity: { path: ["id"], unwrap: "data", schema: s("detailIdentity") },
  detailIdentityType: { path: ["id"], unwrap: "data", schema: s("detailIdentityType") },
  detailMfa: { unwrap: "data", schema: s("detailMfa") },
  detailMfaQrCode: { accept: "image/png", parseAs: "bytes", schema: s("detailMfaQrCode") },
  detailMfaRecoveryCodes: { header: ["mfa-validation-code"], unwrap: "data", schema: s("detailMfaRecoveryCodes") },
  detailPostureCheck: { path: ["id"], unwrap: "data", schema: s("detailPostureCheck") },
  detailPostureCheckType: { path: ["id"], unwrap: "data", schema: s("detailPostureCheckType") },
  detailRevocation: { path: ["id"], unwrap: "data", schema: s("detailRevocation") },
  detailRouter: { path: ["id"], unwrap: "data", schema: s("detailRouter") },
  detailService: { path: ["id"], unwrap: "data", schema: s("detailService") },
  detailServiceEdgeRouterPolicy: { path: ["id"], unwrap: "data", schema: s("detailServiceEdgeRouterPolicy") },
  detailServicePolicy: { path: ["id"], unwrap: "data", schema: s("detailServicePolicy") },
  detailSession: { path: ["id"], unwrap: "data", schema: s("detailSession") },
  detailSessionRoutePath: { path: ["id"], unwrap: "data", schema: s("detailSessionRoutePath") },
  detailSpec: { path: ["id"], unwrap: "data", schema: s("detailSpec") },
  detailSpecBody: { path: ["id"], parseAs: "auto", schema: s("detailSpecBody") },
  detailTerminator: { path: ["id"], unwrap: "data", schema: s("detailTerminator") },
  detailTransitRouter: { path: ["id"], unwrap: "data", schema: s("detailTransitRouter") },
  disableIdentity: { path: ["id"], body: "flat", unwrap: "data", schema: s("disableIdentity") },
  disassociateIdentitysServiceConfigs: { path: ["id"], body: "field", unwrap: "data", schema: s("disassociateIdentitysServiceConfigs") },
  enableIdentity: { path: ["id"], unwrap: "data", schema: s("enableIdentity") },
  enrollMfa: { unwrap: "data", schema: s("enrollMfa") },
  extendCurrentIdentityAuthenticator: { path: ["id"], body: "flat", unwrap: "data", schema: s("extendCurrentIdentityAuthenticator") },
  extendVerifyCurrentIdentityAuthenticator: { path: ["id"], body: "flat", unwrap: "data", schema: s("extendVerifyCurrentIdentityAuthenticator") },
  fixDataIntegrity: { unwrap: "data", schema: s("fixDataIntegrity") },
  getCaJwt: { path: ["id"], accept: "application/jwt", parseAs: "text", schema: s("getCaJwt") },
  getCurrentAPISession: { unwrap: "data", schema: s("getCurrentAPISession") },
  getCurrentIdentity: { unwrap: "data", schema: s("getCurrentIdentity") },
  getIdentityAuthenticators: { path: ["id"], query: ["filter"], schema: s("getIdentityAuthenticators") },
  getIdentityEnrollments: { path: ["id"], query: ["filter"], schema: s("getIdentityEnrollments") },
  getIdentityFailedServiceRequests: { path: ["id"], schema: s("getIdentityFailedServiceRequests") },
  getIdentityPolicyAdvice: { path: ["id","serviceId"], unwrap: "data", schema: s("getIdentityPolicyAdvice") },
  getIdentityPostureData: { path: ["id"], unwrap: "data", schema: s("getIdentityPostureData") },
  listAPISessions: { query: ["filter"], schema: s("listAPISessions") },
  listAuthPolicies: { query: ["filter"], schema: s("listAuthPolicies") },
  listAuthenticators: { query: ["filter"], schema: s("listAuthenticators") },
  listCas: { query: ["filter"], schema: s("listCas") },
  listConfigServices: { path: ["id"], query: ["filter"], schema: s("listConfigServices") },
  listConfigTypes: { query: ["filter"], schema: s("listConfigTypes") },
  listConfigs: { query: ["filter"], schema: s("listConfigs") },
  listConfigsForConfigType: { path: ["id"], query: ["filter"], schema: s("listConfigsForConfigType") },
  listControllerSettings: { query: ["filter"], schema: s("listControllerSettings") },
  listControllers: { query: ["filter"], schema: s("listControllers") },
  listCurrentIdentityAuthenticators: { query: ["filter"], schema: s("listCurrentIdentityAuthenticators") },
  listEdgeRouterEdgeRouterPolicies: { path: ["id"], query: ["filter"], schema: s("listEdgeRouterEdgeRouterPolicies") },
  listEdgeRouterIdentities: { path: ["id"], query: ["filter"], schema: s("listEdgeRouterIdentities") },
  listEdgeRouterPolicies: { query: ["filter"], schema: s("listEdgeRouterPolicies") },
  listEdgeRouterPolicyEdgeRouters: { path: ["id"], query: ["filter"], schema: s("listEdgeRouterPolicyEdgeRouters") },
  listEdgeRouterPolicyIdentities: { path: ["id"], query: ["filter"], schema: s("listEdgeRouterPolicyIdentities") },
  listEdgeRouterRoleAttributes: { query: ["filter"], schema: s("listEdgeRouterRoleAttributes") },
  listEdgeRouterServiceEdgeRouterPolicies: { path: ["id"], query: ["filter"], schema: s("listEdgeRouterServiceEdgeRouterPolicies") },
  listEdgeRouterServices: { path: ["id"], query: ["filter"], schema: s("listEdgeRouterServices") },
  listEdgeRouters: { query: ["filter","roleFilter","roleSemantic"], schema: s("listEdgeRouters") },
  listEnrollments: { query: ["filter"], schema: s("listEnrollments") },
  listEnumeratedCapabilities: { schema: s("listEnumeratedCapabilities") },
  listExternalJwtSigners: { query: ["filter"], schema: s("listExternalJwtSigners") },
  listIdentities: { query: ["filter","roleFilter","roleSemantic"], schema: s("listIdentities") },
  listIdentityEdgeRouters: { path: ["id"], query: ["filter"], schema: s("listIdentityEdgeRouters") },
  listIdentityRoleAttributes: { query: ["filter"], schema: s("listIdentityRoleAttributes") },
  listIdentityServicePolicies: { path: ["id"], query: ["filter"], schema: s("listIdentityServicePolicies") },
  listIdentityServices: { path: ["id"], query: ["filter","policyType"], schema: s("listIdentityServices") },
  listIdentityTypes: { query: ["filter"], schema: s("listIdentityTypes") },
  listIdentitysEdgeRouterPolicies: { path: ["id"], query: ["filter"], schema: s("listIdentitysEdgeRouterPolicies") },
  listIdentitysServiceConfigs: { path: ["id"], schema: s("listIdentitysServiceConfigs") },
  listNetworkJWTs: { schema: s("listNetworkJWTs") },
  listPostureCheckRoleAttributes: { query: ["filter"], schema: s("listPostureCheckRoleAttributes") },
  listPostureCheckTypes: { query: ["filter"], schema: s("listPostureCheckTypes") },
  listPostureChecks: { query: ["filter","roleFilter","roleSemantic"], schema: s("listPostureChecks") },
  listRevocations: { query: ["filter"], schema: s("listRevocations") },
  listRoot: { unwrap: "data", schema: s("listRoot") },
  listRouters: { query: ["filter"], schema: s("listRouters") },
  listServiceConfig: { path: ["id"], query: ["filter"], schema: s("listServiceConfig") },
  listServiceEdgeRouterPolicies: { query: ["filter"], schema: s("listServiceEdgeRouterPolicies") },
  listServiceEdgeRouterPolicyEdgeRouters: { path: ["id"], query: ["filter"], schema: s("listServiceEdgeRouterPolicyEdgeRouters") },
  listServiceEdgeRouterPolicyServices: { path: ["id"], query: ["filter"], schema: s("listServiceEdgeRouterPolicyServices") },
  listServiceEdgeRouters: { path: ["id"], query: ["filter"], schema: s("listServiceEdgeRouters") },
  listServiceIdentities: { path: ["id"], query: ["filter","policyType"], schema: s("listServiceIdentities") },
  listServicePolicies: { query: ["filter"], schema: s("listServicePolicies") },
  listServicePolicyIdentities: { path: ["id"], query: ["filter"], schema: s("listServicePolicyIdentities") },
  listServicePolicyPostureChecks: { path: ["id"], query: ["filter"], schema: s("listServicePolicyPostureChecks") },
  listServicePolicyServices: { path: ["id"], query: ["filter"], schema: s("listServicePolicyServices") },
  listServiceRoleAttributes: { query: ["filter"], schema: s("listServiceRoleAttributes") },
  listServiceServiceEdgeRouterPolicies: { path: ["id"], query: ["filter"], schema: s("listServiceServiceEdgeRouterPolicies") },
  listServiceServicePolicies: { path: ["id"], query: ["filter"], schema: s("listServiceServicePolicies") },
  listServiceTerminators: { path: ["id"], query: ["filter"], schema: s("listServiceTerminators") },
  listServices: { query: ["filter","configTypes","roleFilter","roleSemantic"], schema: s("listServices") },
  listSessions: { query: ["filter"], schema: s("listSessions") },
  listSpecs: { schema: s("listSpecs") },
  listSummary: { unwrap: "data", schema: s("listSummary") },
  listTerminators: { query: ["filter"], schema: s("listTerminators") },
  listTransitRouters: { query: ["filter"], schema: s("listTransitRouters") },
  listVersion: { unwrap: "data", schema: s("listVersion") },
  listWellKnownCas: { accept: "application/pkcs7-mime", parseAs: "bytes", schema: s("listWellKnownCas") },
  patchAuthPolicy: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchAuthPolicy") },
  patchAuthenticator: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchAuthenticator") },
  patchCa: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchCa") },
  patchConfig: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchConfig") },
  patchConfigType: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchConfigType") },
  patchControllerSetting: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchControllerSetting") },
  patchCurrentIdentityAuthenticator: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchCurrentIdentityAuthenticator") },
  patchEdgeRouter: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchEdgeRouter") },
  patchEdgeRouterPolicy: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchEdgeRouterPolicy") },
  patchExternalJwtSigner: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchExternalJwtSigner") },
  patchIdentity: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchIdentity") },
  patchPostureCheck: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchPostureCheck") },
  patchRouter: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchRouter") },
  patchService: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchService") },
  patchServiceEdgeRouterPolicy: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchServiceEdgeRouterPolicy") },
  patchServicePolicy: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchServicePolicy") },
  patchTerminator: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchTerminator") },
  patchTransitRouter: { path: ["id"], body: "flat", unwrap: "data", schema: s("patchTransitRouter") },
  reEnrollAuthenticator: { path: ["id"], body: "flat", unwrap: "data", schema: s("reEnrollAuthenticator") },
  reEnrollEdgeRouter: { path: ["id"], unwrap: "data", schema: s("reEnrollEdgeRouter") },
  refreshEnrollment: { path: ["id"], body: "flat", unwrap: "data", schema: s("refreshEnrollment") },
  removeIdentityMfa: { path: ["id"], unwrap: "data", schema: s("removeIdentityMfa") },
  requestExtendAuthenticator: { path: ["id"], body: "flat", unwrap: "data", schema: s("requestExtendAuthenticator") },
  updateAuthPolicy: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateAuthPolicy") },
  updateAuthenticator: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateAuthenticator") },
  updateCa: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateCa") },
  updateConfig: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateConfig") },
  updateConfigType: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateConfigType") },
  updateControllerSetting: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateControllerSetting") },
  updateCurrentIdentityAuthenticator: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateCurrentIdentityAuthenticator") },
  updateEdgeRouter: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateEdgeRouter") },
  updateEdgeRouterPolicy: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateEdgeRouterPolicy") },
  updateExternalJwtSigner: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateExternalJwtSigner") },
  updateIdentity: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateIdentity") },
  updateIdentityTracing: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateIdentityTracing") },
  updatePostureCheck: { path: ["id"], body: "flat", unwrap: "data", schema: s("updatePostureCheck") },
  updateRouter: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateRouter") },
  updateService: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateService") },
  updateServiceEdgeRouterPolicy: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateServiceEdgeRouterPolicy") },
  updateServicePolicy: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateServicePolicy") },
  updateTerminator: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateTerminator") },
  updateTransitRouter: { path: ["id"], body: "flat", unwrap: "data", schema: s("updateTransitRouter") },
  verifyCa: { path: ["id"], body: "field", contentType: "text/plain", unwrap: "data", schema: s("verifyCa") },
  verifyMfa: { body: "flat", unwrap: "data", schema: s("verifyMfa") },
};

/** Input of `apiSessions.delete` (operation `deleteAPISessions`). */
export type ApiSessionsDeleteInput = PathParams<operations["deleteAPISessions"]>;

/** Input of `apiSessions.get` (operation `detailAPISessions`). */
export type ApiSessionsGetInput = PathParams<operations["detailAPISessions"]>;

/** Input of `apiSessions.list` (operation `listAPISessions`). */
export type ApiSessionsListInput = Omit<QueryParams<operations["listAPISessions"]>, "limit" | "offset">;

/** Input of `authPolicies.create` (operation `createAuthPolicy`). */
export type AuthPoliciesCreateInput = RequestBodyOf<operations["createAuthPolicy"], "application/json">;

/** Input of `authPolicies.delete` (operation `deleteAuthPolicy`). */
export type AuthPoliciesDeleteInput = PathParams<operations["deleteAuthPolicy"]>;

/** Input of `authPolicies.get` (operation `detailAuthPolicy`). */
export type AuthPoliciesGetInput = PathParams<operations["detailAuthPolicy"]>;

/** Input of `authPolicies.list` (operation `listAuthPolicies`). */
export type AuthPoliciesListInput = Omit<QueryParams<operations["listAuthPolicies"]>, "limit" | "offset">;

/** Input of `authPolicies.patch` (operation `patchAuthPolicy`). */
export type AuthPoliciesPatchInput = PathParams<operations["patchAuthPolicy"]> & RequestBodyOf<operations["patchAuthPolicy"], "application/json">;

/** Input of `authPolicies.update` (operation `updateAuthPolicy`). */
export type AuthPoliciesUpdateInput = PathParams<operations["updateAuthPolicy"]> & RequestBodyOf<operations["updateAuthPolicy"], "application/json">;

/** Input of `authentication.authenticate` (operation `authenticate`). */
export type AuthenticationAuthenticateInput = QueryParams<operations["authenticate"]> & Partial<RequestBodyOf<operations["authenticate"], "application/json">>;

/** Input of `authentication.authenticateMfa` (operation `authenticateMfa`). */
export type AuthenticationAuthenticateMfaInput = RequestBodyOf<operations["authenticateMfa"], "application/json">;

/** Input of `authenticators.create` (operation `createAuthenticator`). */
export type AuthenticatorsCreateInput = RequestBodyOf<operations["createAuthenticator"], "application/json">;

/** Input of `authenticators.delete` (operation `deleteAuthenticator`). */
export type AuthenticatorsDeleteInput = PathParams<operations["deleteAuthenticator"]>;

/** Input of `authenticators.get` (operation `detailAuthenticator`). */
export type AuthenticatorsGetInput = PathParams<operations["detailAuthenticator"]>;

/** Input of `authenticators.list` (operation `listAuthenticators`). */
export type AuthenticatorsListInput = Omit<QueryParams<operations["listAuthenticators"]>, "limit" | "offset">;

/** Input of `authenticators.patch` (operation `patchAuthenticator`). */
export type AuthenticatorsPatchInput = PathParams<operations["patchAuthenticator"]> & RequestBodyOf<operations["patchAuthenticator"], "application/json">;

/** Input of `authenticators.reEnroll` (operation `reEnrollAuthenticator`). */
export type AuthenticatorsReEnrollInput = PathParams<operations["reEnrollAuthenticator"]> & RequestBodyOf<operations["reEnrollAuthenticator"], "application/json">;

/** Input of `authenticators.requestExtend` (operation `requestExtendAuthenticator`). */
export type AuthenticatorsRequestExtendInput = PathParams<operations["requestExtendAuthenticator"]> & RequestBodyOf<operations["requestExtendAuthenticator"], "application/json">;

/** Input of `authenticators.update` (operation `updateAuthenticator`). */
export type AuthenticatorsUpdateInput = PathParams<operations["updateAuthenticator"]> & RequestBodyOf<operations["updateAuthenticator"], "application/json">;

/** Input of `cas.create` (operation `createCa`). */
export type CasCreateInput = RequestBodyOf<operations["createCa"], "application/json">;

/** Input of `cas.delete` (operation `deleteCa`). */
export type CasDeleteInput = PathParams<operations["deleteCa"]>;

/** Input of `cas.get` (operation `detailCa`). */
export type CasGetInput = PathParams<operations["detailCa"]>;

/** Input of `cas.getJwt` (operation `getCaJwt`). */
export type CasGetJwtInput = PathParams<operations["getCaJwt"]>;

/** Input of `cas.list` (operation `listCas`). */
export type CasListInput = Omit<QueryParams<operations["listCas"]>, "limit" | "offset">;

/** Input of `cas.listWellKnown` (operation `listWellKnownCas`). */
export type CasListWellKnownInput = Record<string, never>;

/** Input of `cas.patch` (operation `patchCa`). */
export type CasPatchInput = PathParams<operations["patchCa"]> & RequestBodyOf<operations["patchCa"], "application/json">;

/** Input of `cas.update` (operation `updateCa`). */
export type CasUpdateInput = PathParams<operations["updateCa"]> & RequestBodyOf<operations["updateCa"], "application/json">;

/** Input of `cas.verify` (operation `verifyCa`). */
export type CasVerifyInput = PathParams<operations["verifyCa"]> & { body: RequestBodyOf<operations["verifyCa"], "text/plain"> };

/** Input of `configs.create` (operation `createConfig`). */
export type ConfigsCreateInput = RequestBodyOf<operations["createConfig"], "application/json">;

/** Input of `configs.createType` (operation `createConfigType`). */
export type ConfigsCreateTypeInput = RequestBodyOf<operations["createConfigType"], "application/json">;

/** Input of `configs.delete` (operation `deleteConfig`). */
export type ConfigsDeleteInput = PathParams<operations["deleteConfig"]>;

/** Input of `configs.deleteType` (operation `deleteConfigType`). */
export type ConfigsDeleteTypeInput = PathParams<operations["deleteConfigType"]>;

/** Input of `configs.get` (operation `detailConfig`). */
export type ConfigsGetInput = PathParams<operations["detailConfig"]>;

/** Input of `configs.getType` (operation `detailConfigType`). */
export type ConfigsGetTypeInput = PathParams<operations["detailConfigType"]>;

/** Input of `configs.list` (operation `listConfigs`). */
export type ConfigsListInput = Omit<QueryParams<operations["listConfigs"]>, "limit" | "offset">;

/** Input of `configs.listConfigsForType` (operation `listConfigsForConfigType`). */
export type ConfigsListConfigsForTypeInput = PathParams<operations["listConfigsForConfigType"]> & Omit<QueryParams<operations["listConfigsForConfigType"]>, "limit" | "offset">;

/** Input of `configs.listServices` (operation `listConfigServices`). */
export type ConfigsListServicesInput = PathParams<operations["listConfigServices"]> & Omit<QueryParams<operations["listConfigServices"]>, "limit" | "offset">;

/** Input of `configs.listTypes` (operation `listConfigTypes`). */
export type ConfigsListTypesInput = Omit<QueryParams<operations["listConfigTypes"]>, "limit" | "offset">;

/** Input of `configs.patch` (operation `patchConfig`). */
export type ConfigsPatchInput = PathParams<operations["patchConfig"]> & RequestBodyOf<operations["patchConfig"], "application/json">;

/** Input of `configs.patchType` (operation `patchConfigType`). */
export type ConfigsPatchTypeInput = PathParams<operations["patchConfigType"]> & RequestBodyOf<operations["patchConfigType"], "application/json">;

/** Input of `configs.update` (operation `updateConfig`). */
export type ConfigsUpdateInput = PathParams<operations["updateConfig"]> & RequestBodyOf<operations["updateConfig"], "application/json">;

/** Input of `configs.updateType` (operation `updateConfigType`). */
export type ConfigsUpdateTypeInput = PathParams<operations["updateConfigType"]> & RequestBodyOf<operations["updateConfigType"], "application/json">;

/** Input of `controllers.list` (operation `listControllers`). */
export type ControllersListInput = Omit<QueryParams<operations["listControllers"]>, "limit" | "offset">;

/** Input of `currentApiSession.createTotpToken` (operation `createTotpToken`). */
export type CurrentApiSessionCreateTotpTokenInput = RequestBodyOf<operations["createTotpToken"], "application/json">;

/** Input of `currentApiSession.delete` (operation `deleteCurrentApiSession`). */
export type CurrentApiSessionDeleteInput = Record<string, never>;

/** Input of `currentApiSession.get` (operation `getCurrentAPISession`). */
export type CurrentApiSessionGetInput = Record<string, never>;

/** Input of `currentIdentity.createMfaRecoveryCodes` (operation `createMfaRecoveryCodes`). */
export type CurrentIdentityCreateMfaRecoveryCodesInput = RequestBodyOf<operations["createMfaRecoveryCodes"], "application/json">;

/** Input of `currentIdentity.deleteMfa` (operation `deleteMfa`). */
export type CurrentIdentityDeleteMfaInput = HeaderParams<operations["deleteMfa"]>;

/** Input of `currentIdentity.enrollMfa` (operation `enrollMfa`). */
export type CurrentIdentityEnrollMfaInput = Record<string, never>;

/** Input of `currentIdentity.extendAuthenticator` (operation `extendCurrentIdentityAuthenticator`). */
export type CurrentIdentityExtendAuthenticatorInput = PathParams<operations["extendCurrentIdentityAuthenticator"]> & RequestBodyOf<operations["extendCurrentIdentityAuthenticator"], "application/json">;

/** Input of `currentIdentity.extendVerifyAuthenticator` (operation `extendVerifyCurrentIdentityAuthenticator`). */
export type CurrentIdentityExtendVerifyAuthenticatorInput = PathParams<operations["extendVerifyCurrentIdentityAuthenticator"]> & RequestBodyOf<operations["extendVerifyCurrentIdentityAuthenticator"], "application/json">;

/** Input of `currentIdentity.get` (operation `getCurrentIdentity`). */
export type CurrentIdentityGetInput = Record<string, never>;

/** Input of `currentIdentity.getAuthenticator` (operation `detailCurrentIdentityAuthenticator`). */
export type CurrentIdentityGetAuthenticatorInput = PathParams<operations["detailCurrentIdentityAuthenticator"]>;

/** Input of `currentIdentity.getMfa` (operation `detailMfa`). */
export type CurrentIdentityGetMfaInput = Record<string, never>;

/** Input of `currentIdentity.getMfaQrCode` (operation `detailMfaQrCode`). */
export type CurrentIdentityGetMfaQrCodeInput = Record<string, never>;

/** Input of `currentIdentity.getMfaRecoveryCodes` (operation `detailMfaRecoveryCodes`). */
export type CurrentIdentityGetMfaRecoveryCodesInput = HeaderParams<operations["detailMfaRecoveryCodes"]>;

/** Input of `currentIdentity.listAuthenticators` (operation `listCurrentIdentityAuthenticators`). */
export type CurrentIdentityListAuthenticatorsInput = Omit<QueryParams<operations["listCurrentIdentityAuthenticators"]>, "limit" | "offset">;

/** Input of `currentIdentity.patchAuthenticator` (operation `patchCurrentIdentityAuthenticator`). */
export type CurrentIdentityPatchAuthenticatorInput = PathParams<operations["patchCurrentIdentityAuthenticator"]> & RequestBodyOf<operations["patchCurrentIdentityAuthenticator"], "application/json">;

/** Input of `currentIdentity.updateAuthenticator` (operation `updateCurrentIdentityAuthenticator`). */
export type CurrentIdentityUpdateAuthenticatorInput = PathParams<operations["updateCurrentIdentityAuthenticator"]> & RequestBodyOf<operations["updateCurrentIdentityAuthenticator"], "application/json">;

/** Input of `currentIdentity.verifyMfa` (operation `verifyMfa`). */
export type CurrentIdentityVerifyMfaInput = RequestBodyOf<operations["verifyMfa"], "application/json">;

/** Input of `database.checkDataIntegrity` (operation `checkDataIntegrity`). */
export type DatabaseCheckDataIntegrityInput = Record<string, never>;

/** Input of `database.createSnapshot` (operation `createDatabaseSnapshot`). */
export type DatabaseCreateSnapshotInput = Record<string, never>;

/** Input of `database.dataIntegrityResults` (operation `dataIntegrityResults`). */
export type DatabaseDataIntegrityResultsInput = Record<string, never>;

/** Input of `database.fixDataIntegrity` (operation `fixDataIntegrity`). */
export type DatabaseFixDataIntegrityInput = Record<string, never>;

/** Input of `edgeRouterPolicies.create` (operation `createEdgeRouterPolicy`). */
export type EdgeRouterPoliciesCreateInput = RequestBodyOf<operations["createEdgeRouterPolicy"], "application/json">;

/** Input of `edgeRouterPolicies.delete` (operation `deleteEdgeRouterPolicy`). */
export type EdgeRouterPoliciesDeleteInput = PathParams<operations["deleteEdgeRouterPolicy"]>;

/** Input of `edgeRouterPolicies.get` (operation `detailEdgeRouterPolicy`). */
export type EdgeRouterPoliciesGetInput = PathParams<operations["detailEdgeRouterPolicy"]>;

/** Input of `edgeRouterPolicies.list` (operation `listEdgeRouterPolicies`). */
export type EdgeRouterPoliciesListInput = Omit<QueryParams<operations["listEdgeRouterPolicies"]>, "limit" | "offset">;

/** Input of `edgeRouterPolicies.listEdgeRouters` (operation `listEdgeRouterPolicyEdgeRouters`). */
export type EdgeRouterPoliciesListEdgeRoutersInput = PathParams<operations["listEdgeRouterPolicyEdgeRouters"]> & Omit<QueryParams<operations["listEdgeRouterPolicyEdgeRouters"]>, "limit" | "offset">;

/** Input of `edgeRouterPolicies.listIdentities` (operation `listEdgeRouterPolicyIdentities`). */
export type EdgeRouterPoliciesListIdentitiesInput = PathParams<operations["listEdgeRouterPolicyIdentities"]> & Omit<QueryParams<operations["listEdgeRouterPolicyIdentities"]>, "limit" | "offset">;

/** Input of `edgeRouterPolicies.patch` (operation `patchEdgeRouterPolicy`). */
export type EdgeRouterPoliciesPatchInput = PathParams<operations["patchEdgeRouterPolicy"]> & RequestBodyOf<operations["patchEdgeRouterPolicy"], "application/json">;

/** Input of `edgeRouterPolicies.update` (operation `updateEdgeRouterPolicy`). */
export type EdgeRouterPoliciesUpdateInput = PathParams<operations["updateEdgeRouterPolicy"]> & RequestBodyOf<operations["updateEdgeRouterPolicy"], "application/json">;

/** Input of `edgeRouters.create` (operation `createEdgeRouter`). */
export type EdgeRoutersCreateInput = RequestBodyOf<operations["createEdgeRouter"], "application/json">;

/** Input of `edgeRouters.delete` (operation `deleteEdgeRouter`). */
export type EdgeRoutersDeleteInput = PathParams<operations["deleteEdgeRouter"]>;

/** Input of `edgeRouters.get` (operation `detailEdgeRouter`). */
export type EdgeRoutersGetInput = PathParams<operations["detailEdgeRouter"]>;

/** Input of `edgeRouters.list` (operation `listEdgeRouters`). */
export type EdgeRoutersListInput = Omit<QueryParams<operations["listEdgeRouters"]>, "limit" | "offset">;

/** Input of `edgeRouters.listEdgeRouterPolicies` (operation `listEdgeRouterEdgeRouterPolicies`). */
export type EdgeRoutersListEdgeRouterPoliciesInput = PathParams<operations["listEdgeRouterEdgeRouterPolicies"]> & Omit<QueryParams<operations["listEdgeRouterEdgeRouterPolicies"]>, "limit" | "offset">;

/** Input of `edgeRouters.listIdentities` (operation `listEdgeRouterIdentities`). */
export type EdgeRoutersListIdentitiesInput = PathParams<operations["listEdgeRouterIdentities"]> & Omit<QueryParams<operations["listEdgeRouterIdentities"]>, "limit" | "offset">;

/** Input of `edgeRouters.listRoleAttributes` (operation `listEdgeRouterRoleAttributes`). */
export type EdgeRoutersListRoleAttributesInput = Omit<QueryParams<operations["listEdgeRouterRoleAttributes"]>, "limit" | "offset">;

/** Input of `edgeRouters.listServiceEdgeRouterPolicies` (operation `listEdgeRouterServiceEdgeRouterPolicies`). */
export type EdgeRoutersListServiceEdgeRouterPoliciesInput = PathParams<operations["listEdgeRouterServiceEdgeRouterPolicies"]> & Omit<QueryParams<operations["listEdgeRouterServiceEdgeRouterPolicies"]>, "limit" | "offset">;

/** Input of `edgeRouters.listServices` (operation `listEdgeRouterServices`). */
export type EdgeRoutersListServicesInput = PathParams<operations["listEdgeRouterServices"]> & Omit<QueryParams<operations["listEdgeRouterServices"]>, "limit" | "offset">;

/** Input of `edgeRouters.patch` (operation `patchEdgeRouter`). */
export type EdgeRoutersPatchInput = PathParams<operations["patchEdgeRouter"]> & RequestBodyOf<operations["patchEdgeRouter"], "application/json">;

/** Input of `edgeRouters.reEnroll` (operation `reEnrollEdgeRouter`). */
export type EdgeRoutersReEnrollInput = PathParams<operations["reEnrollEdgeRouter"]>;

/** Input of `edgeRouters.update` (operation `updateEdgeRouter`). */
export type EdgeRoutersUpdateInput = PathParams<operations["updateEdgeRouter"]> & RequestBodyOf<operations["updateEdgeRouter"], "application/json">;

/** Input of `enrollments.create` (operation `createEnrollment`). */
export type EnrollmentsCreateInput = RequestBodyOf<operations["createEnrollment"], "application/json">;

/** Input of `enrollments.delete` (operation `deleteEnrollment`). */
export type EnrollmentsDeleteInput = PathParams<operations["deleteEnrollment"]>;

/** Input of `enrollments.get` (operation `detailEnrollment`). */
export type EnrollmentsGetInput = PathParams<operations["detailEnrollment"]>;

/** Input of `enrollments.list` (operation `listEnrollments`). */
export type EnrollmentsListInput = Omit<QueryParams<operations["listEnrollments"]>, "limit" | "offset">;

/** Input of `enrollments.listNetworkJwts` (operation `listNetworkJWTs`). */
export type EnrollmentsListNetworkJwtsInput = Record<string, never>;

/** Input of `enrollments.refresh` (operation `refreshEnrollment`). */
export type EnrollmentsRefreshInput = PathParams<operations["refreshEnrollment"]> & RequestBodyOf<operations["refreshEnrollment"], "application/json">;

/** Input of `externalJwtSigners.create` (operation `createExternalJwtSigner`). */
export type ExternalJwtSignersCreateInput = RequestBodyOf<operations["createExternalJwtSigner"], "application/json">;

/** Input of `externalJwtSigners.delete` (operation `deleteExternalJwtSigner`). */
export type ExternalJwtSignersDeleteInput = PathParams<operations["deleteExternalJwtSigner"]>;

/** Input of `externalJwtSigners.get` (operation `detailExternalJwtSigner`). */
export type ExternalJwtSignersGetInput = PathParams<operations["detailExternalJwtSigner"]>;

/** Input of `externalJwtSigners.list` (operation `listExternalJwtSigners`). */
export type ExternalJwtSignersListInput = Omit<QueryParams<operations["listExternalJwtSigners"]>, "limit" | "offset">;

/** Input of `externalJwtSigners.patch` (operation `patchExternalJwtSigner`). */
export type ExternalJwtSignersPatchInput = PathParams<operations["patchExternalJwtSigner"]> & RequestBodyOf<operations["patchExternalJwtSigner"], "application/json">;

/** Input of `externalJwtSigners.update` (operation `updateExternalJwtSigner`). */
export type ExternalJwtSignersUpdateInput = PathParams<operations["updateExternalJwtSigner"]> & RequestBodyOf<operations["updateExternalJwtSigner"], "application/json">;

/** Input of `identities.associateServiceConfigs` (operation `associateIdentitysServiceConfigs`). */
export type IdentitiesAssociateServiceConfigsInput = PathParams<operations["associateIdentitysServiceConfigs"]> & { body: RequestBodyOf<operations["associateIdentitysServiceConfigs"], "application/json"> };

/** Input of `identities.create` (operation `createIdentity`). */
export type IdentitiesCreateInput = RequestBodyOf<operations["createIdentity"], "application/json">;

/** Input of `identities.delete` (operation `deleteIdentity`). */
export type IdentitiesDeleteInput = PathParams<operations["deleteIdentity"]>;

/** Input of `identities.disable` (operation `disableIdentity`). */
export type IdentitiesDisableInput = PathParams<operations["disableIdentity"]> & RequestBodyOf<operations["disableIdentity"], "application/json">;

/** Input of `identities.disassociateServiceConfigs` (operation `disassociateIdentitysServiceConfigs`). */
export type IdentitiesDisassociateServiceConfigsInput = PathParams<operations["disassociateIdentitysServiceConfigs"]> & { body?: RequestBodyOf<operations["disassociateIdentitysServiceConfigs"], "application/json"> };

/** Input of `identities.enable` (operation `enableIdentity`). */
export type IdentitiesEnableInput = PathParams<operations["enableIdentity"]>;

/** Input of `identities.get` (operation `detailIdentity`). */
export type IdentitiesGetInput = PathParams<operations["detailIdentity"]>;

/** Input of `identities.getAuthenticators` (operation `getIdentityAuthenticators`). */
export type IdentitiesGetAuthenticatorsInput = PathParams<operations["getIdentityAuthenticators"]> & Omit<QueryParams<operations["getIdentityAuthenticators"]>, "limit" | "offset">;

/** Input of `identities.getEnrollments` (operation `getIdentityEnrollments`). */
export type IdentitiesGetEnrollmentsInput = PathParams<operations["getIdentityEnrollments"]> & Omit<QueryParams<operations["getIdentityEnrollments"]>, "limit" | "offset">;

/** Input of `identities.getFailedServiceRequests` (operation `getIdentityFailedServiceRequests`). */
export type IdentitiesGetFailedServiceRequestsInput = PathParams<operations["getIdentityFailedServiceRequests"]>;

/** Input of `identities.getPolicyAdvice` (operation `getIdentityPolicyAdvice`). */
export type IdentitiesGetPolicyAdviceInput = PathParams<operations["getIdentityPolicyAdvice"]>;

/** Input of `identities.getPostureData` (operation `getIdentityPostureData`). */
export type IdentitiesGetPostureDataInput = PathParams<operations["getIdentityPostureData"]>;

/** Input of `identities.getType` (operation `detailIdentityType`). */
export type IdentitiesGetTypeInput = PathParams<operations["detailIdentityType"]>;

/** Input of `identities.list` (operation `listIdentities`). */
export type IdentitiesListInput = Omit<QueryParams<operations["listIdentities"]>, "limit" | "offset">;

/** Input of `identities.listEdgeRouterPolicies` (operation `listIdentitysEdgeRouterPolicies`). */
export type IdentitiesListEdgeRouterPoliciesInput = PathParams<operations["listIdentitysEdgeRouterPolicies"]> & Omit<QueryParams<operations["listIdentitysEdgeRouterPolicies"]>, "limit" | "offset">;

/** Input of `identities.listEdgeRouters` (operation `listIdentityEdgeRouters`). */
export type IdentitiesListEdgeRoutersInput = PathParams<operations["listIdentityEdgeRouters"]> & Omit<QueryParams<operations["listIdentityEdgeRouters"]>, "limit" | "offset">;

/** Input of `identities.listRoleAttributes` (operation `listIdentityRoleAttributes`). */
export type IdentitiesListRoleAttributesInput = Omit<QueryParams<operations["listIdentityRoleAttributes"]>, "limit" | "offset">;

/** Input of `identities.listServiceConfigs` (operation `listIdentitysServiceConfigs`). */
export type IdentitiesListServiceConfigsInput = PathParams<operations["listIdentitysServiceConfigs"]>;

/** Input of `identities.listServicePolicies` (operation `listIdentityServicePolicies`). */
export type IdentitiesListServicePoliciesInput = PathParams<operations["listIdentityServicePolicies"]> & Omit<QueryParams<operations["listIdentityServicePolicies"]>, "limit" | "offset">;

/** Input of `identities.listServices` (operation `listIdentityServices`). */
export type IdentitiesListServicesInput = PathParams<operations["listIdentityServices"]> & Omit<QueryParams<operations["listIdentityServices"]>, "limit" | "offset">;

/** Input of `identities.listTypes` (operation `listIdentityTypes`). */
export type IdentitiesListTypesInput = Omit<QueryParams<operations["listIdentityTypes"]>, "limit" | "offset">;

/** Input of `identities.patch` (operation `patchIdentity`). */
export type IdentitiesPatchInput = PathParams<operations["patchIdentity"]> & RequestBodyOf<operations["patchIdentity"], "application/json">;

/** Input of `identities.removeMfa` (operation `removeIdentityMfa`). */
export type IdentitiesRemoveMfaInput = PathParams<operations["removeIdentityMfa"]>;

/** Input of `identities.update` (operation `updateIdentity`). */
export type IdentitiesUpdateInput = PathParams<operations["updateIdentity"]> & RequestBodyOf<operations["updateIdentity"], "application/json">;

/** Input of `identities.updateTracing` (operation `updateIdentityTracing`). */
export type IdentitiesUpdateTracingInput = PathParams<operations["updateIdentityTracing"]> & RequestBodyOf<operations["updateIdentityTracing"], "application/json">;

/** Input of `informational.getSpec` (operation `detailSpec`). */
export type InformationalGetSpecInput = PathParams<operations["detailSpec"]>;

/** Input of `informational.getSpecBody` (operation `detailSpecBody`). */
export type InformationalGetSpecBodyInput = PathParams<operations["detailSpecBody"]>;

/** Input of `informational.listEnumeratedCapabilities` (operation `listEnumeratedCapabilities`). */
export type InformationalListEnumeratedCapabilitiesInput = Record<string, never>;

/** Input of `informational.listRoot` (operation `listRoot`). */
export type InformationalListRootInput = Record<string, never>;

/** Input of `informational.listSpecs` (operation `listSpecs`). */
export type InformationalListSpecsInput = Record<string, never>;

/** Input of `informational.listSummary` (operation `listSummary`). */
export type InformationalListSummaryInput = Record<string, never>;

/** Input of `informational.listVersion` (operation `listVersion`). */
export type InformationalListVersionInput = Record<string, never>;

/** Input of `postureChecks.create` (operation `createPostureCheck`). */
export type PostureChecksCreateInput = RequestBodyOf<operations["createPostureCheck"], "application/json">;

/** Input of `postureChecks.delete` (operation `deletePostureCheck`). */
export type PostureChecksDeleteInput = PathParams<operations["deletePostureCheck"]>;

/** Input of `postureChecks.get` (operation `detailPostureCheck`). */
export type PostureChecksGetInput = PathParams<operations["detailPostureCheck"]>;

/** Input of `postureChecks.getType` (operation `detailPostureCheckType`). */
export type PostureChecksGetTypeInput = PathParams<operations["detailPostureCheckType"]>;

/** Input of `postureChecks.list` (operation `listPostureChecks`). */
export type PostureChecksListInput = Omit<QueryParams<operations["listPostureChecks"]>, "limit" | "offset">;

/** Input of `postureChecks.listRoleAttributes` (operation `listPostureCheckRoleAttributes`). */
export type PostureChecksListRoleAttributesInput = Omit<QueryParams<operations["listPostureCheckRoleAttributes"]>, "limit" | "offset">;

/** Input of `postureChecks.listTypes` (operation `listPostureCheckTypes`). */
export type PostureChecksListTypesInput = Omit<QueryParams<operations["listPostureCheckTypes"]>, "limit" | "offset">;

/** Input of `postureChecks.patch` (operation `patchPostureCheck`). */
export type PostureChecksPatchInput = PathParams<operations["patchPostureCheck"]> & RequestBodyOf<operations["patchPostureCheck"], "application/json">;

/** Input of `postureChecks.update` (operation `updatePostureCheck`). */
export type PostureChecksUpdateInput = PathParams<operations["updatePostureCheck"]> & RequestBodyOf<operations["updatePostureCheck"], "application/json">;

/** Input of `revocations.create` (operation `createRevocation`). */
export type RevocationsCreateInput = RequestBodyOf<operations["createRevocation"], "application/json">;

/** Input of `revocations.get` (operation `detailRevocation`). */
export type RevocationsGetInput = PathParams<operations["detailRevocation"]>;

/** Input of `revocations.list` (operation `listRevocations`). */
export type RevocationsListInput = Omit<QueryParams<operations["listRevocations"]>, "limit" | "offset">;

/** Input of `routers.create` (operation `createRouter`). */
export type RoutersCreateInput = RequestBodyOf<operations["createRouter"], "application/json">;

/** Input of `routers.createTransit` (operation `createTransitRouter`). */
export type RoutersCreateTransitInput = RequestBodyOf<operations["createTransitRouter"], "application/json">;

/** Input of `routers.delete` (operation `deleteRouter`). */
export type RoutersDeleteInput = PathParams<operations["deleteRouter"]>;

/** Input of `routers.deleteTransit` (operation `deleteTransitRouter`). */
export type RoutersDeleteTransitInput = PathParams<operations["deleteTransitRouter"]>;

/** Input of `routers.get` (operation `detailRouter`). */
export type RoutersGetInput = PathParams<operations["detailRouter"]>;

/** Input of `routers.getTransit` (operation `detailTransitRouter`). */
export type RoutersGetTransitInput = PathParams<operations["detailTransitRouter"]>;

/** Input of `routers.list` (operation `listRouters`). */
export type RoutersListInput = Omit<QueryParams<operations["listRouters"]>, "limit" | "offset">;

/** Input of `routers.listTransit` (operation `listTransitRouters`). */
export type RoutersListTransitInput = Omit<QueryParams<operations["listTransitRouters"]>, "limit" | "offset">;

/** Input of `routers.patch` (operation `patchRouter`). */
export type RoutersPatchInput = PathParams<operations["patchRouter"]> & RequestBodyOf<operations["patchRouter"], "application/json">;

/** Input of `routers.patchTransit` (operation `patchTransitRouter`). */
export type RoutersPatchTransitInput = PathParams<operations["patchTransitRouter"]> & RequestBodyOf<operations["patchTransitRouter"], "application/json">;

/** Input of `routers.update` (operation `updateRouter`). */
export type RoutersUpdateInput = PathParams<operations["updateRouter"]> & RequestBodyOf<operations["updateRouter"], "application/json">;

/** Input of `routers.updateTransit` (operation `updateTransitRouter`). */
export type RoutersUpdateTransitInput = PathParams<operations["updateTransitRouter"]> & RequestBodyOf<operations["updateTransitRouter"], "application/json">;

/** Input of `serviceEdgeRouterPolicies.create` (operation `createServiceEdgeRouterPolicy`). */
export type ServiceEdgeRouterPoliciesCreateInput = RequestBodyOf<operations["createServiceEdgeRouterPolicy"], "application/json">;

/** Input of `serviceEdgeRouterPolicies.delete` (operation `deleteServiceEdgeRouterPolicy`). */
export type ServiceEdgeRouterPoliciesDeleteInput = PathParams<operations["deleteServiceEdgeRouterPolicy"]>;

/** Input of `serviceEdgeRouterPolicies.get` (operation `detailServiceEdgeRouterPolicy`). */
export type ServiceEdgeRouterPoliciesGetInput = PathParams<operations["detailServiceEdgeRouterPolicy"]>;

/** Input of `serviceEdgeRouterPolicies.list` (operation `listServiceEdgeRouterPolicies`). */
export type ServiceEdgeRouterPoliciesListInput = Omit<QueryParams<operations["listServiceEdgeRouterPolicies"]>, "limit" | "offset">;

/** Input of `serviceEdgeRouterPolicies.listEdgeRouters` (operation `listServiceEdgeRouterPolicyEdgeRouters`). */
export type ServiceEdgeRouterPoliciesListEdgeRoutersInput = PathParams<operations["listServiceEdgeRouterPolicyEdgeRouters"]> & Omit<QueryParams<operations["listServiceEdgeRouterPolicyEdgeRouters"]>, "limit" | "offset">;

/** Input of `serviceEdgeRouterPolicies.listServices` (operation `listServiceEdgeRouterPolicyServices`). */
export type ServiceEdgeRouterPoliciesListServicesInput = PathParams<operations["listServiceEdgeRouterPolicyServices"]> & Omit<QueryParams<operations["listServiceEdgeRouterPolicyServices"]>, "limit" | "offset">;

/** Input of `serviceEdgeRouterPolicies.patch` (operation `patchServiceEdgeRouterPolicy`). */
export type ServiceEdgeRouterPoliciesPatchInput = PathParams<operations["patchServiceEdgeRouterPolicy"]> & RequestBodyOf<operations["patchServiceEdgeRouterPolicy"], "application/json">;

/** Input of `serviceEdgeRouterPolicies.update` (operation `updateServiceEdgeRouterPolicy`). */
export type ServiceEdgeRouterPoliciesUpdateInput = PathParams<operations["updateServiceEdgeRouterPolicy"]> & RequestBodyOf<operations["updateServiceEdgeRouterPolicy"], "application/json">;

/** Input of `servicePolicies.create` (operation `createServicePolicy`). */
export type ServicePoliciesCreateInput = RequestBodyOf<operations["createServicePolicy"], "application/json">;

/** Input of `servicePolicies.delete` (operation `deleteServicePolicy`). */
export type ServicePoliciesDeleteInput = PathParams<operations["deleteServicePolicy"]>;

/** Input of `servicePolicies.get` (operation `detailServicePolicy`). */
export type ServicePoliciesGetInput = PathParams<operations["detailServicePolicy"]>;

/** Input of `servicePolicies.list` (operation `listServicePolicies`). */
export type ServicePoliciesListInput = Omit<QueryParams<operations["listServicePolicies"]>, "limit" | "offset">;

/** Input of `servicePolicies.listIdentities` (operation `listServicePolicyIdentities`). */
export type ServicePoliciesListIdentitiesInput = PathParams<operations["listServicePolicyIdentities"]> & Omit<QueryParams<operations["listServicePolicyIdentities"]>, "limit" | "offset">;

/** Input of `servicePolicies.listPostureChecks` (operation `listServicePolicyPostureChecks`). */
export type ServicePoliciesListPostureChecksInput = PathParams<operations["listServicePolicyPostureChecks"]> & Omit<QueryParams<operations["listServicePolicyPostureChecks"]>, "limit" | "offset">;

/** Input of `servicePolicies.listServices` (operation `listServicePolicyServices`). */
export type ServicePoliciesListServicesInput = PathParams<operations["listServicePolicyServices"]> & Omit<QueryParams<operations["listServicePolicyServices"]>, "limit" | "offset">;

/** Input of `servicePolicies.patch` (operation `patchServicePolicy`). */
export type ServicePoliciesPatchInput = PathParams<operations["patchServicePolicy"]> & RequestBodyOf<operations["patchServicePolicy"], "application/json">;

/** Input of `servicePolicies.update` (operation `updateServicePolicy`). */
export type ServicePoliciesUpdateInput = PathParams<operations["updateServicePolicy"]> & RequestBodyOf<operations["updateServicePolicy"], "application/json">;

/** Input of `services.create` (operation `createService`). */
export type ServicesCreateInput = RequestBodyOf<operations["createService"], "application/json">;

/** Input of `services.delete` (operation `deleteService`). */
export type ServicesDeleteInput = PathParams<operations["deleteService"]>;

/** Input of `services.get` (operation `detailService`). */
export type ServicesGetInput = PathParams<operations["detailService"]>;

/** Input of `services.list` (operation `listServices`). */
export type ServicesListInput = Omit<QueryParams<operations["listServices"]>, "limit" | "offset">;

/** Input of `services.listConfig` (operation `listServiceConfig`). */
export type ServicesListConfigInput = PathParams<operations["listServiceConfig"]> & Omit<QueryParams<operations["listServiceConfig"]>, "limit" | "offset">;

/** Input of `services.listEdgeRouters` (operation `listServiceEdgeRouters`). */
export type ServicesListEdgeRoutersInput = PathParams<operations["listServiceEdgeRouters"]> & Omit<QueryParams<operations["listServiceEdgeRouters"]>, "limit" | "offset">;

/** Input of `services.listIdentities` (operation `listServiceIdentities`). */
export type ServicesListIdentitiesInput = PathParams<operations["listServiceIdentities"]> & Omit<QueryParams<operations["listServiceIdentities"]>, "limit" | "offset">;

/** Input of `services.listRoleAttributes` (operation `listServiceRoleAttributes`). */
export type ServicesListRoleAttributesInput = Omit<QueryParams<operations["listServiceRoleAttributes"]>, "limit" | "offset">;

/** Input of `services.listServiceEdgeRouterPolicies` (operation `listServiceServiceEdgeRouterPolicies`). */
export type ServicesListServiceEdgeRouterPoliciesInput = PathParams<operations["listServiceServiceEdgeRouterPolicies"]> & Omit<QueryParams<operations["listServiceServiceEdgeRouterPolicies"]>, "limit" | "offset">;

/** Input of `services.listServicePolicies` (operation `listServiceServicePolicies`). */
export type ServicesListServicePoliciesInput = PathParams<operations["listServiceServicePolicies"]> & Omit<QueryParams<operations["listServiceServicePolicies"]>, "limit" | "offset">;

/** Input of `services.listTerminators` (operation `listServiceTerminators`). */
export type ServicesListTerminatorsInput = PathParams<operations["listServiceTerminators"]> & Omit<QueryParams<operations["listServiceTerminators"]>, "limit" | "offset">;

/** Input of `services.patch` (operation `patchService`). */
export type ServicesPatchInput = PathParams<operations["patchService"]> & RequestBodyOf<operations["patchService"], "application/json">;

/** Input of `services.update` (operation `updateService`). */
export type ServicesUpdateInput = PathParams<operations["updateService"]> & RequestBodyOf<operations["updateService"], "application/json">;

/** Input of `sessions.delete` (operation `deleteSession`). */
export type SessionsDeleteInput = PathParams<operations["deleteSession"]>;

/** Input of `sessions.get` (operation `detailSession`). */
export type SessionsGetInput = PathParams<operations["detailSession"]>;

/** Input of `sessions.getRoutePath` (operation `detailSessionRoutePath`). */
export type SessionsGetRoutePathInput = PathParams<operations["detailSessionRoutePath"]>;

/** Input of `sessions.list` (operation `listSessions`). */
export type SessionsListInput = Omit<QueryParams<operations["listSessions"]>, "limit" | "offset">;

/** Input of `settings.create` (operation `createControllerSetting`). */
export type SettingsCreateInput = RequestBodyOf<operations["createControllerSetting"], "application/json">;

/** Input of `settings.delete` (operation `deleteControllerSetting`). */
export type SettingsDeleteInput = PathParams<operations["deleteControllerSetting"]>;

/** Input of `settings.get` (operation `detailControllerSetting`). */
export type SettingsGetInput = PathParams<operations["detailControllerSetting"]>;

/** Input of `settings.getEffective` (operation `detailControllerSettingEffective`). */
export type SettingsGetEffectiveInput = PathParams<operations["detailControllerSettingEffective"]>;

/** Input of `settings.list` (operation `listControllerSettings`). */
export type SettingsListInput = Omit<QueryParams<operations["listControllerSettings"]>, "limit" | "offset">;

/** Input of `settings.patch` (operation `patchControllerSetting`). */
export type SettingsPatchInput = PathParams<operations["patchControllerSetting"]> & RequestBodyOf<operations["patchControllerSetting"], "application/json">;

/** Input of `settings.update` (operation `updateControllerSetting`). */
export type SettingsUpdateInput = PathParams<operations["updateControllerSetting"]> & RequestBodyOf<operations["updateControllerSetting"], "application/json">;

/** Input of `terminators.create` (operation `createTerminator`). */
export type TerminatorsCreateInput = RequestBodyOf<operations["createTerminator"], "application/json">;

/** Input of `terminators.delete` (operation `deleteTerminator`). */
export type TerminatorsDeleteInput = PathParams<operations["deleteTerminator"]>;

/** Input of `terminators.get` (operation `detailTerminator`). */
export type TerminatorsGetInput = PathParams<operations["detailTerminator"]>;

/** Input of `terminators.list` (operation `listTerminators`). */
export type TerminatorsListInput = Omit<QueryParams<operations["listTerminators"]>, "limit" | "offset">;

/** Input of `terminators.patch` (operation `patchTerminator`). */
export type TerminatorsPatchInput = PathParams<operations["patchTerminator"]> & RequestBodyOf<operations["patchTerminator"], "application/json">;

/** Input of `terminators.update` (operation `updateTerminator`). */
export type TerminatorsUpdateInput = PathParams<operations["updateTerminator"]> & RequestBodyOf<operations["updateTerminator"], "application/json">;

/** API sessions opened by logins; administrators can list and end them. */
export class ApiSessionsResource extends Resource {
  /**
   * End (delete) an API session
   *
   * Accepts only the `zt-session` scheme.
   *
   * Operation `deleteAPISessions` (`DELETE /api-sessions/{id}`).
   */
  delete(input: ApiSessionsDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteAPISessions"], "data">> {
    return this.send("deleteAPISessions", input, options);
  }

  /**
   * Get an API session
   *
   * Operation `detailAPISessions` (`GET /api-sessions/{id}`).
   */
  get(input: ApiSessionsGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailAPISessions"], "data">> {
    return this.send("detailAPISessions", input, options);
  }

  /**
   * List API sessions
   *
   * Operation `listAPISessions` (`GET /api-sessions`).
   */
  list(input: ApiSessionsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAPISessions"], "data">> {
    return this.page("listAPISessions", input, options);
  }
}

/** Rules for which primary and secondary authentication an identity must use. */
export class AuthPoliciesResource extends Resource {
  /**
   * Create an authentication policy
   *
   * Operation `createAuthPolicy` (`POST /auth-policies`).
   */
  create(input: AuthPoliciesCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createAuthPolicy"], "data">> {
    return this.send("createAuthPolicy", input, options);
  }

  /**
   * Delete an authentication policy
   *
   * Operation `deleteAuthPolicy` (`DELETE /auth-policies/{id}`).
   */
  delete(input: AuthPoliciesDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteAuthPolicy"], "data">> {
    return this.send("deleteAuthPolicy", input, options);
  }

  /**
   * Get an authentication policy
   *
   * Operation `detailAuthPolicy` (`GET /auth-policies/{id}`).
   */
  get(input: AuthPoliciesGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailAuthPolicy"], "data">> {
    return this.send("detailAuthPolicy", input, options);
  }

  /**
   * List authentication policies
   *
   * Operation `listAuthPolicies` (`GET /auth-policies`).
   */
  list(input: AuthPoliciesListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAuthPolicies"], "data">> {
    return this.page("listAuthPolicies", input, options);
  }

  /**
   * Update fields of an authentication policy
   *
   * Operation `patchAuthPolicy` (`PATCH /auth-policies/{id}`).
   */
  patch(input: AuthPoliciesPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchAuthPolicy"], "data">> {
    return this.send("patchAuthPolicy", input, options);
  }

  /**
   * Replace an authentication policy
   *
   * Operation `updateAuthPolicy` (`PUT /auth-policies/{id}`).
   */
  update(input: AuthPoliciesUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateAuthPolicy"], "data">> {
    return this.send("updateAuthPolicy", input, options);
  }
}

/** Logging in and completing MFA. */
export class AuthenticationResource extends Resource {
  /**
   * Log in and open an API session
   *
   * Opens an API session. `method=password` takes `username` and `password` in the body; `method=cert` uses the TLS client certificate of the connection and needs no body; `method=ext-jwt` uses a JWT from an external signer sent as `Authorization: Bearer`. The returned `data.token` is sent as the `zt-session` header on later calls; `data.expiresAt`/`data.expirationSeconds` give its lifetime. When `data.authQueries` is not empty the session still needs MFA (`POST /authenticate/mfa`).
   *
   * Operation `authenticate` (`POST /authenticate`).
   */
  authenticate(input: AuthenticationAuthenticateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["authenticate"], "data">> {
    return this.send("authenticate", input, options);
  }

  /**
   * Finish a login by submitting an MFA code
   *
   * Submits a TOTP code or a recovery code for an API session that still has an MFA query open.
   *
   * Operation `authenticateMfa` (`POST /authenticate/mfa`).
   */
  authenticateMfa(input: AuthenticationAuthenticateMfaInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["authenticateMfa"], "data">> {
    return this.send("authenticateMfa", input, options);
  }
}

/** Password and certificate credentials bound to identities. */
export class AuthenticatorsResource extends Resource {
  /**
   * Create an authenticator
   *
   * Operation `createAuthenticator` (`POST /authenticators`).
   */
  create(input: AuthenticatorsCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createAuthenticator"], "data">> {
    return this.send("createAuthenticator", input, options);
  }

  /**
   * Delete an authenticator
   *
   * Operation `deleteAuthenticator` (`DELETE /authenticators/{id}`).
   */
  delete(input: AuthenticatorsDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteAuthenticator"], "data">> {
    return this.send("deleteAuthenticator", input, options);
  }

  /**
   * Get an authenticator
   *
   * Operation `detailAuthenticator` (`GET /authenticators/{id}`).
   */
  get(input: AuthenticatorsGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailAuthenticator"], "data">> {
    return this.send("detailAuthenticator", input, options);
  }

  /**
   * List authenticators
   *
   * Operation `listAuthenticators` (`GET /authenticators`).
   */
  list(input: AuthenticatorsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAuthenticators"], "data">> {
    return this.page("listAuthenticators", input, options);
  }

  /**
   * Update fields of an authenticator
   *
   * Operation `patchAuthenticator` (`PATCH /authenticators/{id}`).
   */
  patch(input: AuthenticatorsPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchAuthenticator"], "data">> {
    return this.send("patchAuthenticator", input, options);
  }

  /**
   * Turn an authenticator back into a pending enrollment
   *
   * Operation `reEnrollAuthenticator` (`POST /authenticators/{id}/re-enroll`).
   */
  reEnroll(input: AuthenticatorsReEnrollInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["reEnrollAuthenticator"], "data">> {
    return this.send("reEnrollAuthenticator", input, options);
  }

  /**
   * Ask a certificate authenticator to renew (and optionally re-key) at its next login
   *
   * Operation `requestExtendAuthenticator` (`POST /authenticators/{id}/request-extend`).
   */
  requestExtend(input: AuthenticatorsRequestExtendInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["requestExtendAuthenticator"], "data">> {
    return this.send("requestExtendAuthenticator", input, options);
  }

  /**
   * Replace an authenticator
   *
   * Operation `updateAuthenticator` (`PUT /authenticators/{id}`).
   */
  update(input: AuthenticatorsUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateAuthenticator"], "data">> {
    return this.send("updateAuthenticator", input, options);
  }
}

/** Third-party CAs trusted for enrollment and certificate login. */
export class CasResource extends Resource {
  /**
   * Create a certificate authority
   *
   * Operation `createCa` (`POST /cas`).
   */
  create(input: CasCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createCa"], "data">> {
    return this.send("createCa", input, options);
  }

  /**
   * Delete a certificate authority
   *
   * Operation `deleteCa` (`DELETE /cas/{id}`).
   */
  delete(input: CasDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteCa"], "data">> {
    return this.send("deleteCa", input, options);
  }

  /**
   * Get a certificate authority
   *
   * Operation `detailCa` (`GET /cas/{id}`).
   */
  get(input: CasGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailCa"], "data">> {
    return this.send("detailCa", input, options);
  }

  /**
   * Download the enrollment JWT of a certificate authority
   *
   * Returns the JWT as plain text (`application/jwt`), for auto-CA / OTT-CA enrollment.
   *
   * Operation `getCaJwt` (`GET /cas/{id}/jwt`).
   */
  getJwt(input: CasGetJwtInput, options?: CallOptions): ApiPromise<string> {
    return this.send("getCaJwt", input, options);
  }

  /**
   * List certificate authorities
   *
   * Operation `listCas` (`GET /cas`).
   */
  list(input: CasListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listCas"], "data">> {
    return this.page("listCas", input, options);
  }

  /**
   * Download the controller's CA bundle (EST cacerts)
   *
   * Served at the controller root (`/.well-known/est/cacerts`), not under `/edge/management/v1`. The body is a base64-encoded PKCS#7 bundle of the CA certificates a client should trust.
   *
   * Operation `listWellKnownCas` (`GET /.well-known/est/cacerts`).
   */
  listWellKnown(input: CasListWellKnownInput = {}, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("listWellKnownCas", input, options);
  }

  /**
   * Update fields of a certificate authority
   *
   * Operation `patchCa` (`PATCH /cas/{id}`).
   */
  patch(input: CasPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchCa"], "data">> {
    return this.send("patchCa", input, options);
  }

  /**
   * Replace a certificate authority
   *
   * Operation `updateCa` (`PUT /cas/{id}`).
   */
  update(input: CasUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateCa"], "data">> {
    return this.send("updateCa", input, options);
  }

  /**
   * Prove control of a certificate authority with a signed certificate
   *
   * The body is a PEM certificate signed by the CA whose common name equals the CA's `verificationToken`. A CA must be verified before it can be used for enrollment or authentication.
   *
   * Operation `verifyCa` (`POST /cas/{id}/verify`).
   */
  verify(input: CasVerifyInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["verifyCa"], "data">> {
    return this.send("verifyCa", input, options);
  }
}

/** Config types (JSON schemas) and configs attached to services and identities. */
export class ConfigsResource extends Resource {
  /**
   * Create a config
   *
   * Operation `createConfig` (`POST /configs`).
   */
  create(input: ConfigsCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createConfig"], "data">> {
    return this.send("createConfig", input, options);
  }

  /**
   * Create a config type
   *
   * Operation `createConfigType` (`POST /config-types`).
   */
  createType(input: ConfigsCreateTypeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createConfigType"], "data">> {
    return this.send("createConfigType", input, options);
  }

  /**
   * Delete a config
   *
   * Operation `deleteConfig` (`DELETE /configs/{id}`).
   */
  delete(input: ConfigsDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteConfig"], "data">> {
    return this.send("deleteConfig", input, options);
  }

  /**
   * Delete a config type
   *
   * Operation `deleteConfigType` (`DELETE /config-types/{id}`).
   */
  deleteType(input: ConfigsDeleteTypeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteConfigType"], "data">> {
    return this.send("deleteConfigType", input, options);
  }

  /**
   * Get a config
   *
   * Operation `detailConfig` (`GET /configs/{id}`).
   */
  get(input: ConfigsGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailConfig"], "data">> {
    return this.send("detailConfig", input, options);
  }

  /**
   * Get a config type
   *
   * Operation `detailConfigType` (`GET /config-types/{id}`).
   */
  getType(input: ConfigsGetTypeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailConfigType"], "data">> {
    return this.send("detailConfigType", input, options);
  }

  /**
   * List configs
   *
   * Operation `listConfigs` (`GET /configs`).
   */
  list(input: ConfigsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listConfigs"], "data">> {
    return this.page("listConfigs", input, options);
  }

  /**
   * List the configs of a config type
   *
   * Operation `listConfigsForConfigType` (`GET /config-types/{id}/configs`).
   */
  listConfigsForType(input: ConfigsListConfigsForTypeInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listConfigsForConfigType"], "data">> {
    return this.page("listConfigsForConfigType", input, options);
  }

  /**
   * List the services that use a config
   *
   * Operation `listConfigServices` (`GET /configs/{id}/services`).
   */
  listServices(input: ConfigsListServicesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listConfigServices"], "data">> {
    return this.page("listConfigServices", input, options);
  }

  /**
   * List config types
   *
   * Operation `listConfigTypes` (`GET /config-types`).
   */
  listTypes(input: ConfigsListTypesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listConfigTypes"], "data">> {
    return this.page("listConfigTypes", input, options);
  }

  /**
   * Update fields of a config
   *
   * Operation `patchConfig` (`PATCH /configs/{id}`).
   */
  patch(input: ConfigsPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchConfig"], "data">> {
    return this.send("patchConfig", input, options);
  }

  /**
   * Update fields of a config type
   *
   * Operation `patchConfigType` (`PATCH /config-types/{id}`).
   */
  patchType(input: ConfigsPatchTypeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchConfigType"], "data">> {
    return this.send("patchConfigType", input, options);
  }

  /**
   * Replace a config
   *
   * Operation `updateConfig` (`PUT /configs/{id}`).
   */
  update(input: ConfigsUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateConfig"], "data">> {
    return this.send("updateConfig", input, options);
  }

  /**
   * Replace a config type
   *
   * Operation `updateConfigType` (`PUT /config-types/{id}`).
   */
  updateType(input: ConfigsUpdateTypeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateConfigType"], "data">> {
    return this.send("updateConfigType", input, options);
  }
}

/** Controllers in the (possibly clustered) network. */
export class ControllersResource extends Resource {
  /**
   * List controllers
   *
   * Operation `listControllers` (`GET /controllers`).
   */
  list(input: ControllersListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listControllers"], "data">> {
    return this.page("listControllers", input, options);
  }
}

/** The caller's own API session and authenticators. */
export class CurrentApiSessionResource extends Resource {
  /**
   * Exchange a TOTP code for a token that proves a recent MFA check
   *
   * The token is presented to posture checks that require a recent MFA check.
   *
   * Operation `createTotpToken` (`POST /current-api-session/totp-token`).
   */
  createTotpToken(input: CurrentApiSessionCreateTotpTokenInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createTotpToken"], "data">> {
    return this.send("createTotpToken", input, options);
  }

  /**
   * Log out (end the current API session)
   *
   * Ends the API session whose token made this request.
   *
   * Operation `deleteCurrentApiSession` (`DELETE /current-api-session`).
   */
  delete(input: CurrentApiSessionDeleteInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteCurrentApiSession"], "data">> {
    return this.send("deleteCurrentApiSession", input, options);
  }

  /**
   * Get the API session used by this request
   *
   * Operation `getCurrentAPISession` (`GET /current-api-session`).
   */
  get(input: CurrentApiSessionGetInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["getCurrentAPISession"], "data">> {
    return this.send("getCurrentAPISession", input, options);
  }
}

/** The caller's own identity and MFA enrollment. */
export class CurrentIdentityResource extends Resource {
  /**
   * Replace the caller's MFA recovery codes with new ones
   *
   * All earlier recovery codes stop working.
   *
   * Operation `createMfaRecoveryCodes` (`POST /current-identity/mfa/recovery-codes`).
   */
  createMfaRecoveryCodes(input: CurrentIdentityCreateMfaRecoveryCodesInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createMfaRecoveryCodes"], "data">> {
    return this.send("createMfaRecoveryCodes", input, options);
  }

  /**
   * Turn off MFA for the caller
   *
   * Needs a current TOTP code in the `mfa-validation-code` header once enrollment is complete.
   *
   * Operation `deleteMfa` (`DELETE /current-identity/mfa`).
   */
  deleteMfa(input: CurrentIdentityDeleteMfaInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteMfa"], "data">> {
    return this.send("deleteMfa", input, options);
  }

  /**
   * Start MFA (TOTP) enrollment for the caller
   *
   * Operation `enrollMfa` (`POST /current-identity/mfa`).
   */
  enrollMfa(input: CurrentIdentityEnrollMfaInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["enrollMfa"], "data">> {
    return this.send("enrollMfa", input, options);
  }

  /**
   * Renew the caller's client certificate from a CSR
   *
   * Only for certificates the controller issued. The answer holds the new client certificate, which must then be confirmed with `extend-verify`; until then the old certificate stays valid.
   *
   * Operation `extendCurrentIdentityAuthenticator` (`POST /current-identity/authenticators/{id}/extend`).
   */
  extendAuthenticator(input: CurrentIdentityExtendAuthenticatorInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["extendCurrentIdentityAuthenticator"], "data">> {
    return this.send("extendCurrentIdentityAuthenticator", input, options);
  }

  /**
   * Confirm receipt of a renewed client certificate
   *
   * After this call new connections must use the new certificate.
   *
   * Operation `extendVerifyCurrentIdentityAuthenticator` (`POST /current-identity/authenticators/{id}/extend-verify`).
   */
  extendVerifyAuthenticator(input: CurrentIdentityExtendVerifyAuthenticatorInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["extendVerifyCurrentIdentityAuthenticator"], "data">> {
    return this.send("extendVerifyCurrentIdentityAuthenticator", input, options);
  }

  /**
   * Get the identity behind the current API session
   *
   * Operation `getCurrentIdentity` (`GET /current-identity`).
   */
  get(input: CurrentIdentityGetInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["getCurrentIdentity"], "data">> {
    return this.send("getCurrentIdentity", input, options);
  }

  /**
   * Get one of the caller's own authenticators
   *
   * Operation `detailCurrentIdentityAuthenticator` (`GET /current-identity/authenticators/{id}`).
   */
  getAuthenticator(input: CurrentIdentityGetAuthenticatorInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailCurrentIdentityAuthenticator"], "data">> {
    return this.send("detailCurrentIdentityAuthenticator", input, options);
  }

  /**
   * Get the caller's MFA enrollment state
   *
   * Operation `detailMfa` (`GET /current-identity/mfa`).
   */
  getMfa(input: CurrentIdentityGetMfaInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailMfa"], "data">> {
    return this.send("detailMfa", input, options);
  }

  /**
   * Get the QR code image of a pending MFA enrollment
   *
   * PNG image encoding the provisioning URL; only while the enrollment is not yet verified.
   *
   * Operation `detailMfaQrCode` (`GET /current-identity/mfa/qr-code`).
   */
  getMfaQrCode(input: CurrentIdentityGetMfaQrCodeInput = {}, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("detailMfaQrCode", input, options);
  }

  /**
   * Show the caller's MFA recovery codes
   *
   * Needs a current TOTP code in the `mfa-validation-code` header.
   *
   * Operation `detailMfaRecoveryCodes` (`GET /current-identity/mfa/recovery-codes`).
   */
  getMfaRecoveryCodes(input: CurrentIdentityGetMfaRecoveryCodesInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailMfaRecoveryCodes"], "data">> {
    return this.send("detailMfaRecoveryCodes", input, options);
  }

  /**
   * List the caller's own authenticators
   *
   * Operation `listCurrentIdentityAuthenticators` (`GET /current-identity/authenticators`).
   */
  listAuthenticators(input: CurrentIdentityListAuthenticatorsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listCurrentIdentityAuthenticators"], "data">> {
    return this.page("listCurrentIdentityAuthenticators", input, options);
  }

  /**
   * Update fields of the caller's own password authenticator
   *
   * Operation `patchCurrentIdentityAuthenticator` (`PATCH /current-identity/authenticators/{id}`).
   */
  patchAuthenticator(input: CurrentIdentityPatchAuthenticatorInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchCurrentIdentityAuthenticator"], "data">> {
    return this.send("patchCurrentIdentityAuthenticator", input, options);
  }

  /**
   * Replace the caller's own password authenticator
   *
   * Operation `updateCurrentIdentityAuthenticator` (`PUT /current-identity/authenticators/{id}`).
   */
  updateAuthenticator(input: CurrentIdentityUpdateAuthenticatorInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateCurrentIdentityAuthenticator"], "data">> {
    return this.send("updateCurrentIdentityAuthenticator", input, options);
  }

  /**
   * Finish MFA enrollment with a TOTP code
   *
   * Operation `verifyMfa` (`POST /current-identity/mfa/verify`).
   */
  verifyMfa(input: CurrentIdentityVerifyMfaInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["verifyMfa"], "data">> {
    return this.send("verifyMfa", input, options);
  }
}

/** Datastore snapshots and integrity checks. */
export class DatabaseResource extends Resource {
  /**
   * Start a datastore integrity check
   *
   * Runs in the background; poll `GET /database/data-integrity-results` until `inProgress` is false.
   *
   * Operation `checkDataIntegrity` (`POST /database/check-data-integrity`).
   */
  checkDataIntegrity(input: DatabaseCheckDataIntegrityInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["checkDataIntegrity"], "data">> {
    return this.send("checkDataIntegrity", input, options);
  }

  /**
   * Write a snapshot of the controller datastore
   *
   * Operation `createDatabaseSnapshot` (`POST /database/snapshot`).
   */
  createSnapshot(input: DatabaseCreateSnapshotInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createDatabaseSnapshot"], "data">> {
    return this.send("createDatabaseSnapshot", input, options);
  }

  /**
   * Get the state and findings of the datastore integrity check
   *
   * Operation `dataIntegrityResults` (`GET /database/data-integrity-results`).
   */
  dataIntegrityResults(input: DatabaseDataIntegrityResultsInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["dataIntegrityResults"], "data">> {
    return this.send("dataIntegrityResults", input, options);
  }

  /**
   * Start a datastore integrity check that also repairs what it can
   *
   * Runs in the background; poll `GET /database/data-integrity-results` until `inProgress` is false.
   *
   * Operation `fixDataIntegrity` (`POST /database/fix-data-integrity`).
   */
  fixDataIntegrity(input: DatabaseFixDataIntegrityInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["fixDataIntegrity"], "data">> {
    return this.send("fixDataIntegrity", input, options);
  }
}

/** Policies that decide which identities may use which edge routers. */
export class EdgeRouterPoliciesResource extends Resource {
  /**
   * Create an edge router policy
   *
   * Operation `createEdgeRouterPolicy` (`POST /edge-router-policies`).
   */
  create(input: EdgeRouterPoliciesCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createEdgeRouterPolicy"], "data">> {
    return this.send("createEdgeRouterPolicy", input, options);
  }

  /**
   * Delete an edge router policy
   *
   * Operation `deleteEdgeRouterPolicy` (`DELETE /edge-router-policies/{id}`).
   */
  delete(input: EdgeRouterPoliciesDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteEdgeRouterPolicy"], "data">> {
    return this.send("deleteEdgeRouterPolicy", input, options);
  }

  /**
   * Get an edge router policy
   *
   * Operation `detailEdgeRouterPolicy` (`GET /edge-router-policies/{id}`).
   */
  get(input: EdgeRouterPoliciesGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailEdgeRouterPolicy"], "data">> {
    return this.send("detailEdgeRouterPolicy", input, options);
  }

  /**
   * List edge router policies
   *
   * Operation `listEdgeRouterPolicies` (`GET /edge-router-policies`).
   */
  list(input: EdgeRouterPoliciesListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouterPolicies"], "data">> {
    return this.page("listEdgeRouterPolicies", input, options);
  }

  /**
   * List the edge routers an edge router policy selects
   *
   * Operation `listEdgeRouterPolicyEdgeRouters` (`GET /edge-router-policies/{id}/edge-routers`).
   */
  listEdgeRouters(input: EdgeRouterPoliciesListEdgeRoutersInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouterPolicyEdgeRouters"], "data">> {
    return this.page("listEdgeRouterPolicyEdgeRouters", input, options);
  }

  /**
   * List the identities an edge router policy selects
   *
   * Operation `listEdgeRouterPolicyIdentities` (`GET /edge-router-policies/{id}/identities`).
   */
  listIdentities(input: EdgeRouterPoliciesListIdentitiesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouterPolicyIdentities"], "data">> {
    return this.page("listEdgeRouterPolicyIdentities", input, options);
  }

  /**
   * Update fields of an edge router policy
   *
   * Operation `patchEdgeRouterPolicy` (`PATCH /edge-router-policies/{id}`).
   */
  patch(input: EdgeRouterPoliciesPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchEdgeRouterPolicy"], "data">> {
    return this.send("patchEdgeRouterPolicy", input, options);
  }

  /**
   * Replace an edge router policy
   *
   * Operation `updateEdgeRouterPolicy` (`PUT /edge-router-policies/{id}`).
   */
  update(input: EdgeRouterPoliciesUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateEdgeRouterPolicy"], "data">> {
    return this.send("updateEdgeRouterPolicy", input, options);
  }
}

/** Edge routers that identities connect to. */
export class EdgeRoutersResource extends Resource {
  /**
   * Create an edge router
   *
   * Operation `createEdgeRouter` (`POST /edge-routers`).
   */
  create(input: EdgeRoutersCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createEdgeRouter"], "data">> {
    return this.send("createEdgeRouter", input, options);
  }

  /**
   * Delete an edge router
   *
   * Operation `deleteEdgeRouter` (`DELETE /edge-routers/{id}`).
   */
  delete(input: EdgeRoutersDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteEdgeRouter"], "data">> {
    return this.send("deleteEdgeRouter", input, options);
  }

  /**
   * Get an edge router
   *
   * Operation `detailEdgeRouter` (`GET /edge-routers/{id}`).
   */
  get(input: EdgeRoutersGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailEdgeRouter"], "data">> {
    return this.send("detailEdgeRouter", input, options);
  }

  /**
   * List edge routers
   *
   * Operation `listEdgeRouters` (`GET /edge-routers`).
   */
  list(input: EdgeRoutersListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouters"], "data">> {
    return this.page("listEdgeRouters", input, options);
  }

  /**
   * List the edge router policies that select an edge router
   *
   * Operation `listEdgeRouterEdgeRouterPolicies` (`GET /edge-routers/{id}/edge-router-policies`).
   */
  listEdgeRouterPolicies(input: EdgeRoutersListEdgeRouterPoliciesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouterEdgeRouterPolicies"], "data">> {
    return this.page("listEdgeRouterEdgeRouterPolicies", input, options);
  }

  /**
   * List the identities that may use an edge router
   *
   * Operation `listEdgeRouterIdentities` (`GET /edge-routers/{id}/identities`).
   */
  listIdentities(input: EdgeRoutersListIdentitiesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouterIdentities"], "data">> {
    return this.page("listEdgeRouterIdentities", input, options);
  }

  /**
   * List the role attributes in use on edge routers
   *
   * Operation `listEdgeRouterRoleAttributes` (`GET /edge-router-role-attributes`).
   */
  listRoleAttributes(input: EdgeRoutersListRoleAttributesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouterRoleAttributes"], "data">> {
    return this.page("listEdgeRouterRoleAttributes", input, options);
  }

  /**
   * List the service edge router policies that select an edge router
   *
   * Operation `listEdgeRouterServiceEdgeRouterPolicies` (`GET /edge-routers/{id}/service-edge-router-policies`).
   */
  listServiceEdgeRouterPolicies(input: EdgeRoutersListServiceEdgeRouterPoliciesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouterServiceEdgeRouterPolicies"], "data">> {
    return this.page("listEdgeRouterServiceEdgeRouterPolicies", input, options);
  }

  /**
   * List the services reachable through an edge router
   *
   * Operation `listEdgeRouterServices` (`GET /edge-routers/{id}/services`).
   */
  listServices(input: EdgeRoutersListServicesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listEdgeRouterServices"], "data">> {
    return this.page("listEdgeRouterServices", input, options);
  }

  /**
   * Update fields of an edge router
   *
   * Operation `patchEdgeRouter` (`PATCH /edge-routers/{id}`).
   */
  patch(input: EdgeRoutersPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchEdgeRouter"], "data">> {
    return this.send("patchEdgeRouter", input, options);
  }

  /**
   * Reset an edge router to a fresh enrollment
   *
   * The router's certificate is dropped and a new enrollment JWT is issued.
   *
   * Operation `reEnrollEdgeRouter` (`POST /edge-routers/{id}/re-enroll`).
   */
  reEnroll(input: EdgeRoutersReEnrollInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["reEnrollEdgeRouter"], "data">> {
    return this.send("reEnrollEdgeRouter", input, options);
  }

  /**
   * Replace an edge router
   *
   * Operation `updateEdgeRouter` (`PUT /edge-routers/{id}`).
   */
  update(input: EdgeRoutersUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateEdgeRouter"], "data">> {
    return this.send("updateEdgeRouter", input, options);
  }
}

/** Pending enrollments (one-time tokens, CA-based and password) and network JWTs. */
export class EnrollmentsResource extends Resource {
  /**
   * Create an enrollment
   *
   * Operation `createEnrollment` (`POST /enrollments`).
   */
  create(input: EnrollmentsCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createEnrollment"], "data">> {
    return this.send("createEnrollment", input, options);
  }

  /**
   * Delete an enrollment
   *
   * Operation `deleteEnrollment` (`DELETE /enrollments/{id}`).
   */
  delete(input: EnrollmentsDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteEnrollment"], "data">> {
    return this.send("deleteEnrollment", input, options);
  }

  /**
   * Get an enrollment
   *
   * Operation `detailEnrollment` (`GET /enrollments/{id}`).
   */
  get(input: EnrollmentsGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailEnrollment"], "data">> {
    return this.send("detailEnrollment", input, options);
  }

  /**
   * List enrollments
   *
   * Operation `listEnrollments` (`GET /enrollments`).
   */
  list(input: EnrollmentsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEnrollments"], "data">> {
    return this.page("listEnrollments", input, options);
  }

  /**
   * List the network JWTs used to bootstrap trust
   *
   * The list is returned whole.
   *
   * Operation `listNetworkJWTs` (`GET /network-jwts`).
   */
  listNetworkJwts(input: EnrollmentsListNetworkJwtsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listNetworkJWTs"], "data">> {
    return this.page("listNetworkJWTs", input, options);
  }

  /**
   * Issue a new token and expiry for an enrollment
   *
   * Operation `refreshEnrollment` (`POST /enrollments/{id}/refresh`).
   */
  refresh(input: EnrollmentsRefreshInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["refreshEnrollment"], "data">> {
    return this.send("refreshEnrollment", input, options);
  }
}

/** External identity providers whose JWTs the controller accepts. */
export class ExternalJwtSignersResource extends Resource {
  /**
   * Create an external JWT signer
   *
   * Operation `createExternalJwtSigner` (`POST /external-jwt-signers`).
   */
  create(input: ExternalJwtSignersCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createExternalJwtSigner"], "data">> {
    return this.send("createExternalJwtSigner", input, options);
  }

  /**
   * Delete an external JWT signer
   *
   * Operation `deleteExternalJwtSigner` (`DELETE /external-jwt-signers/{id}`).
   */
  delete(input: ExternalJwtSignersDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteExternalJwtSigner"], "data">> {
    return this.send("deleteExternalJwtSigner", input, options);
  }

  /**
   * Get an external JWT signer
   *
   * Operation `detailExternalJwtSigner` (`GET /external-jwt-signers/{id}`).
   */
  get(input: ExternalJwtSignersGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailExternalJwtSigner"], "data">> {
    return this.send("detailExternalJwtSigner", input, options);
  }

  /**
   * List external JWT signers
   *
   * Operation `listExternalJwtSigners` (`GET /external-jwt-signers`).
   */
  list(input: ExternalJwtSignersListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listExternalJwtSigners"], "data">> {
    return this.page("listExternalJwtSigners", input, options);
  }

  /**
   * Update fields of an external JWT signer
   *
   * Operation `patchExternalJwtSigner` (`PATCH /external-jwt-signers/{id}`).
   */
  patch(input: ExternalJwtSignersPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchExternalJwtSigner"], "data">> {
    return this.send("patchExternalJwtSigner", input, options);
  }

  /**
   * Replace an external JWT signer
   *
   * Operation `updateExternalJwtSigner` (`PUT /external-jwt-signers/{id}`).
   */
  update(input: ExternalJwtSignersUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateExternalJwtSigner"], "data">> {
    return this.send("updateExternalJwtSigner", input, options);
  }
}

/** Identities (users, devices, services, routers) and what they may reach. */
export class IdentitiesResource extends Resource {
  /**
   * Add service-specific config overrides to an identity
   *
   * Operation `associateIdentitysServiceConfigs` (`POST /identities/{id}/service-configs`).
   */
  associateServiceConfigs(input: IdentitiesAssociateServiceConfigsInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["associateIdentitysServiceConfigs"], "data">> {
    return this.send("associateIdentitysServiceConfigs", input, options);
  }

  /**
   * Create an identity
   *
   * Operation `createIdentity` (`POST /identities`).
   */
  create(input: IdentitiesCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createIdentity"], "data">> {
    return this.send("createIdentity", input, options);
  }

  /**
   * Delete an identity
   *
   * Operation `deleteIdentity` (`DELETE /identities/{id}`).
   */
  delete(input: IdentitiesDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteIdentity"], "data">> {
    return this.send("deleteIdentity", input, options);
  }

  /**
   * Disable an identity, for a time or until enabled
   *
   * `durationMinutes` 0 disables until the identity is enabled again.
   *
   * Operation `disableIdentity` (`POST /identities/{id}/disable`).
   */
  disable(input: IdentitiesDisableInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["disableIdentity"], "data">> {
    return this.send("disableIdentity", input, options);
  }

  /**
   * Remove service-specific config overrides from an identity
   *
   * Operation `disassociateIdentitysServiceConfigs` (`DELETE /identities/{id}/service-configs`).
   */
  disassociateServiceConfigs(input: IdentitiesDisassociateServiceConfigsInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["disassociateIdentitysServiceConfigs"], "data">> {
    return this.send("disassociateIdentitysServiceConfigs", input, options);
  }

  /**
   * Re-enable a disabled identity
   *
   * Operation `enableIdentity` (`POST /identities/{id}/enable`).
   */
  enable(input: IdentitiesEnableInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["enableIdentity"], "data">> {
    return this.send("enableIdentity", input, options);
  }

  /**
   * Get an identity
   *
   * Operation `detailIdentity` (`GET /identities/{id}`).
   */
  get(input: IdentitiesGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailIdentity"], "data">> {
    return this.send("detailIdentity", input, options);
  }

  /**
   * List the authenticators of an identity
   *
   * Operation `getIdentityAuthenticators` (`GET /identities/{id}/authenticators`).
   */
  getAuthenticators(input: IdentitiesGetAuthenticatorsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["getIdentityAuthenticators"], "data">> {
    return this.page("getIdentityAuthenticators", input, options);
  }

  /**
   * List the enrollments of an identity
   *
   * Operation `getIdentityEnrollments` (`GET /identities/{id}/enrollments`).
   */
  getEnrollments(input: IdentitiesGetEnrollmentsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["getIdentityEnrollments"], "data">> {
    return this.page("getIdentityEnrollments", input, options);
  }

  /**
   * List an identity's recent service requests refused by posture checks
   *
   * Kept in controller memory; the list is returned whole.
   *
   * Operation `getIdentityFailedServiceRequests` (`GET /identities/{id}/failed-service-requests`).
   */
  getFailedServiceRequests(input: IdentitiesGetFailedServiceRequestsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["getIdentityFailedServiceRequests"], "data">> {
    return this.page("getIdentityFailedServiceRequests", input, options);
  }

  /**
   * Explain whether an identity can dial or bind a service
   *
   * Operation `getIdentityPolicyAdvice` (`GET /identities/{id}/policy-advice/{serviceId}`).
   */
  getPolicyAdvice(input: IdentitiesGetPolicyAdviceInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["getIdentityPolicyAdvice"], "data">> {
    return this.send("getIdentityPolicyAdvice", input, options);
  }

  /**
   * Get the posture data an identity has reported
   *
   * Operation `getIdentityPostureData` (`GET /identities/{id}/posture-data`).
   */
  getPostureData(input: IdentitiesGetPostureDataInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["getIdentityPostureData"], "data">> {
    return this.send("getIdentityPostureData", input, options);
  }

  /**
   * Get an identity type
   *
   * Operation `detailIdentityType` (`GET /identity-types/{id}`).
   */
  getType(input: IdentitiesGetTypeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailIdentityType"], "data">> {
    return this.send("detailIdentityType", input, options);
  }

  /**
   * List identities
   *
   * Operation `listIdentities` (`GET /identities`).
   */
  list(input: IdentitiesListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentities"], "data">> {
    return this.page("listIdentities", input, options);
  }

  /**
   * List the edge router policies that select an identity
   *
   * Operation `listIdentitysEdgeRouterPolicies` (`GET /identities/{id}/edge-router-policies`).
   */
  listEdgeRouterPolicies(input: IdentitiesListEdgeRouterPoliciesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentitysEdgeRouterPolicies"], "data">> {
    return this.page("listIdentitysEdgeRouterPolicies", input, options);
  }

  /**
   * List the edge routers an identity may use
   *
   * Operation `listIdentityEdgeRouters` (`GET /identities/{id}/edge-routers`).
   */
  listEdgeRouters(input: IdentitiesListEdgeRoutersInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentityEdgeRouters"], "data">> {
    return this.page("listIdentityEdgeRouters", input, options);
  }

  /**
   * List the role attributes in use on identities
   *
   * Operation `listIdentityRoleAttributes` (`GET /identity-role-attributes`).
   */
  listRoleAttributes(input: IdentitiesListRoleAttributesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentityRoleAttributes"], "data">> {
    return this.page("listIdentityRoleAttributes", input, options);
  }

  /**
   * List an identity's service-specific config overrides
   *
   * The list is returned whole.
   *
   * Operation `listIdentitysServiceConfigs` (`GET /identities/{id}/service-configs`).
   */
  listServiceConfigs(input: IdentitiesListServiceConfigsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentitysServiceConfigs"], "data">> {
    return this.page("listIdentitysServiceConfigs", input, options);
  }

  /**
   * List the service policies that select an identity
   *
   * Operation `listIdentityServicePolicies` (`GET /identities/{id}/service-policies`).
   */
  listServicePolicies(input: IdentitiesListServicePoliciesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentityServicePolicies"], "data">> {
    return this.page("listIdentityServicePolicies", input, options);
  }

  /**
   * List the services an identity may dial or bind
   *
   * `policyType` narrows the answer to services the identity can dial or bind.
   *
   * Operation `listIdentityServices` (`GET /identities/{id}/services`).
   */
  listServices(input: IdentitiesListServicesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentityServices"], "data">> {
    return this.page("listIdentityServices", input, options);
  }

  /**
   * List identity types
   *
   * Operation `listIdentityTypes` (`GET /identity-types`).
   */
  listTypes(input: IdentitiesListTypesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentityTypes"], "data">> {
    return this.page("listIdentityTypes", input, options);
  }

  /**
   * Update fields of an identity
   *
   * Operation `patchIdentity` (`PATCH /identities/{id}`).
   */
  patch(input: IdentitiesPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchIdentity"], "data">> {
    return this.send("patchIdentity", input, options);
  }

  /**
   * Remove MFA from an identity (administrator reset)
   *
   * Operation `removeIdentityMfa` (`DELETE /identities/{id}/mfa`).
   */
  removeMfa(input: IdentitiesRemoveMfaInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["removeIdentityMfa"], "data">> {
    return this.send("removeIdentityMfa", input, options);
  }

  /**
   * Replace an identity
   *
   * Operation `updateIdentity` (`PUT /identities/{id}`).
   */
  update(input: IdentitiesUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateIdentity"], "data">> {
    return this.send("updateIdentity", input, options);
  }

  /**
   * Turn data-flow tracing on or off for an identity
   *
   * Operation `updateIdentityTracing` (`PUT /identities/{id}/trace`).
   */
  updateTracing(input: IdentitiesUpdateTracingInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateIdentityTracing"], "data">> {
    return this.send("updateIdentityTracing", input, options);
  }
}

/** Version, capabilities, resource counts and the served API specifications. */
export class InformationalResource extends Resource {
  /**
   * Get one API specification record
   *
   * Operation `detailSpec` (`GET /specs/{id}`).
   */
  getSpec(input: InformationalGetSpecInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailSpec"], "data">> {
    return this.send("detailSpec", input, options);
  }

  /**
   * Download an API specification document
   *
   * Operation `detailSpecBody` (`GET /specs/{id}/spec`).
   */
  getSpecBody(input: InformationalGetSpecBodyInput, options?: CallOptions): ApiPromise<SuccessBody<operations["detailSpecBody"]>> {
    return this.send("detailSpecBody", input, options);
  }

  /**
   * List the optional capabilities this controller has
   *
   * Operation `listEnumeratedCapabilities` (`GET /enumerated-capabilities`).
   */
  listEnumeratedCapabilities(input: InformationalListEnumeratedCapabilitiesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEnumeratedCapabilities"], "data">> {
    return this.page("listEnumeratedCapabilities", input, options);
  }

  /**
   * Show controller version and API locations
   *
   * Same document as `GET /version`.
   *
   * Operation `listRoot` (`GET /`).
   */
  listRoot(input: InformationalListRootInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["listRoot"], "data">> {
    return this.send("listRoot", input, options);
  }

  /**
   * List the API specification documents the controller serves
   *
   * Operation `listSpecs` (`GET /specs`).
   */
  listSpecs(input: InformationalListSpecsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSpecs"], "data">> {
    return this.page("listSpecs", input, options);
  }

  /**
   * Count the resources visible to the caller
   *
   * Operation `listSummary` (`GET /summary`).
   */
  listSummary(input: InformationalListSummaryInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["listSummary"], "data">> {
    return this.send("listSummary", input, options);
  }

  /**
   * Show controller version and API locations
   *
   * Operation `listVersion` (`GET /version`).
   */
  listVersion(input: InformationalListVersionInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["listVersion"], "data">> {
    return this.send("listVersion", input, options);
  }
}

/** Device posture requirements and their types. */
export class PostureChecksResource extends Resource {
  /**
   * Create a posture check
   *
   * Operation `createPostureCheck` (`POST /posture-checks`).
   */
  create(input: PostureChecksCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createPostureCheck"], "data">> {
    return this.send("createPostureCheck", input, options);
  }

  /**
   * Delete a posture check
   *
   * Operation `deletePostureCheck` (`DELETE /posture-checks/{id}`).
   */
  delete(input: PostureChecksDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deletePostureCheck"], "data">> {
    return this.send("deletePostureCheck", input, options);
  }

  /**
   * Get a posture check
   *
   * Operation `detailPostureCheck` (`GET /posture-checks/{id}`).
   */
  get(input: PostureChecksGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailPostureCheck"], "data">> {
    return this.send("detailPostureCheck", input, options);
  }

  /**
   * Get a posture check type
   *
   * Operation `detailPostureCheckType` (`GET /posture-check-types/{id}`).
   */
  getType(input: PostureChecksGetTypeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailPostureCheckType"], "data">> {
    return this.send("detailPostureCheckType", input, options);
  }

  /**
   * List posture checks
   *
   * Operation `listPostureChecks` (`GET /posture-checks`).
   */
  list(input: PostureChecksListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listPostureChecks"], "data">> {
    return this.page("listPostureChecks", input, options);
  }

  /**
   * List the role attributes in use on posture checks
   *
   * Operation `listPostureCheckRoleAttributes` (`GET /posture-check-role-attributes`).
   */
  listRoleAttributes(input: PostureChecksListRoleAttributesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listPostureCheckRoleAttributes"], "data">> {
    return this.page("listPostureCheckRoleAttributes", input, options);
  }

  /**
   * List posture check types
   *
   * Operation `listPostureCheckTypes` (`GET /posture-check-types`).
   */
  listTypes(input: PostureChecksListTypesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listPostureCheckTypes"], "data">> {
    return this.page("listPostureCheckTypes", input, options);
  }

  /**
   * Update fields of a posture check
   *
   * Operation `patchPostureCheck` (`PATCH /posture-checks/{id}`).
   */
  patch(input: PostureChecksPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchPostureCheck"], "data">> {
    return this.send("patchPostureCheck", input, options);
  }

  /**
   * Replace a posture check
   *
   * Operation `updatePostureCheck` (`PUT /posture-checks/{id}`).
   */
  update(input: PostureChecksUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updatePostureCheck"], "data">> {
    return this.send("updatePostureCheck", input, options);
  }
}

/** Revoked JWT ids, identities and API sessions. */
export class RevocationsResource extends Resource {
  /**
   * Create a revocation
   *
   * Operation `createRevocation` (`POST /revocations`).
   */
  create(input: RevocationsCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createRevocation"], "data">> {
    return this.send("createRevocation", input, options);
  }

  /**
   * Get a revocation
   *
   * Operation `detailRevocation` (`GET /revocations/{id}`).
   */
  get(input: RevocationsGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailRevocation"], "data">> {
    return this.send("detailRevocation", input, options);
  }

  /**
   * List revocations
   *
   * Operation `listRevocations` (`GET /revocations`).
   */
  list(input: RevocationsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listRevocations"], "data">> {
    return this.page("listRevocations", input, options);
  }
}

/** Fabric routers and transit routers. */
export class RoutersResource extends Resource {
  /**
   * Create a router
   *
   * Operation `createRouter` (`POST /routers`).
   */
  create(input: RoutersCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createRouter"], "data">> {
    return this.send("createRouter", input, options);
  }

  /**
   * Create a transit router
   *
   * Operation `createTransitRouter` (`POST /transit-routers`).
   */
  createTransit(input: RoutersCreateTransitInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createTransitRouter"], "data">> {
    return this.send("createTransitRouter", input, options);
  }

  /**
   * Delete a router
   *
   * Operation `deleteRouter` (`DELETE /routers/{id}`).
   */
  delete(input: RoutersDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteRouter"], "data">> {
    return this.send("deleteRouter", input, options);
  }

  /**
   * Delete a transit router
   *
   * Operation `deleteTransitRouter` (`DELETE /transit-routers/{id}`).
   */
  deleteTransit(input: RoutersDeleteTransitInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteTransitRouter"], "data">> {
    return this.send("deleteTransitRouter", input, options);
  }

  /**
   * Get a router
   *
   * Operation `detailRouter` (`GET /routers/{id}`).
   */
  get(input: RoutersGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailRouter"], "data">> {
    return this.send("detailRouter", input, options);
  }

  /**
   * Get a transit router
   *
   * Operation `detailTransitRouter` (`GET /transit-routers/{id}`).
   */
  getTransit(input: RoutersGetTransitInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailTransitRouter"], "data">> {
    return this.send("detailTransitRouter", input, options);
  }

  /**
   * List routers
   *
   * Operation `listRouters` (`GET /routers`).
   */
  list(input: RoutersListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listRouters"], "data">> {
    return this.page("listRouters", input, options);
  }

  /**
   * List transit routers
   *
   * Operation `listTransitRouters` (`GET /transit-routers`).
   */
  listTransit(input: RoutersListTransitInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listTransitRouters"], "data">> {
    return this.page("listTransitRouters", input, options);
  }

  /**
   * Update fields of a router
   *
   * Operation `patchRouter` (`PATCH /routers/{id}`).
   */
  patch(input: RoutersPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchRouter"], "data">> {
    return this.send("patchRouter", input, options);
  }

  /**
   * Update fields of a transit router
   *
   * Operation `patchTransitRouter` (`PATCH /transit-routers/{id}`).
   */
  patchTransit(input: RoutersPatchTransitInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchTransitRouter"], "data">> {
    return this.send("patchTransitRouter", input, options);
  }

  /**
   * Replace a router
   *
   * Operation `updateRouter` (`PUT /routers/{id}`).
   */
  update(input: RoutersUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateRouter"], "data">> {
    return this.send("updateRouter", input, options);
  }

  /**
   * Replace a transit router
   *
   * Operation `updateTransitRouter` (`PUT /transit-routers/{id}`).
   */
  updateTransit(input: RoutersUpdateTransitInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateTransitRouter"], "data">> {
    return this.send("updateTransitRouter", input, options);
  }
}

/** Policies that decide which edge routers may carry which services. */
export class ServiceEdgeRouterPoliciesResource extends Resource {
  /**
   * Create a service edge router policy
   *
   * Operation `createServiceEdgeRouterPolicy` (`POST /service-edge-router-policies`).
   */
  create(input: ServiceEdgeRouterPoliciesCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createServiceEdgeRouterPolicy"], "data">> {
    return this.send("createServiceEdgeRouterPolicy", input, options);
  }

  /**
   * Delete a service edge router policy
   *
   * Operation `deleteServiceEdgeRouterPolicy` (`DELETE /service-edge-router-policies/{id}`).
   */
  delete(input: ServiceEdgeRouterPoliciesDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteServiceEdgeRouterPolicy"], "data">> {
    return this.send("deleteServiceEdgeRouterPolicy", input, options);
  }

  /**
   * Get a service edge router policy
   *
   * Operation `detailServiceEdgeRouterPolicy` (`GET /service-edge-router-policies/{id}`).
   */
  get(input: ServiceEdgeRouterPoliciesGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailServiceEdgeRouterPolicy"], "data">> {
    return this.send("detailServiceEdgeRouterPolicy", input, options);
  }

  /**
   * List service edge router policies
   *
   * Operation `listServiceEdgeRouterPolicies` (`GET /service-edge-router-policies`).
   */
  list(input: ServiceEdgeRouterPoliciesListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceEdgeRouterPolicies"], "data">> {
    return this.page("listServiceEdgeRouterPolicies", input, options);
  }

  /**
   * List the edge routers a service edge router policy selects
   *
   * Operation `listServiceEdgeRouterPolicyEdgeRouters` (`GET /service-edge-router-policies/{id}/edge-routers`).
   */
  listEdgeRouters(input: ServiceEdgeRouterPoliciesListEdgeRoutersInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceEdgeRouterPolicyEdgeRouters"], "data">> {
    return this.page("listServiceEdgeRouterPolicyEdgeRouters", input, options);
  }

  /**
   * List the services a service edge router policy selects
   *
   * Operation `listServiceEdgeRouterPolicyServices` (`GET /service-edge-router-policies/{id}/services`).
   */
  listServices(input: ServiceEdgeRouterPoliciesListServicesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceEdgeRouterPolicyServices"], "data">> {
    return this.page("listServiceEdgeRouterPolicyServices", input, options);
  }

  /**
   * Update fields of a service edge router policy
   *
   * Operation `patchServiceEdgeRouterPolicy` (`PATCH /service-edge-router-policies/{id}`).
   */
  patch(input: ServiceEdgeRouterPoliciesPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchServiceEdgeRouterPolicy"], "data">> {
    return this.send("patchServiceEdgeRouterPolicy", input, options);
  }

  /**
   * Replace a service edge router policy
   *
   * Operation `updateServiceEdgeRouterPolicy` (`PUT /service-edge-router-policies/{id}`).
   */
  update(input: ServiceEdgeRouterPoliciesUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateServiceEdgeRouterPolicy"], "data">> {
    return this.send("updateServiceEdgeRouterPolicy", input, options);
  }
}

/** Policies that decide which identities may dial or bind which services. */
export class ServicePoliciesResource extends Resource {
  /**
   * Create a service policy
   *
   * Operation `createServicePolicy` (`POST /service-policies`).
   */
  create(input: ServicePoliciesCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createServicePolicy"], "data">> {
    return this.send("createServicePolicy", input, options);
  }

  /**
   * Delete a service policy
   *
   * Operation `deleteServicePolicy` (`DELETE /service-policies/{id}`).
   */
  delete(input: ServicePoliciesDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteServicePolicy"], "data">> {
    return this.send("deleteServicePolicy", input, options);
  }

  /**
   * Get a service policy
   *
   * Operation `detailServicePolicy` (`GET /service-policies/{id}`).
   */
  get(input: ServicePoliciesGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailServicePolicy"], "data">> {
    return this.send("detailServicePolicy", input, options);
  }

  /**
   * List service policies
   *
   * Operation `listServicePolicies` (`GET /service-policies`).
   */
  list(input: ServicePoliciesListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listServicePolicies"], "data">> {
    return this.page("listServicePolicies", input, options);
  }

  /**
   * List the identities a service policy selects
   *
   * Operation `listServicePolicyIdentities` (`GET /service-policies/{id}/identities`).
   */
  listIdentities(input: ServicePoliciesListIdentitiesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServicePolicyIdentities"], "data">> {
    return this.page("listServicePolicyIdentities", input, options);
  }

  /**
   * List the posture checks a service policy requires
   *
   * Operation `listServicePolicyPostureChecks` (`GET /service-policies/{id}/posture-checks`).
   */
  listPostureChecks(input: ServicePoliciesListPostureChecksInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServicePolicyPostureChecks"], "data">> {
    return this.page("listServicePolicyPostureChecks", input, options);
  }

  /**
   * List the services a service policy selects
   *
   * Operation `listServicePolicyServices` (`GET /service-policies/{id}/services`).
   */
  listServices(input: ServicePoliciesListServicesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServicePolicyServices"], "data">> {
    return this.page("listServicePolicyServices", input, options);
  }

  /**
   * Update fields of a service policy
   *
   * Operation `patchServicePolicy` (`PATCH /service-policies/{id}`).
   */
  patch(input: ServicePoliciesPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchServicePolicy"], "data">> {
    return this.send("patchServicePolicy", input, options);
  }

  /**
   * Replace a service policy
   *
   * Operation `updateServicePolicy` (`PUT /service-policies/{id}`).
   */
  update(input: ServicePoliciesUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateServicePolicy"], "data">> {
    return this.send("updateServicePolicy", input, options);
  }
}

/** Services and what is attached to them. */
export class ServicesResource extends Resource {
  /**
   * Create a service
   *
   * Operation `createService` (`POST /services`).
   */
  create(input: ServicesCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createService"], "data">> {
    return this.send("createService", input, options);
  }

  /**
   * Delete a service
   *
   * Operation `deleteService` (`DELETE /services/{id}`).
   */
  delete(input: ServicesDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteService"], "data">> {
    return this.send("deleteService", input, options);
  }

  /**
   * Get a service
   *
   * Operation `detailService` (`GET /services/{id}`).
   */
  get(input: ServicesGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailService"], "data">> {
    return this.send("detailService", input, options);
  }

  /**
   * List services
   *
   * Operation `listServices` (`GET /services`).
   */
  list(input: ServicesListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listServices"], "data">> {
    return this.page("listServices", input, options);
  }

  /**
   * List the configs attached to a service
   *
   * Operation `listServiceConfig` (`GET /services/{id}/configs`).
   */
  listConfig(input: ServicesListConfigInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceConfig"], "data">> {
    return this.page("listServiceConfig", input, options);
  }

  /**
   * List the edge routers that can carry a service
   *
   * Operation `listServiceEdgeRouters` (`GET /services/{id}/edge-routers`).
   */
  listEdgeRouters(input: ServicesListEdgeRoutersInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceEdgeRouters"], "data">> {
    return this.page("listServiceEdgeRouters", input, options);
  }

  /**
   * List the identities that may dial or bind a service
   *
   * `policyType` narrows the answer to identities that can dial or bind the service.
   *
   * Operation `listServiceIdentities` (`GET /services/{id}/identities`).
   */
  listIdentities(input: ServicesListIdentitiesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceIdentities"], "data">> {
    return this.page("listServiceIdentities", input, options);
  }

  /**
   * List the role attributes in use on services
   *
   * Operation `listServiceRoleAttributes` (`GET /service-role-attributes`).
   */
  listRoleAttributes(input: ServicesListRoleAttributesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceRoleAttributes"], "data">> {
    return this.page("listServiceRoleAttributes", input, options);
  }

  /**
   * List the service edge router policies that select a service
   *
   * Operation `listServiceServiceEdgeRouterPolicies` (`GET /services/{id}/service-edge-router-policies`).
   */
  listServiceEdgeRouterPolicies(input: ServicesListServiceEdgeRouterPoliciesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceServiceEdgeRouterPolicies"], "data">> {
    return this.page("listServiceServiceEdgeRouterPolicies", input, options);
  }

  /**
   * List the service policies that select a service
   *
   * Operation `listServiceServicePolicies` (`GET /services/{id}/service-policies`).
   */
  listServicePolicies(input: ServicesListServicePoliciesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceServicePolicies"], "data">> {
    return this.page("listServiceServicePolicies", input, options);
  }

  /**
   * List the terminators of a service
   *
   * Operation `listServiceTerminators` (`GET /services/{id}/terminators`).
   */
  listTerminators(input: ServicesListTerminatorsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listServiceTerminators"], "data">> {
    return this.page("listServiceTerminators", input, options);
  }

  /**
   * Update fields of a service
   *
   * Operation `patchService` (`PATCH /services/{id}`).
   */
  patch(input: ServicesPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchService"], "data">> {
    return this.send("patchService", input, options);
  }

  /**
   * Replace a service
   *
   * Operation `updateService` (`PUT /services/{id}`).
   */
  update(input: ServicesUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateService"], "data">> {
    return this.send("updateService", input, options);
  }
}

/** Sessions: grants to dial or bind one service. */
export class SessionsResource extends Resource {
  /**
   * Delete a session
   *
   * Operation `deleteSession` (`DELETE /sessions/{id}`).
   */
  delete(input: SessionsDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteSession"], "data">> {
    return this.send("deleteSession", input, options);
  }

  /**
   * Get a session
   *
   * Operation `detailSession` (`GET /sessions/{id}`).
   */
  get(input: SessionsGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailSession"], "data">> {
    return this.send("detailSession", input, options);
  }

  /**
   * Get the router path a session's circuit takes
   *
   * Operation `detailSessionRoutePath` (`GET /sessions/{id}/route-path`).
   */
  getRoutePath(input: SessionsGetRoutePathInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailSessionRoutePath"], "data">> {
    return this.send("detailSessionRoutePath", input, options);
  }

  /**
   * List sessions (service dial/bind grants)
   *
   * Operation `listSessions` (`GET /sessions`).
   */
  list(input: SessionsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSessions"], "data">> {
    return this.page("listSessions", input, options);
  }
}

/** Per-controller settings and their effective values. */
export class SettingsResource extends Resource {
  /**
   * Create instance settings for a controller
   *
   * Operation `createControllerSetting` (`POST /controller-settings`).
   */
  create(input: SettingsCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createControllerSetting"], "data">> {
    return this.send("createControllerSetting", input, options);
  }

  /**
   * Remove a controller's instance settings
   *
   * Operation `deleteControllerSetting` (`DELETE /controller-settings/{id}/effective`).
   */
  delete(input: SettingsDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteControllerSetting"], "data">> {
    return this.send("deleteControllerSetting", input, options);
  }

  /**
   * Get the settings stored for a controller
   *
   * Operation `detailControllerSetting` (`GET /controller-settings/{id}`).
   */
  get(input: SettingsGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailControllerSetting"], "data">> {
    return this.send("detailControllerSetting", input, options);
  }

  /**
   * Get a controller's effective settings (instance merged over global)
   *
   * The path also accepts PUT, PATCH and DELETE, which act on the instance settings.
   *
   * Operation `detailControllerSettingEffective` (`GET /controller-settings/{id}/effective`).
   */
  getEffective(input: SettingsGetEffectiveInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailControllerSettingEffective"], "data">> {
    return this.send("detailControllerSettingEffective", input, options);
  }

  /**
   * List controller settings records
   *
   * Operation `listControllerSettings` (`GET /controller-settings`).
   */
  list(input: SettingsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listControllerSettings"], "data">> {
    return this.page("listControllerSettings", input, options);
  }

  /**
   * Update fields of a controller's instance settings
   *
   * Operation `patchControllerSetting` (`PATCH /controller-settings/{id}/effective`).
   */
  patch(input: SettingsPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchControllerSetting"], "data">> {
    return this.send("patchControllerSetting", input, options);
  }

  /**
   * Replace a controller's instance settings
   *
   * Operation `updateControllerSetting` (`PUT /controller-settings/{id}/effective`).
   */
  update(input: SettingsUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateControllerSetting"], "data">> {
    return this.send("updateControllerSetting", input, options);
  }
}

/** Terminators: where a service's traffic leaves the network. */
export class TerminatorsResource extends Resource {
  /**
   * Create a terminator
   *
   * Operation `createTerminator` (`POST /terminators`).
   */
  create(input: TerminatorsCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createTerminator"], "data">> {
    return this.send("createTerminator", input, options);
  }

  /**
   * Delete a terminator
   *
   * Operation `deleteTerminator` (`DELETE /terminators/{id}`).
   */
  delete(input: TerminatorsDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["deleteTerminator"], "data">> {
    return this.send("deleteTerminator", input, options);
  }

  /**
   * Get a terminator
   *
   * Operation `detailTerminator` (`GET /terminators/{id}`).
   */
  get(input: TerminatorsGetInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["detailTerminator"], "data">> {
    return this.send("detailTerminator", input, options);
  }

  /**
   * List terminators
   *
   * Operation `listTerminators` (`GET /terminators`).
   */
  list(input: TerminatorsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listTerminators"], "data">> {
    return this.page("listTerminators", input, options);
  }

  /**
   * Update fields of a terminator
   *
   * Operation `patchTerminator` (`PATCH /terminators/{id}`).
   */
  patch(input: TerminatorsPatchInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["patchTerminator"], "data">> {
    return this.send("patchTerminator", input, options);
  }

  /**
   * Replace a terminator
   *
   * Operation `updateTerminator` (`PUT /terminators/{id}`).
   */
  update(input: TerminatorsUpdateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateTerminator"], "data">> {
    return this.send("updateTerminator", input, options);
  }
}

/** The generated class of every resource. */
export const resourceClasses = {
  apiSessions: ApiSessionsResource,
  authPolicies: AuthPoliciesResource,
  authentication: AuthenticationResource,
  authenticators: AuthenticatorsResource,
  cas: CasResource,
  configs: ConfigsResource,
  controllers: ControllersResource,
  currentApiSession: CurrentApiSessionResource,
  currentIdentity: CurrentIdentityResource,
  database: DatabaseResource,
  edgeRouterPolicies: EdgeRouterPoliciesResource,
  edgeRouters: EdgeRoutersResource,
  enrollments: EnrollmentsResource,
  externalJwtSigners: ExternalJwtSignersResource,
  identities: IdentitiesResource,
  informational: InformationalResource,
  postureChecks: PostureChecksResource,
  revocations: RevocationsResource,
  routers: RoutersResource,
  serviceEdgeRouterPolicies: ServiceEdgeRouterPoliciesResource,
  servicePolicies: ServicePoliciesResource,
  services: ServicesResource,
  sessions: SessionsResource,
  settings: SettingsResource,
  terminators: TerminatorsResource,
} as const;

/** Resource classes by name. */
export type ResourceClasses = typeof resourceClasses;

/** Which operation each `resource.method` calls. */
export const methodRegistry: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  apiSessions: { delete: "deleteAPISessions", get: "detailAPISessions", list: "listAPISessions" },
  authPolicies: { create: "createAuthPolicy", delete: "deleteAuthPolicy", get: "detailAuthPolicy", list: "listAuthPolicies", patch: "patchAuthPolicy", update: "updateAuthPolicy" },
  authentication: { authenticate: "authenticate", authenticateMfa: "authenticateMfa" },
  authenticators: { create: "createAuthenticator", delete: "deleteAuthenticator", get: "detailAuthenticator", list: "listAuthenticators", patch: "patchAuthenticator", reEnroll: "reEnrollAuthenticator", requestExtend: "requestExtendAuthenticator", update: "updateAuthenticator" },
  cas: { create: "createCa", delete: "deleteCa", get: "detailCa", getJwt: "getCaJwt", list: "listCas", listWellKnown: "listWellKnownCas", patch: "patchCa", update: "updateCa", verify: "verifyCa" },
  configs: { create: "createConfig", createType: "createConfigType", delete: "deleteConfig", deleteType: "deleteConfigType", get: "detailConfig", getType: "detailConfigType", list: "listConfigs", listConfigsForType: "listConfigsForConfigType", listServices: "listConfigServices", listTypes: "listConfigTypes", patch: "patchConfig", patchType: "patchConfigType", update: "updateConfig", updateType: "updateConfigType" },
  controllers: { list: "listControllers" },
  currentApiSession: { createTotpToken: "createTotpToken", delete: "deleteCurrentApiSession", get: "getCurrentAPISession" },
  currentIdentity: { createMfaRecoveryCodes: "createMfaRecoveryCodes", deleteMfa: "deleteMfa", enrollMfa: "enrollMfa", extendAuthenticator: "extendCurrentIdentityAuthenticator", extendVerifyAuthenticator: "extendVerifyCurrentIdentityAuthenticator", get: "getCurrentIdentity", getAuthenticator: "detailCurrentIdentityAuthenticator", getMfa: "detailMfa", getMfaQrCode: "detailMfaQrCode", getMfaRecoveryCodes: "detailMfaRecoveryCodes", listAuthenticators: "listCurrentIdentityAuthenticators", patchAuthenticator: "patchCurrentIdentityAuthenticator", updateAuthenticator: "updateCurrentIdentityAuthenticator", verifyMfa: "verifyMfa" },
  database: { checkDataIntegrity: "checkDataIntegrity", createSnapshot: "createDatabaseSnapshot", dataIntegrityResults: "dataIntegrityResults", fixDataIntegrity: "fixDataIntegrity" },
  edgeRouterPolicies: { create: "createEdgeRouterPolicy", delete: "deleteEdgeRouterPolicy", get: "detailEdgeRouterPolicy", list: "listEdgeRouterPolicies", listEdgeRouters: "listEdgeRouterPolicyEdgeRouters", listIdentities: "listEdgeRouterPolicyIdentities", patch: "patchEdgeRouterPolicy", update: "updateEdgeRouterPolicy" },
  edgeRouters: { create: "createEdgeRouter", delete: "deleteEdgeRouter", get: "detailEdgeRouter", list: "listEdgeRouters", listEdgeRouterPolicies: "listEdgeRouterEdgeRouterPolicies", listIdentities: "listEdgeRouterIdentities", listRoleAttributes: "listEdgeRouterRoleAttributes", listServiceEdgeRouterPolicies: "listEdgeRouterServiceEdgeRouterPolicies", listServices: "listEdgeRouterServices", patch: "patchEdgeRouter", reEnroll: "reEnrollEdgeRouter", update: "updateEdgeRouter" },
  enrollments: { create: "createEnrollment", delete: "deleteEnrollment", get: "detailEnrollment", list: "listEnrollments", listNetworkJwts: "listNetworkJWTs", refresh: "refreshEnrollment" },
  externalJwtSigners: { create: "createExternalJwtSigner", delete: "deleteExternalJwtSigner", get: "detailExternalJwtSigner", list: "listExternalJwtSigners", patch: "patchExternalJwtSigner", update: "updateExternalJwtSigner" },
  identities: { associateServiceConfigs: "associateIdentitysServiceConfigs", create: "createIdentity", delete: "deleteIdentity", disable: "disableIdentity", disassociateServiceConfigs: "disassociateIdentitysServiceConfigs", enable: "enableIdentity", get: "detailIdentity", getAuthenticators: "getIdentityAuthenticators", getEnrollments: "getIdentityEnrollments", getFailedServiceRequests: "getIdentityFailedServiceRequests", getPolicyAdvice: "getIdentityPolicyAdvice", getPostureData: "getIdentityPostureData", getType: "detailIdentityType", list: "listIdentities", listEdgeRouterPolicies: "listIdentitysEdgeRouterPolicies", listEdgeRouters: "listIdentityEdgeRouters", listRoleAttributes: "listIdentityRoleAttributes", listServiceConfigs: "listIdentitysServiceConfigs", listServicePolicies: "listIdentityServicePolicies", listServices: "listIdentityServices", listTypes: "listIdentityTypes", patch: "patchIdentity", removeMfa: "removeIdentityMfa", update: "updateIdentity", updateTracing: "updateIdentityTracing" },
  informational: { getSpec: "detailSpec", getSpecBody: "detailSpecBody", listEnumeratedCapabilities: "listEnumeratedCapabilities", listRoot: "listRoot", listSpecs: "listSpecs", listSummary: "listSummary", listVersion: "listVersion" },
  postureChecks: { create: "createPostureCheck", delete: "deletePostureCheck", get: "detailPostureCheck", getType: "detailPostureCheckType", list: "listPostureChecks", listRoleAttributes: "listPostureCheckRoleAttributes", listTypes: "listPostureCheckTypes", patch: "patchPostureCheck", update: "updatePostureCheck" },
  revocations: { create: "createRevocation", get: "detailRevocation", list: "listRevocations" },
  routers: { create: "createRouter", createTransit: "createTransitRouter", delete: "deleteRouter", deleteTransit: "deleteTransitRouter", get: "detailRouter", getTransit: "detailTransitRouter", list: "listRouters", listTransit: "listTransitRouters", patch: "patchRouter", patchTransit: "patchTransitRouter", update: "updateRouter", updateTransit: "updateTransitRouter" },
  serviceEdgeRouterPolicies: { create: "createServiceEdgeRouterPolicy", delete: "deleteServiceEdgeRouterPolicy", get: "detailServiceEdgeRouterPolicy", list: "listServiceEdgeRouterPolicies", listEdgeRouters: "listServiceEdgeRouterPolicyEdgeRouters", listServices: "listServiceEdgeRouterPolicyServices", patch: "patchServiceEdgeRouterPolicy", update: "updateServiceEdgeRouterPolicy" },
  servicePolicies: { create: "createServicePolicy", delete: "deleteServicePolicy", get: "detailServicePolicy", list: "listServicePolicies", listIdentities: "listServicePolicyIdentities", listPostureChecks: "listServicePolicyPostureChecks", listServices: "listServicePolicyServices", patch: "patchServicePolicy", update: "updateServicePolicy" },
  services: { create: "createService", delete: "deleteService", get: "detailService", list: "listServices", listConfig: "listServiceConfig", listEdgeRouters: "listServiceEdgeRouters", listIdentities: "listServiceIdentities", listRoleAttributes: "listServiceRoleAttributes", listServiceEdgeRouterPolicies: "listServiceServiceEdgeRouterPolicies", listServicePolicies: "listServiceServicePolicies", listTerminators: "listServiceTerminators", patch: "patchService", update: "updateService" },
  sessions: { delete: "deleteSession", get: "detailSession", getRoutePath: "detailSessionRoutePath", list: "listSessions" },
  settings: { create: "createControllerSetting", delete: "deleteControllerSetting", get: "detailControllerSetting", getEffective: "detailControllerSettingEffective", list: "listControllerSettings", patch: "patchControllerSetting", update: "updateControllerSetting" },
  terminators: { create: "createTerminator", delete: "deleteTerminator", get: "detailTerminator", list: "listTerminators", patch: "patchTerminator", update: "updateTerminator" },
};

/** Every resource of the client: the generated classes, or the subclasses given in `overrides`. */
export type Resources<O extends Partial<ResourceClasses> = {}> = {
  readonly [K in keyof ResourceClasses]: K extends keyof O ? InstanceType<NonNullable<O[K]>> : InstanceType<ResourceClasses[K]>;
};

/**
 * One instance of every resource over one core client; hand-written subclasses (helpers,
 * overrides) replace the generated class of their resource, and `page` (when given) is how every
 * list method pages.
 */
export function createResources<O extends Partial<ResourceClasses> = {}>(
  api: ResourceContext["api"],
  overrides: O = {} as O,
  page?: PageHook,
): Resources<O> {
  const ctx: ResourceContext = { api, bindings, ...(page && { page }) };
  const out: Record<string, Resource> = {};
  for (const [name, generated] of Object.entries(resourceClasses)) {
    const Chosen = ((overrides as Record<string, unknown>)[name] ?? generated) as new (ctx: ResourceContext) => Resource;
    out[name] = new Chosen(ctx);
  }
  return out as Resources<O>;
}
